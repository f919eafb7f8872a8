using Erp.Data;
using Erp.Domain.Common;
using Erp.Domain.Pos;
using Erp.Domain.Pos.Returns;
using Erp.Domain.Pos.Sales;
using Erp.Domain.Pos.Sessions;
using Erp.Domain.Sales.Payments;
using Erp.Domain.Sales.Pricing;
using Erp.Web.Features.Inventory.Ledger;
using Erp.Web.Features.Pos.Checkout;
using Erp.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Pos.Returns;

/// <summary>A return whose value pays a new sale: the items given back and the new cart with any extra payment.</summary>
public sealed class PosExchangeInput
{
    public PosReturnInput Return { get; set; } = new();

    /// <summary>The new sale's cart; its payments cover only what the return's value leaves due. The session is the cashier's.</summary>
    public SaleInput Sale { get; set; } = new();
}

/// <summary>An exchange done: the return, the new sale, what the return paid of it and what was refunded beyond it.</summary>
public sealed record PosExchangeDone(Guid ReturnId, string ReturnNumber, decimal ReturnValue, Guid SaleId, string SaleNumber, decimal SaleTotal,
    decimal Credited, IReadOnlyList<PosRefundData> Refunds, decimal Change);

/// <summary>
/// Exchanges at the till, in one transaction: the return (stock, quality check) and a new sale in the same session paid
/// first by the return's value (a payment "Exchange RET-…" that points at the return), the rest by other tenders; a
/// return worth more than the new sale refunds the surplus like any return. Either both happen or neither.
/// </summary>
public sealed class PosExchangeCommands(StockTransactions transactions, PermissionGuard guard, ManagerApprovals approvals)
{
    public async Task<Result<PosExchangeDone>> ExchangeAsync(PosExchangeInput input, CancellationToken ct = default)
    {
        if ((await guard.CheckAsync(PosPermissions.Return, ct) ?? await guard.CheckAsync(PosPermissions.Sell, ct)) is { } denied)
        {
            return denied;
        }

        var canOverride = await guard.HasAsync(PosPermissions.Override, ct);
        string? approvedBy = null;
        if (!canOverride && input.Sale.Approval is { } approval)
        {
            var approved = await approvals.ApproveAsync(approval, ct);
            if (!approved.IsSuccess)
            {
                return approved.Error!;
            }

            (canOverride, approvedBy) = (true, approved.Value);
        }

        return await transactions.RunAsync<PosExchangeDone>(async (db, at, token) =>
        {
            var prepared = await PosReturnCommands.PrepareAsync(db, input.Return, at, token);
            if (!prepared.IsSuccess)
            {
                return prepared.Error!;
            }

            var (session, original, taken) = prepared.Value;
            var due = await SaleTotalAsync(db, session, input.Sale, canOverride, token);
            if (!due.IsSuccess)
            {
                return due.Error!;
            }

            var credited = Math.Min(taken.GrossTotal, due.Value);
            var finished = await PosReturnCommands.FinishAsync(db, prepared.Value, input.Return, credited, at, token);
            if (!finished.IsSuccess)
            {
                return finished.Error!;
            }

            var credit = new PosTender(null, $"Exchange {taken.Number}", PaymentMethodKind.Other, credited, taken.Id);
            var sale = await PosSaleCommands.CompleteInAsync(db, NewSale(input.Sale, session, original), canOverride, approvedBy,
                credited > 0m ? [credit] : [], at, token);
            if (!sale.IsSuccess)
            {
                return sale.Error!;
            }

            taken.LinkExchange(sale.Value.Id);
            var refunds = PosReturnCommands.Taken(taken).Refunds;
            return new PosExchangeDone(taken.Id, taken.Number, taken.GrossTotal, sale.Value.Id, sale.Value.Number, sale.Value.GrossTotal,
                credited, refunds, sale.Value.ChangeGiven);
        }, ct);
    }

    /// <summary>What the new cart comes to, priced as the checkout prices it (register price list and tax behaviour).</summary>
    private static async Task<Result<decimal>> SaleTotalAsync(ErpDbContext db, PosSession session, SaleInput sale, bool canOverride,
        CancellationToken ct)
    {
        var register = await db.CashRegisters.AsNoTracking().FirstAsync(r => r.Id == session.RegisterId, ct);
        var lines = await PosSaleRules.LinesAsync(db, register.PriceListId, register.PricesIncludeTax, sale.Lines, canOverride, ct);
        if (!lines.IsSuccess)
        {
            return lines.Error!;
        }

        var settings = await Data.Sales.SalesPricing.SettingsAsync(db, ct);
        var totals = SalesTotals.Calculate([.. lines.Value.Select(l => new TotalsLine(l.Quantity, l.UnitPrice, l.TaxRatePercent, l.Discount))],
            new Discount(sale.CartDiscountKind, sale.CartDiscountValue), settings.TaxRounding, taxExempt: false, register.PricesIncludeTax);
        return totals.IsSuccess ? totals.Value.Gross : totals.Error!;
    }

    /// <summary>The new sale in the return's session, for the original sale's customer unless another is chosen.</summary>
    private static SaleInput NewSale(SaleInput sale, PosSession session, PosSale original) => new()
    {
        SessionId = session.Id, CustomerId = sale.CustomerId ?? original.CustomerId, Lines = sale.Lines,
        CartDiscountKind = sale.CartDiscountKind, CartDiscountValue = sale.CartDiscountValue, Payments = sale.Payments,
        Approval = sale.Approval, Note = sale.Note ?? $"Exchange for returned items of {original.Number}",
    };
}
