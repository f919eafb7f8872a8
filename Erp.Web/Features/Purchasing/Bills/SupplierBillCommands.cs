using Erp.Data;
using Erp.Data.Documents;
using Erp.Domain.Common;
using Erp.Domain.Platform;
using Erp.Domain.Purchasing;
using Erp.Domain.Purchasing.Bills;
using Erp.Domain.Purchasing.Orders;
using Erp.Web.Features.Inventory.Ledger;
using Erp.Web.Features.Platform.Notifications;
using Erp.Web.Features.Purchasing.Shared;
using Erp.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Purchasing.Bills;

/// <summary>
/// Records supplier bills (matched three ways against the order when they name one), approves or rejects the bills
/// the match held, and cancels unpaid open bills. Each runs in one transaction with the order lines' billed
/// quantities, so a second bill for the same goods sees the first one's quantities and is held too.
/// </summary>
public sealed class SupplierBillCommands(StockTransactions transactions, PermissionGuard guard, NotificationService notifications)
{
    public static readonly Error NotFound = Error.NotFound("The supplier bill");
    public static readonly Error OrderRequired = new("payables.order_required", "This tenant requires bills to match a purchase order.");

    public static Error DuplicateInvoice(string invoiceNumber, string billNumber) => new("payables.duplicate_invoice",
        $"The supplier's invoice {invoiceNumber} is already recorded as bill {billNumber}.");

    public async Task<Result<BillRecorded>> RecordAsync(BillInput input, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(PurchasingPermissions.Bill, ct) is { } denied)
        {
            return denied;
        }

        var result = await transactions.RunAsync<BillRecorded>((db, at, token) => RecordAsync(db, input, at, token), ct);
        if (result.IsSuccess && result.Value.Held)
        {
            await notifications.NotifyPermissionHoldersAsync(PurchasingPermissions.ApproveBills,
                new NotificationMessage($"Approve bill {result.Value.Number}",
                    $"Bill {result.Value.Number} is held by the three-way match: {result.Value.HoldReason}",
                    SupplierBillQueries.DetailUrl(result.Value.Id), NotificationLevel.Warning), ct: ct);
        }

