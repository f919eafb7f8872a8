using Erp.Data;
using Erp.Domain.Common;
using Erp.Domain.Pos;
using Erp.Domain.Pos.Sales;
using Erp.Web.Features.Inventory.Stock;
using Erp.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Pos.Receipts;

/// <summary>
/// Receipts of completed sales. A cashier prints their own sales' receipts; a supervisor any sale's. Another tenant's
/// sale is simply not found.
/// </summary>
public sealed class TillReceiptQueries(IDbContextFactory<ErpDbContext> dbFactory, PermissionGuard guard)
{
    public async Task<Result<TillReceipt>> GetAsync(Guid saleId, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(PosPermissions.Sell, ct) is { } denied)
        {
            return denied;
        }

        var supervisor = await guard.HasAsync(PosPermissions.Supervise, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var sale = await db.PosSales.AsNoTracking().Include(s => s.Lines).Include(s => s.Payments)
            .FirstOrDefaultAsync(s => s.Id == saleId && s.Status == PosSaleStatus.Completed, ct);
        if (sale is null || (!supervisor && sale.CashierId != db.Tenant.UserId))
        {
            return PosErrors.SaleNotFound;
        }

        var register = await db.CashRegisters.AsNoTracking().IgnoreQueryFilters([ErpDbContext.SoftDeleteFilter])
            .FirstAsync(r => r.Id == sale.RegisterId, ct);
        var shop = await db.Locations.AsNoTracking().IgnoreQueryFilters([ErpDbContext.SoftDeleteFilter])
            .Where(l => l.Id == sale.LocationId).Select(l => l.Name).FirstAsync(ct);
        var lines = sale.Lines.OrderBy(l => l.LineNumber).ToList();
        var zone = (await TenantDays.LoadAsync(db, ct)).Zone;
        return new TillReceipt(sale.Id, sale.Number, TimeZoneInfo.ConvertTime(sale.SoldAt, zone), shop, register.Name, sale.CashierName, sale.CustomerName, sale.Currency,
            register.ReceiptHeader, register.ReceiptFooter, register.TaxId, register.ShowLogo, sale.PricesIncludeTax, register.Paper,
            [.. lines.Select(l => new TillReceiptLine(l.Sku, l.ProductName, l.Quantity, l.UnitPrice, l.Discount, l.Gross, l.TaxRatePercent))],
            [.. lines.GroupBy(l => l.TaxRatePercent).OrderBy(g => g.Key).Select(g => new TillReceiptTax(g.Key, g.Sum(l => l.Net), g.Sum(l => l.Tax)))],
            sale.DiscountTotal, sale.NetTotal, sale.TaxTotal, sale.GrossTotal,
            [.. sale.Payments.OrderBy(p => p.Position).Select(p => new TillReceiptPayment(p.MethodName, p.Tendered, p.Amount))], sale.ChangeGiven);
    }
}
