using System.Globalization;
using Erp.Data;
using Erp.Data.Documents;
using Erp.Domain.Common;
using Erp.Domain.Purchasing;
using Erp.Domain.Purchasing.Bills;
using Erp.Domain.Purchasing.Orders;
using Erp.Domain.Purchasing.Payments;
using Erp.Domain.Sales.Payments;
using Erp.Web.Features.Inventory.Ledger;
using Erp.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Purchasing.Payments;

/// <summary>A payment to a supplier as entered. No allocations: it pays the supplier's payable bills oldest first.</summary>
public sealed class SupplierPaymentInput
{
    public Guid? SupplierId { get; set; }
    public DateTime? Date { get; set; } = DateTime.Today;
    public Guid? MethodId { get; set; }
    public decimal Amount { get; set; }

    /// <summary>Empty: the allocated bills' currency (oldest first: the supplier's currency).</summary>
    public string? Currency { get; set; }

    public string? Reference { get; set; }
    public string? Notes { get; set; }
    public List<PayableAllocationInput> Allocations { get; set; } = [];
}

public sealed class PayableAllocationInput
{
    public Guid BillId { get; set; }
    public decimal Amount { get; set; }
}

public sealed record SupplierPaymentRecorded(Guid Id, string Number);

/// <summary>
/// Records payments to suppliers in one transaction with their allocations and the bills' paid amounts and statuses.
/// A payment never exceeds what the supplier is owed, nor what the chosen bills still ask. When it pays the last
/// bill of an order that is fully received and billed (Billed), the order is closed.
/// </summary>
public sealed class SupplierPaymentCommands(StockTransactions transactions, PermissionGuard guard)
{
    public static Error OverBalance(decimal amount, decimal owed, string currency) => new("payables.over_balance", string.Create(
        CultureInfo.InvariantCulture, $"The payment ({amount:0.00} {currency}) is more than the supplier is owed ({owed:0.00} {currency})."));

    public async Task<Result<SupplierPaymentRecorded>> PayAsync(SupplierPaymentInput input, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(PurchasingPermissions.Pay, ct) is { } denied)
        {
            return denied;
        }

