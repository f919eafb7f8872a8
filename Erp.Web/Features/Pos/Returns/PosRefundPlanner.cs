using Erp.Data;
using Erp.Data.Documents;
using Erp.Domain.Common;
using Erp.Domain.Pos.Returns;
using Erp.Domain.Pos.Sales;
using Erp.Domain.Pos.Sessions;
using Erp.Domain.Sales.Payments;
using Erp.Domain.Sales.Pricing;
using Erp.Domain.Sales.Receivables;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Pos.Returns;

/// <summary>
/// Works out the refunds of a return: to the sale's methods in its proportions (what earlier returns refunded to a
/// method is no longer there to refund), all to store credit, or a split chosen at the till; checks the drawer holds
/// the cash refunded; turns a store-credit refund into an unallocated customer payment (the customer's credit).
/// </summary>
internal static class PosRefundPlanner
{
    public static async Task<Result<IReadOnlyList<PosRefundData>>> PlanAsync(ErpDbContext db, PosSale sale, decimal value,
        PosReturnInput input, CancellationToken ct)
    {
        if (value == 0m)
        {
            return Result.Success<IReadOnlyList<PosRefundData>>([]);
        }

        switch (input.Mode)
        {
            case RefundMode.OriginalMethods:
                return await OriginalAsync(db, sale, value, ct);
            case RefundMode.StoreCredit:
                var credit = await db.PaymentMethods.AsNoTracking()
                    .FirstOrDefaultAsync(m => m.Kind == PaymentMethodKind.StoreCredit && m.IsActive, ct);
                return credit is null
                    ? PosReturnErrors.NoStoreCreditMethod
                    : Result.Success<IReadOnlyList<PosRefundData>>([new PosRefundData(credit.Id, credit.Name, credit.Kind, value)]);
            case RefundMode.Split:
                return await SplitAsync(db, input.Refunds, ct);
            default:
                return Error.Validation("Choose how to refund: original methods, store credit or a split.");
        }
    }

    /// <summary>Expected cash of the session now (the sessions' one definition: float + cash sales − cash refunds ± cash in/out).</summary>
    public static async Task<decimal> ExpectedCashAsync(ErpDbContext db, PosSession session, CancellationToken ct) =>
        (await Sessions.SessionCash.SummaryAsync(db, [session.Id], ct)).Expected;

    public static async Task<Result> CheckCashAsync(ErpDbContext db, PosSession session, IReadOnlyList<PosRefund> refunds,
        CancellationToken ct)
    {
        var cash = refunds.Where(r => r.Kind == PaymentMethodKind.Cash).Sum(r => r.Amount);
        if (cash == 0m)
        {
            return Result.Success();
        }

        var inDrawer = await ExpectedCashAsync(db, session, ct);
        return cash <= inDrawer ? Result.Success() : PosReturnErrors.NotEnoughCash(cash, inDrawer);
    }

    /// <summary>The store-credit part of the refunds becomes an unallocated payment of the named customer.</summary>
    public static async Task<Result> StoreCreditAsync(ErpDbContext db, PosSale sale, PosReturn taken, Guid? customerId,
        DateTimeOffset at, CancellationToken ct)
    {
        var credited = taken.Refunds.Where(r => r.Kind == PaymentMethodKind.StoreCredit).ToList();
        if (credited.Count == 0)
        {
            return Result.Success();
        }

        var id = customerId ?? sale.CustomerId;
        var walkIn = id is null || await db.CashRegisters.AnyAsync(r => r.DefaultCustomerId == id, ct);
        var customer = walkIn ? null : await db.Customers.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
        if (customer is null)
        {
            return PosReturnErrors.WalkInCredit;
        }

        if (!string.Equals(customer.CurrencyCode, sale.Currency, StringComparison.OrdinalIgnoreCase))
        {
            return PosReturnErrors.CreditCurrency(customer.CurrencyCode, sale.Currency);
        }

        var method = await db.PaymentMethods.AsNoTracking().FirstAsync(m => m.Id == credited[0].PaymentMethodId, ct);
        var date = DateOnly.FromDateTime(at.UtcDateTime);
        var payment = new CustomerPayment(sale.OrganizationId, customer.Id, customer.Name, date, method, credited.Sum(r => r.Amount),
            customer.CurrencyCode, taken.Number, $"Store credit for return {taken.Number} of sale {sale.Number}", db.Tenant.UserId, at);
        await DocumentNumberService.AssignNumberAsync(db, payment, date, ct);
        db.CustomerPayments.Add(payment);
        return Result.Success();
    }

    private static async Task<Result<IReadOnlyList<PosRefundData>>> OriginalAsync(ErpDbContext db, PosSale sale, decimal value,
        CancellationToken ct)
    {
        var refunded = await db.Set<PosRefund>()
            .Where(r => db.PosReturns.Any(t => t.Id == r.ReturnId && t.OriginalSaleId == sale.Id))
            .GroupBy(r => r.PaymentMethodId).Select(g => new { g.Key, Amount = g.Sum(r => r.Amount) })
            .ToDictionaryAsync(g => g.Key, g => g.Amount, ct);
        var open = sale.Payments.OrderBy(p => p.Position).Where(p => p.PaymentMethodId is not null && p.Amount > 0m)
            .GroupBy(p => p.PaymentMethodId!.Value)
            .Select(g => (Payment: g.First(), Left: g.Sum(p => p.Amount) - refunded.GetValueOrDefault(g.Key)))
            .Where(p => p.Left > 0m).ToList();
        var left = open.Sum(p => p.Left);
        if (left < value)
        {
            return PosReturnErrors.OriginalMethodsShort;
        }

        // Cumulative rounding: the shares add up to the value exactly and none is more than its method has left.
        var refunds = new List<PosRefundData>();
        decimal cumulative = 0m, given = 0m;
        foreach (var (payment, methodLeft) in open)
        {
            cumulative += methodLeft;
            var upTo = MoneyRounding.Round(value * cumulative / left);
            var share = upTo - given;
            given = upTo;
            if (share > 0m)
            {
                refunds.Add(new PosRefundData(payment.PaymentMethodId!.Value, payment.MethodName, payment.Kind, share));
            }
        }

        return Result.Success<IReadOnlyList<PosRefundData>>(refunds);
    }

    private static async Task<Result<IReadOnlyList<PosRefundData>>> SplitAsync(ErpDbContext db, IReadOnlyList<PosRefundInput> given,
        CancellationToken ct)
    {
        var wanted = given.Where(r => r.Amount != 0m).ToList();
        var ids = wanted.Select(r => r.PaymentMethodId).Distinct().ToList();
        var methods = await db.PaymentMethods.AsNoTracking().Where(m => ids.Contains(m.Id) && m.IsActive).ToDictionaryAsync(m => m.Id, ct);
        if (methods.Count != ids.Count)
        {
            return Error.Validation("Refund only with active payment methods.");
        }

        return Result.Success<IReadOnlyList<PosRefundData>>([.. wanted.GroupBy(r => r.PaymentMethodId)
            .Select(g => new PosRefundData(g.Key, methods[g.Key].Name, methods[g.Key].Kind, g.Sum(r => r.Amount)))]);
    }
}
