using Erp.Data;
using Erp.Domain.Common;
using Erp.Domain.Purchasing;
using Erp.Domain.Purchasing.Orders;
using Erp.Web.Features.Purchasing.Shared;
using Erp.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Purchasing.Bills;

/// <summary>What "Record bill" starts with: from an order, its received-but-not-billed quantities at the order prices.</summary>
public sealed class BillDraftQueries(IDbContextFactory<ErpDbContext> dbFactory, PermissionGuard guard)
{
    public async Task<Result<BillDraft>> FromOrderAsync(Guid orderId, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(PurchasingPermissions.Bill, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var order = await db.PurchaseOrders.AsNoTracking().Include(o => o.Lines).FirstOrDefaultAsync(o => o.Id == orderId, ct);
        if (order is null)
        {
            return Error.NotFound("The purchase order");
        }

        if (order.Status is PurchaseOrderStatus.Draft or PurchaseOrderStatus.PendingApproval or PurchaseOrderStatus.Approved
            or PurchaseOrderStatus.Cancelled)
        {
            return Error.Validation($"Purchase order {order.Number} is {order.Status}: only an order sent to the supplier is billed.");
        }

        var settings = await PurchasingRules.SettingsAsync(db, ct);
        var input = new BillInput
        {
            SupplierId = order.SupplierId,
            PurchaseOrderId = order.Id,
            Currency = order.Currency,
            ExchangeRate = order.ExchangeRate,
            Lines =
            [
                .. order.Lines.OrderBy(l => l.LineNumber).Where(l => l.ReceivedQuantity > l.BilledQuantity).Select(l => new BillLineInput
                {
                    OrderLineId = l.Id,
                    Sku = l.Sku,
                    Description = l.Description,
                    Quantity = l.ReceivedQuantity - l.BilledQuantity,
                    UnitPrice = l.UnitPrice,
                    TaxRatePercent = l.TaxRatePercent,
                    Ordered = l.Quantity,
                    Received = l.ReceivedQuantity,
                    BilledBefore = l.BilledQuantity,
                    OrderUnitPrice = l.UnitPrice,
                }),
            ],
        };
        return new BillDraft(input, order.SupplierName, order.Number, settings.PriceTolerancePercent);
    }

    /// <summary>A free bill for a supplier (no order): no lines yet; the tolerance is for show only.</summary>
    public async Task<Result<BillDraft>> ForSupplierAsync(Guid supplierId, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(PurchasingPermissions.Bill, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var supplier = await db.Suppliers.AsNoTracking().FirstOrDefaultAsync(s => s.Id == supplierId, ct);
        if (supplier is null)
        {
            return Error.NotFound("The supplier");
        }

        var settings = await PurchasingRules.SettingsAsync(db, ct);
        return new BillDraft(new BillInput { SupplierId = supplier.Id, Currency = supplier.CurrencyCode }, supplier.Name, null,
            settings.PriceTolerancePercent);
    }
}