        return await transactions.RunAsync<SupplierPaymentRecorded>((db, at, token) => PayAsync(db, input, at, token), ct);
    }

    private static async Task<Result<SupplierPaymentRecorded>> PayAsync(ErpDbContext db, SupplierPaymentInput input, DateTimeOffset at,
        CancellationToken ct)
    {
        var supplier = input.SupplierId is { } supplierId ? await db.Suppliers.AsNoTracking().FirstOrDefaultAsync(s => s.Id == supplierId, ct) : null;
        if (supplier is null)
        {
            return Error.Validation("Choose the supplier.");
        }

        var method = input.MethodId is { } methodId
            ? await db.PaymentMethods.AsNoTracking().FirstOrDefaultAsync(m => m.Id == methodId && m.IsActive, ct)
            : null;
        if (method is null || method.Kind is PaymentMethodKind.StoreCredit or PaymentMethodKind.Voucher)
        {
            return Error.Validation("Choose an active payment method (cash, card, bank transfer…).");
        }

        if (input.Date is null)
        {
            return Error.Validation("Enter the payment date.");
        }

        if (input.Amount <= 0m || decimal.Round(input.Amount, 2) != input.Amount)
        {
            return Error.Validation("The payment amount must be more than zero, with at most two decimals.");
        }

        var allocations = input.Allocations.Where(a => a.Amount != 0m).ToList();
        if (allocations.Any(a => a.Amount < 0m))
        {
            return Error.Validation("Allocated amounts cannot be negative.");
        }

        if (allocations.GroupBy(a => a.BillId).Any(g => g.Count() > 1))
        {
            return Error.Validation("Each bill can be allocated once per payment.");
        }

        var ids = allocations.Select(a => a.BillId).ToList();
        var chosen = await db.SupplierBills.Where(b => ids.Contains(b.Id)).ToDictionaryAsync(b => b.Id, ct);
        if (chosen.Count != ids.Count || chosen.Values.Any(b => b.SupplierId != supplier.Id))
        {
            return Error.Validation($"Allocate only to bills of {supplier.Name}.");
        }

        if (chosen.Values.FirstOrDefault(b => !b.IsPayable) is { } unpayable)
        {
            return Error.Validation(unpayable.Status == SupplierBillStatus.Held
                ? $"Bill {unpayable.Number} is held by the three-way match: approve it before paying it."
                : $"Bill {unpayable.Number} is {unpayable.Status}: it cannot be paid.");
        }

        var currencies = chosen.Values.Select(b => b.Currency).Distinct().ToList();
        if (currencies.Count > 1)
        {
            return Error.Validation("Pay bills in one currency per payment.");
        }

        var currency = currencies.FirstOrDefault()
            ?? (string.IsNullOrWhiteSpace(input.Currency) ? supplier.CurrencyCode : input.Currency.Trim().ToUpperInvariant());
        if (!string.IsNullOrWhiteSpace(input.Currency) && !string.Equals(input.Currency.Trim(), currency, StringComparison.OrdinalIgnoreCase))
        {
            return Error.Validation($"The bills are in {currency}: the payment must be too.");
        }

        var payable = db.SupplierBills.Where(b => b.SupplierId == supplier.Id && b.Currency == currency
            && (b.Status == SupplierBillStatus.Open || b.Status == SupplierBillStatus.PartiallyPaid));
        var owed = await payable.SumAsync(b => b.AmountDue, ct);
        if (input.Amount > owed)
        {
            return OverBalance(input.Amount, owed, currency);
        }

        List<(SupplierBill Bill, decimal Amount)> plan;
        if (allocations.Count > 0)
        {
            var due = chosen.Values.Sum(b => b.AmountDue);
            if (input.Amount > due)
            {
                return new Error("payables.over_bills", string.Create(CultureInfo.InvariantCulture,
                    $"The payment ({input.Amount:0.00}) is more than the chosen bills ask ({due:0.00} {currency})."));
            }

            var allocated = allocations.Sum(a => a.Amount);
            if (allocated != input.Amount)
            {
                return new Error("payables.not_allocated", string.Create(CultureInfo.InvariantCulture,
                    $"The allocations ({allocated:0.00}) must add up to the payment ({input.Amount:0.00})."));
            }

            if (allocations.FirstOrDefault(a => a.Amount > chosen[a.BillId].AmountDue) is { } over)
            {
                var bill = chosen[over.BillId];
                return Error.Validation(string.Create(CultureInfo.InvariantCulture,
                    $"Bill {bill.Number} has {bill.AmountDue:0.00} {bill.Currency} left to pay, not {over.Amount:0.00}."));
            }

            plan = [.. allocations.Select(a => (chosen[a.BillId], a.Amount))];
        }
        else
        {
            // Oldest first: by due date, then bill date and number.
            plan = [];
            var left = input.Amount;
            foreach (var bill in await payable.OrderBy(b => b.DueDate).ThenBy(b => b.BillDate).ThenBy(b => b.Number).ToListAsync(ct))
            {
                if (left == 0m)
                {
                    break;
                }

                var take = Math.Min(left, bill.AmountDue);
                plan.Add((bill, take));
                left -= take;
            }
        }

        var organizationId = plan[0].Bill.OrganizationId;
        var date = DateOnly.FromDateTime(input.Date.Value);
        var payment = new SupplierPayment(organizationId, supplier.Id, supplier.Name, date, method.Id, method.Name, input.Amount, currency,
            input.Reference, input.Notes, db.Tenant.UserId, at);
        await DocumentNumberService.AssignNumberAsync(db, payment, date, ct);
        db.SupplierPayments.Add(payment);
        foreach (var (bill, amount) in plan)
        {
            var applied = bill.ApplyPayment(amount, db.Tenant.UserId, at);
            if (!applied.IsSuccess)
            {
                return applied.Error!;
            }

            db.PayableAllocations.Add(new PayableAllocation(supplier.Id, bill.Id, payment.Id, amount, date));
        }

        await CloseSettledOrdersAsync(db, plan.Where(p => p.Bill.Status == SupplierBillStatus.Paid).Select(p => p.Bill), payment.Number, at, ct);
        return new SupplierPaymentRecorded(payment.Id, payment.Number);
    }

    /// <summary>An order fully received and billed (Billed) whose bills are all paid (or cancelled) is closed.</summary>
    private static async Task CloseSettledOrdersAsync(ErpDbContext db, IEnumerable<SupplierBill> paid, string paymentNumber, DateTimeOffset at,
        CancellationToken ct)
    {
        var paidIds = paid.Select(b => b.Id).ToHashSet();
        foreach (var orderId in paid.Where(b => b.PurchaseOrderId is not null).Select(b => b.PurchaseOrderId!.Value).Distinct().ToList())
        {
            var order = await db.PurchaseOrders.FirstOrDefaultAsync(o => o.Id == orderId, ct);
            if (order?.Status != PurchaseOrderStatus.Billed)
            {
                continue;
            }

            var unsettled = await db.SupplierBills.AnyAsync(b => b.PurchaseOrderId == orderId && !paidIds.Contains(b.Id)
                && b.Status != SupplierBillStatus.Paid && b.Status != SupplierBillStatus.Cancelled, ct);
            if (!unsettled)
            {
                order.Close(db.Tenant.UserId, at, $"Billed and paid ({paymentNumber})");
            }
        }
    }
}
