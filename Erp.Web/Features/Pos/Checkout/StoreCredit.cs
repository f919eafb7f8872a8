using System.Globalization;
using Erp.Data;
using Erp.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Pos.Checkout;

/// <summary>
/// A customer's credit (unallocated payments and unapplied credit notes) spent at the till, oldest first, inside the
/// caller's transaction. The spending shows on the customer's balance as a debit through the sale's store-credit payment.
/// </summary>
public static class StoreCredit
{
    public static async Task<decimal> AvailableAsync(ErpDbContext db, Guid customerId, CancellationToken ct) =>
        await db.CustomerPayments.Where(p => p.CustomerId == customerId).SumAsync(p => p.UnallocatedAmount, ct)
        + await db.CreditNotes.Where(c => c.CustomerId == customerId).SumAsync(c => c.UnappliedAmount, ct);

    public static async Task<Result> SpendAsync(ErpDbContext db, Guid customerId, decimal amount, CancellationToken ct)
    {
        var payments = await db.CustomerPayments.Where(p => p.CustomerId == customerId && p.UnallocatedAmount > 0m)
            .OrderBy(p => p.PaymentDate).ThenBy(p => p.Number).ToListAsync(ct);
        var notes = await db.CreditNotes.Where(c => c.CustomerId == customerId && c.UnappliedAmount > 0m)
            .OrderBy(c => c.CreditDate).ThenBy(c => c.Number).ToListAsync(ct);
        var available = payments.Sum(p => p.UnallocatedAmount) + notes.Sum(c => c.UnappliedAmount);
        if (amount > available)
        {
            return new Error("pos.not_enough_credit", string.Create(CultureInfo.InvariantCulture,
                $"The customer has {available:0.00} of store credit, not {amount:0.00}."));
        }

        var left = amount;
        foreach (var payment in payments.TakeWhile(_ => left > 0m))
        {
            var take = Math.Min(left, payment.UnallocatedAmount);
            payment.Allocate(take);
            left -= take;
        }

        foreach (var note in notes.TakeWhile(_ => left > 0m))
        {
            var take = Math.Min(left, note.UnappliedAmount);
            note.Apply(take);
            left -= take;
        }

        return Result.Success();
    }
}
