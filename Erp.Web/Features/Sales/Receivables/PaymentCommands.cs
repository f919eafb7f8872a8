using System.Globalization;
using Erp.Data;
using Erp.Data.Documents;
using Erp.Domain.Common;
using Erp.Domain.Sales;
using Erp.Domain.Sales.Invoices;
using Erp.Domain.Sales.Payments;
using Erp.Domain.Sales.Receivables;
using Erp.Web.Features.Inventory.Ledger;
using Erp.Web.Features.Sales.Invoices;
using Erp.Web.Features.Sales.Orders;
using Erp.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Sales.Receivables;

public sealed class PaymentInput
{
    public Guid? CustomerId { get; set; }
    public DateTime? Date { get; set; } = DateTime.Today;
    public Guid? MethodId { get; set; }
    public decimal Amount { get; set; }
    public string? Reference { get; set; }
    public string? Notes { get; set; }

    /// <summary>What exceeds the allocations stays as customer credit; without it such a payment is refused.</summary>
    public bool KeepCredit { get; set; }

    public List<AllocationInput> Allocations { get; set; } = [];
}

public sealed class AllocationInput
{
    public Guid InvoiceId { get; set; }
    public decimal Amount { get; set; }
}

/// <summary>
/// Records customer payments against posted invoices and applies customer credit later. Each runs in one transaction:
/// payment, allocations and the invoices' paid/due/status commit together. Two payments on the same invoice at once
/// cannot overpay it: SQLite serializes the transactions (BEGIN IMMEDIATE), and on SQL Server the invoice's
/// <c>Version</c> makes the second save fail and run again on fresh data.
/// </summary>
public sealed class PaymentCommands(StockTransactions transactions, PermissionGuard guard)
{
    public static readonly Error NotAllocated = new("payments.not_allocated",
        "The payment is more than what it pays: allocate the rest, lower the amount, or choose to keep it as customer credit.");

    public async Task<Result<InvoicePosted>> RecordAsync(PaymentInput input, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(SalesPermissions.Payments, ct) is { } denied)
        {
            return denied;
        }