        return result;
    }

    /// <summary>Approves the differences of a held bill: it becomes open (owed).</summary>
    public async Task<Result> ApproveAsync(Guid billId, string? note = null, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(PurchasingPermissions.ApproveBills, ct) is { } denied)
        {
            return denied;
        }

        return await transactions.RunAsync<bool>(async (db, at, token) =>
        {
            var bill = await db.SupplierBills.FirstOrDefaultAsync(b => b.Id == billId, token);
            if (bill is null)
            {
                return NotFound;
            }

            if (bill.Status != SupplierBillStatus.Held)
            {
                return Error.Validation($"Bill {bill.Number} is {bill.Status}: only a held bill is approved.");
            }

            var approved = bill.Approve(db.Tenant.UserId, at, note);
            if (!approved.IsSuccess)
            {
                return approved.Error!;
            }

            return true;
        }, ct);
    }

    /// <summary>Rejects a held bill: cancelled, its quantities taken off the order lines.</summary>
    public async Task<Result> RejectAsync(Guid billId, string? reason, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(PurchasingPermissions.ApproveBills, ct) is { } denied)
        {
            return denied;
        }

        return await CancelAsync(billId, reason, SupplierBillStatus.Held, ct);
    }

    /// <summary>Cancels an open bill nothing was paid on: its quantities are taken off the order lines.</summary>
    public async Task<Result> CancelAsync(Guid billId, string? reason, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(PurchasingPermissions.Bill, ct) is { } denied)
        {
            return denied;
        }

        return await CancelAsync(billId, reason, SupplierBillStatus.Open, ct);
    }

    private async Task<Result> CancelAsync(Guid billId, string? reason, SupplierBillStatus from, CancellationToken ct) =>
        await transactions.RunAsync<bool>(async (db, at, token) =>
        {
            var bill = await db.SupplierBills.Include(b => b.Lines).FirstOrDefaultAsync(b => b.Id == billId, token);
            if (bill is null)
            {
                return NotFound;
            }

            if (bill.Status != from)
            {
                return Error.Validation(from == SupplierBillStatus.Held
                    ? $"Bill {bill.Number} is {bill.Status}: only a held bill is rejected."
                    : $"Bill {bill.Number} is {bill.Status}: only an open bill with nothing paid is cancelled.");
            }

            var cancelled = bill.Cancel(db.Tenant.UserId, at, reason);
            if (!cancelled.IsSuccess)
            {
                return cancelled.Error!;
            }

            if (bill.PurchaseOrderId is { } orderId)
            {
                var order = await db.PurchaseOrders.Include(o => o.Lines).FirstAsync(o => o.Id == orderId, token);
                foreach (var line in bill.Lines.Where(l => l.OrderLineId is not null))
                {
                    var back = order.RecordBilled(line.OrderLineId!.Value, -line.Quantity, db.Tenant.UserId, at);
                    if (!back.IsSuccess)
                    {
                        return back.Error!;
                    }
                }
            }

            return true;
        }, ct);

    private static async Task<Result<BillRecorded>> RecordAsync(ErpDbContext db, BillInput input, DateTimeOffset at, CancellationToken ct)
    {
        var supplier = input.SupplierId is { } supplierId ? await db.Suppliers.AsNoTracking().FirstOrDefaultAsync(s => s.Id == supplierId, ct) : null;
        if (supplier is null)
        {
            return Error.Validation("Choose the supplier.");
        }

        if (supplier.EnsureActive() is { IsSuccess: false } inactive)
        {
            return inactive.Error!;
        }

        var invoiceNumber = input.SupplierInvoiceNumber?.Trim() ?? "";
        if (invoiceNumber.Length == 0)
        {
            return Error.Validation("Enter the supplier's invoice number.");
        }

        if (await db.SupplierBills.Where(b => b.SupplierId == supplier.Id && b.SupplierInvoiceNumber == invoiceNumber)
                .Select(b => b.Number).FirstOrDefaultAsync(ct) is { } existing)
        {
            return DuplicateInvoice(invoiceNumber, existing);
        }

        if (input.BillDate is null)
        {
            return Error.Validation("Enter the bill date.");
        }

        if (input.Lines.Count == 0)
        {
            return PurchasingErrors.NoLines;
        }

        var settings = await PurchasingRules.SettingsAsync(db, ct);
        PurchaseOrder? order = null;
        if (input.PurchaseOrderId is { } orderId)
        {
            order = await db.PurchaseOrders.Include(o => o.Lines).FirstOrDefaultAsync(o => o.Id == orderId, ct);
            if (order is null || order.SupplierId != supplier.Id)
            {
                return Error.Validation($"Choose a purchase order of {supplier.Name}.");
            }

            if (order.Status is PurchaseOrderStatus.Draft or PurchaseOrderStatus.PendingApproval or PurchaseOrderStatus.Approved
                or PurchaseOrderStatus.Cancelled)
            {
                return Error.Validation($"Purchase order {order.Number} is {order.Status}: only an order sent to the supplier is billed.");
            }
        }
        else if (settings.RequireOrderForBills)
        {
            return OrderRequired;
        }

        var organizationId = order?.OrganizationId
            ?? await db.Organizations.OrderBy(o => o.ParentId != null).ThenBy(o => o.CreatedAt).Select(o => o.Id).FirstAsync(ct);
        var baseCurrency = await db.Organizations.Where(o => o.Id == organizationId).Select(o => o.BaseCurrency).FirstAsync(ct);
        var currency = string.IsNullOrWhiteSpace(input.Currency) ? order?.Currency ?? supplier.CurrencyCode : input.Currency.Trim().ToUpperInvariant();
        if (order is not null && currency != order.Currency)
        {
            return Error.Validation($"Purchase order {order.Number} is in {order.Currency}: bill it in {order.Currency}.");
        }

        if (await PurchasingRules.CheckCurrencyAsync(db, currency, ct) is { IsSuccess: false } unused)
        {
            return unused.Error!;
        }

        var rate = currency == baseCurrency ? 1m : input.ExchangeRate ?? (order?.Currency == currency ? order.ExchangeRate : 0m);
        if (rate <= 0m)
        {
            return Error.Validation($"Enter the exchange rate of {currency} to {baseCurrency}.");
        }

        var billDate = DateOnly.FromDateTime(input.BillDate.Value);
        var term = supplier.PaymentTermId is { } termId ? await db.PaymentTerms.AsNoTracking().FirstOrDefaultAsync(t => t.Id == termId, ct) : null;
        var dueDate = input.DueDate is { } due ? DateOnly.FromDateTime(due) : term?.DueDate(billDate) ?? billDate;

        var lines = new List<SupplierBillLineData>(input.Lines.Count);
        if (input.Lines.Where(l => l.OrderLineId is not null).GroupBy(l => l.OrderLineId).Any(g => g.Count() > 1))
        {
            return Error.Validation("Bill each order line once.");
        }

        foreach (var line in input.Lines)
        {
            if (line.Quantity <= 0m)
            {
                return PurchasingErrors.QuantityNotPositive;
            }

            if (line.OrderLineId is { } orderLineId)
            {
                var orderLine = order?.Lines.FirstOrDefault(l => l.Id == orderLineId);
                if (orderLine is null)
                {
                    return Error.Validation(order is null
                        ? "A line names an order line but the bill names no purchase order."
                        : $"A billed line is not on purchase order {order.Number}.");
                }

                lines.Add(new SupplierBillLineData(orderLine.Id, orderLine.ProductId, orderLine.Sku,
                    string.IsNullOrWhiteSpace(line.Description) ? orderLine.Description : line.Description, line.Quantity, line.UnitPrice,
                    line.TaxRatePercent, new OrderLineFigures(orderLine.Quantity, orderLine.ReceivedQuantity, orderLine.BilledQuantity,
                        orderLine.UnitPrice)));
            }
            else
            {
                if (string.IsNullOrWhiteSpace(line.Description))
                {
                    return Error.Validation("Describe each line that is not on the order (freight, fees…).");
                }

                lines.Add(new SupplierBillLineData(null, null, null, line.Description, line.Quantity, line.UnitPrice, line.TaxRatePercent, null));
            }
        }

        var bill = new SupplierBill(organizationId, new BillSupplier(supplier.Id, supplier.Code, supplier.Name),
            new SupplierBillHeader(invoiceNumber, billDate, dueDate, term?.Name, currency, rate, order?.Id, order?.Number, input.Notes),
            lines, settings.PriceTolerancePercent, db.Tenant.UserId, at);
        await DocumentNumberService.AssignNumberAsync(db, bill, billDate, ct);
        db.SupplierBills.Add(bill);
        if (order is not null)
        {
            foreach (var line in bill.Lines.Where(l => l.OrderLineId is not null))
            {
                var billed = order.RecordBilled(line.OrderLineId!.Value, line.Quantity, db.Tenant.UserId, at);
                if (!billed.IsSuccess)
                {
                    return billed.Error!;
                }
            }
        }

        return new BillRecorded(bill.Id, bill.Number, bill.Status == SupplierBillStatus.Held, bill.HoldReason);
    }
}
