using Erp.Data;
using Erp.Data.Documents;
using Erp.Domain.Common;
using Erp.Domain.Pos;
using Erp.Domain.Pos.Returns;
using Erp.Domain.Pos.Sales;
using Erp.Domain.Pos.Sessions;
using Erp.Web.Features.Inventory.Ledger;
using Erp.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Pos.Returns;

/// <summary>
/// Takes returns at the till, in one transaction: the return with its number, the sale's returned quantities, the
/// stock where the quality check sends it, the refunds (cash from the drawer, store credit as a customer payment).
/// Two returns of the same sale at once cannot take back more than was sold: SQLite serializes them (BEGIN
/// IMMEDIATE) and on SQL Server the sale's <c>Version</c> fails the second save, which then runs again on fresh data.
/// </summary>
public sealed class PosReturnCommands(StockTransactions transactions, PermissionGuard guard)
{
    public async Task<Result<PosReturnTaken>> ReturnAsync(PosReturnInput input, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(PosPermissions.Return, ct) is { } denied)
        {
            return denied;
        }

        return await transactions.RunAsync<PosReturnTaken>((db, at, token) => ReturnInAsync(db, input, at, token), ct);
    }

    /// <summary>The return inside the caller's transaction, all of its value refunded.</summary>
    internal static async Task<Result<PosReturnTaken>> ReturnInAsync(ErpDbContext db, PosReturnInput input, DateTimeOffset at,
        CancellationToken ct)
    {
        var prepared = await PrepareAsync(db, input, at, ct);
        if (!prepared.IsSuccess)
        {
            return prepared.Error!;
        }

        var finished = await FinishAsync(db, prepared.Value, input, 0m, at, ct);
        return finished.IsSuccess ? Taken(prepared.Value.Return) : finished.Error!;
    }

    /// <summary>
    /// Checks the cashier's session, the sale and its shop, and takes the lines back from the sale (in memory): the
    /// return's value is known, nothing is saved yet.
    /// </summary>
    internal static async Task<Result<PreparedReturn>> PrepareAsync(ErpDbContext db, PosReturnInput input, DateTimeOffset at,
        CancellationToken ct)
    {
        var session = await OpenSessionAsync(db, ct);
        if (session is null)
        {
            return PosReturnErrors.NoOpenSession;
        }

        var sale = await FindSaleAsync(db, input, ct);
        if (!sale.IsSuccess)
        {
            return sale.Error!;
        }

        var original = sale.Value;
        if (original.LocationId != session.LocationId)
        {
            var shop = await db.Locations.Where(l => l.Id == original.LocationId).Select(l => l.Name).FirstOrDefaultAsync(ct);
            return PosReturnErrors.OtherShop(original.Number, shop ?? "another shop");
        }

        var quarantine = await CheckQuarantineAsync(db, original, input.Lines, ct);
        if (!quarantine.IsSuccess)
        {
            return quarantine.Error!;
        }

        var created = PosReturn.Create(original, session.Id, session.RegisterId, session.CashierId, session.CashierName,
            [.. input.Lines.Select(l => new PosReturnLineData(l.SaleLineId, l.Quantity, l.Reason, l.Condition, l.QuarantineLocationId))], at);
        return created.IsSuccess ? new PreparedReturn(session, original, created.Value) : created.Error!;
    }

    /// <summary>
    /// Refunds what is not credited to an exchange (<paramref name="exchangeAmount"/>), checks the drawer's cash, numbers
    /// the return and posts its stock and store credit.
    /// </summary>
    internal static async Task<Result> FinishAsync(ErpDbContext db, PreparedReturn prepared, PosReturnInput input, decimal exchangeAmount,
        DateTimeOffset at, CancellationToken ct)
    {
        var (session, original, taken) = prepared;
        var refunds = await PosRefundPlanner.PlanAsync(db, original, taken.GrossTotal - exchangeAmount, input, ct);
        if (!refunds.IsSuccess)
        {
            return refunds.Error!;
        }

        var refunded = taken.Refund(refunds.Value, exchangeAmount);
        if (!refunded.IsSuccess)
        {
            return refunded;
        }

        var cash = await PosRefundPlanner.CheckCashAsync(db, session, taken.Refunds, ct);
        if (!cash.IsSuccess)
        {
            return cash;
        }

        await DocumentNumberService.AssignNumberAsync(db, taken, DateOnly.FromDateTime(at.UtcDateTime), ct);
        db.PosReturns.Add(taken);
        // The sale's version guards its returned quantities against a concurrent return (SQL Server).
        db.Entry(original).Property(s => s.UpdatedAt).IsModified = true;

        var stock = await PosReturnStock.PostAsync(db, taken, at, ct);
        if (!stock.IsSuccess)
        {
            return stock;
        }

        return await PosRefundPlanner.StoreCreditAsync(db, original, taken, input.CreditCustomerId, at, ct);
    }

    internal static PosReturnTaken Taken(PosReturn taken) => new(taken.Id, taken.Number, taken.GrossTotal,
        [.. taken.Refunds.Select(r => new PosRefundData(r.PaymentMethodId, r.MethodName, r.Kind, r.Amount))]);

    /// <summary>The signed-in cashier's open session: returns are taken there.</summary>
    internal static Task<PosSession?> OpenSessionAsync(ErpDbContext db, CancellationToken ct)
    {
        var userId = db.Tenant.UserId;
        return userId is null
            ? Task.FromResult<PosSession?>(null)
            : db.PosSessions.FirstOrDefaultAsync(s => s.Status == PosSessionStatus.Open && s.CashierId == userId, ct);
    }

    /// <summary>A completed sale of this tenant by id or receipt number (another tenant's is simply not found).</summary>
    private static async Task<Result<PosSale>> FindSaleAsync(ErpDbContext db, PosReturnInput input, CancellationToken ct)
    {
        var sales = db.PosSales.Include(s => s.Lines).Include(s => s.Payments).AsSplitQuery();
        PosSale? sale;
        string shown;
        if (input.SaleId is { } id)
        {
            sale = await sales.FirstOrDefaultAsync(s => s.Id == id && s.Status == PosSaleStatus.Completed, ct);
            shown = sale?.Number ?? "";
            if (sale is null)
            {
                return PosErrors.SaleNotFound;
            }
        }
        else
        {
            shown = input.ReceiptNumber?.Trim() ?? "";
            if (shown.Length == 0)
            {
                return PosReturnErrors.ChooseSale;
            }

            var number = shown.ToUpperInvariant();
            sale = await sales.FirstOrDefaultAsync(s => s.Number == number && s.Status == PosSaleStatus.Completed, ct);
        }

        return sale is null ? PosReturnErrors.SaleNotFound(shown) : sale;
    }

    private static async Task<Result> CheckQuarantineAsync(ErpDbContext db, PosSale sale, IReadOnlyList<PosReturnLineInput> lines,
        CancellationToken ct)
    {
        var ids = lines.Where(l => l.Condition == ReturnCondition.Quarantine && l.QuarantineLocationId is not null && l.Quantity != 0m)
            .Select(l => l.QuarantineLocationId!.Value).Distinct().ToList();
        if (ids.Count == 0)
        {
            return Result.Success();
        }

        var allowed = await db.Locations.CountAsync(l => ids.Contains(l.Id) && l.OrganizationId == sale.OrganizationId
            && l.Kind != Erp.Domain.Platform.LocationKind.Transit, ct);
        return allowed == ids.Count ? Result.Success() : PosReturnErrors.QuarantineElsewhere;
    }
}

/// <summary>A return checked and taken from its sale in memory, in the cashier's open session.</summary>
internal sealed record PreparedReturn(PosSession Session, PosSale Original, PosReturn Return);