        return await transactions.RunAsync<InvoicePosted>(async (db, at, token) =>
        {
            var customer = input.CustomerId is { } customerId
                ? await db.Customers.AsNoTracking().FirstOrDefaultAsync(c => c.Id == customerId, token)
                : null;
            if (customer is null)
            {
                return Error.Validation("Choose the customer.");
            }

            var method = input.MethodId is { } methodId
                ? await db.PaymentMethods.AsNoTracking().FirstOrDefaultAsync(m => m.Id == methodId && m.IsActive, token)
                : null;
            if (method is null)
            {
                return Error.Validation("Choose an active payment method.");
            }

            if (method.Kind == PaymentMethodKind.StoreCredit)
            {
                return Error.Validation("Store credit is not new money: apply the customer's credit to the invoice instead.");
            }

            if (input.Date is null)
            {
                return Error.Validation("Enter the payment date.");
            }

            if (input.Amount <= 0m)
            {
                return Error.Validation("The payment amount must be more than zero.");
            }

            var allocations = input.Allocations.Where(a => a.Amount != 0m).ToList();
            if (allocations.Any(a => a.Amount < 0m))
            {
                return Error.Validation("Allocated amounts cannot be negative.");
            }

            if (allocations.GroupBy(a => a.InvoiceId).Any(g => g.Count() > 1))
            {
                return Error.Validation("Each invoice can be allocated once per payment.");
            }

            var allocated = allocations.Sum(a => a.Amount);
            if (allocated > input.Amount)
            {
                return new Error("payments.over_allocated", string.Create(CultureInfo.InvariantCulture,
                    $"The allocations ({allocated:0.00}) are more than the payment ({input.Amount:0.00})."));
            }

            if (allocated < input.Amount && !input.KeepCredit)
            {
                return NotAllocated;
            }

            var ids = allocations.Select(a => a.InvoiceId).ToList();
            var invoices = await db.SalesInvoices.Where(i => ids.Contains(i.Id)).ToDictionaryAsync(i => i.Id, token);
            if (invoices.Count != ids.Count || invoices.Values.Any(i => i.CustomerId != customer.Id))
            {
                return Error.Validation("Allocate only to this customer's invoices.");
            }

            if (invoices.Values.FirstOrDefault(i => i.Currency != customer.CurrencyCode) is { } other)
            {
                return Error.Validation($"Invoice {other.Number} is in {other.Currency}; the payment is in {customer.CurrencyCode}.");
            }

            var organizationId = invoices.Values.Select(i => (Guid?)i.OrganizationId).FirstOrDefault()
                ?? await db.Organizations.OrderBy(o => o.ParentId != null).ThenBy(o => o.CreatedAt).Select(o => o.Id).FirstAsync(token);
            var date = DateOnly.FromDateTime(input.Date.Value);
            var payment = new CustomerPayment(organizationId, customer.Id, customer.Name, date, method, input.Amount, customer.CurrencyCode,
                input.Reference, input.Notes, db.Tenant.UserId, at);
            await DocumentNumberService.AssignNumberAsync(db, payment, date, token);
            db.CustomerPayments.Add(payment);
            foreach (var allocation in allocations)
            {
                var invoice = invoices[allocation.InvoiceId];
                var applied = invoice.ApplyPayment(allocation.Amount, db.Tenant.UserId, at, $"Payment {payment.Number}");
                if (!applied.IsSuccess)
                {
                    return applied.Error!;
                }

                payment.Allocate(allocation.Amount);
                db.ReceivableAllocations.Add(new ReceivableAllocation(customer.Id, invoice.Id, payment.Id, null, allocation.Amount, date,
                    db.Tenant.UserId, at));
            }

            await OrderInvoicing.SyncPaidAsync(db, invoices.Values.Select(i => i.SourceOrderId), at, token);
            return new InvoicePosted(payment.Id, payment.Number);
        }, ct);
    }

    /// <summary>
    /// Sets <paramref name="amount"/> of the customer's credit (unallocated payments, then unapplied credit notes, oldest
    /// first) against one of their open invoices.
    /// </summary>
    public async Task<Result> ApplyCreditAsync(Guid invoiceId, decimal amount, DateTime? date = null, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(SalesPermissions.Payments, ct) is { } denied)
        {
            return denied;
        }

        return await transactions.RunAsync<bool>(async (db, at, token) =>
        {
            var invoice = await db.SalesInvoices.FirstOrDefaultAsync(i => i.Id == invoiceId, token);
            if (invoice is null)
            {
                return InvoiceErrors.NotFound;
            }

            if (amount <= 0m)
            {
                return InvoiceErrors.AmountNotPositive;
            }

            var payments = await db.CustomerPayments.Where(p => p.CustomerId == invoice.CustomerId && p.UnallocatedAmount > 0m)
                .OrderBy(p => p.PaymentDate).ThenBy(p => p.Number).ToListAsync(token);
            var notes = await db.CreditNotes.Where(c => c.CustomerId == invoice.CustomerId && c.UnappliedAmount > 0m)
                .OrderBy(c => c.CreditDate).ThenBy(c => c.Number).ToListAsync(token);
            var available = payments.Sum(p => p.UnallocatedAmount) + notes.Sum(c => c.UnappliedAmount);
            if (amount > available)
            {
                return new Error("payments.not_enough_credit", string.Create(CultureInfo.InvariantCulture,
                    $"The customer has {available:0.00} of credit, not {amount:0.00}."));
            }

            if (invoice.IsPosted && amount > invoice.AmountDue)
            {
                return InvoiceErrors.Overpaid(invoice.Number, invoice.AmountDue);
            }

            // Unallocated payments count as paid; credit notes' credit as credited.
            var fromPayments = Math.Min(amount, payments.Sum(p => p.UnallocatedAmount));
            var applied = fromPayments > 0m ? invoice.ApplyPayment(fromPayments, db.Tenant.UserId, at, "Customer credit applied") : Result.Success();
            if (applied.IsSuccess && amount > fromPayments)
            {
                applied = invoice.ApplyCredit(amount - fromPayments, db.Tenant.UserId, at, "Customer credit applied");
            }

            if (!applied.IsSuccess)
            {
                return applied.Error!;
            }

            var on = DateOnly.FromDateTime(date ?? at.UtcDateTime);
            var left = amount;
            foreach (var payment in payments.TakeWhile(_ => left > 0m))
            {
                var take = Math.Min(left, payment.UnallocatedAmount);
                payment.Allocate(take);
                db.ReceivableAllocations.Add(new ReceivableAllocation(invoice.CustomerId, invoice.Id, payment.Id, null, take, on, db.Tenant.UserId, at));
                left -= take;
            }

            foreach (var note in notes.TakeWhile(_ => left > 0m))
            {
                var take = Math.Min(left, note.UnappliedAmount);
                note.Apply(take);
                db.ReceivableAllocations.Add(new ReceivableAllocation(invoice.CustomerId, invoice.Id, null, note.Id, take, on, db.Tenant.UserId, at));
                left -= take;
            }

            await OrderInvoicing.SyncPaidAsync(db, [invoice.SourceOrderId], at, token);
            return true;
        }, ct);
    }
}
