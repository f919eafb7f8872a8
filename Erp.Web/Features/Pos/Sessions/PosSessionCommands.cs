using Erp.Data;
using Erp.Data.Documents;
using Erp.Domain.Common;
using Erp.Domain.Pos;
using Erp.Domain.Pos.Sales;
using Erp.Domain.Pos.Sessions;
using Erp.Web.Features.Inventory.Ledger;
using Erp.Web.Features.Inventory.Stock;
using Erp.Web.Features.Pos.Registers;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Pos.Sessions;

public sealed record OpenedSession(Guid Id, string Number);

/// <summary>
/// Opens, moves cash in and out of, and closes register sessions. One open session per register (held by a unique
/// index even when two tills open at once) and per cashier. A cashier works in their own session (Pos.Sell);
/// another's needs Pos.Supervise. Closing compares the counted cash with the expected cash worked out in the database.
/// </summary>
public sealed class PosSessionCommands(StockTransactions transactions, IDbContextFactory<ErpDbContext> dbFactory, PosScope scope)
{
    public async Task<Result<OpenedSession>> OpenAsync(Guid registerId, decimal openingFloat,
        IReadOnlyList<DenominationCount>? denominations, CancellationToken ct = default)
    {
        if (await scope.CheckAnyAsync(ct, PosPermissions.Sell) is { } denied)
        {
            return denied;
        }

        try
        {
            return await transactions.RunAsync<OpenedSession>((db, at, token) => OpenAsync(db, registerId, openingFloat, denominations, at, token), ct);
        }
        catch (DbUpdateException)
        {
            // Another till opened the register between our check and our save: the unique index refused ours.
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            if (await BusyAsync(db, registerId, ct) is { } busy)
            {
                return busy;
            }

            throw;
        }
    }

    public async Task<Result<Guid>> MoveCashAsync(Guid sessionId, CashMovementKind kind, decimal amount, string? reason,
        CancellationToken ct = default)
    {
        if (await scope.CheckAnyAsync(ct, PosPermissions.Sell, PosPermissions.Supervise) is { } denied)
        {
            return denied;
        }

        return await transactions.RunAsync<Guid>(async (db, at, token) =>
        {
            var session = await LoadAsync(db, sessionId, token);
            if (!session.IsSuccess)
            {
                return session.Error!;
            }

            var moved = session.Value.MoveCash(kind, amount, reason, scope.UserId, at);
            return moved.IsSuccess ? moved.Value.Id : moved.Error!;
        }, ct);
    }

    /// <summary>
    /// Closes with the counted cash (by denomination, or <paramref name="countedCash"/> when none are given); a difference
    /// from the expected cash needs <paramref name="reason"/>. Refused while the session has held sales.
    /// </summary>
    public async Task<Result<ClosedSession>> CloseAsync(Guid sessionId, decimal countedCash, IReadOnlyList<DenominationCount>? denominations,
        string? reason, CancellationToken ct = default)
    {
        if (await scope.CheckAnyAsync(ct, PosPermissions.Sell, PosPermissions.Supervise) is { } denied)
        {
            return denied;
        }

        return await transactions.RunAsync<ClosedSession>(async (db, at, token) =>
        {
            var loaded = await LoadAsync(db, sessionId, token);
            if (!loaded.IsSuccess)
            {
                return loaded.Error!;
            }

            var session = loaded.Value;
            if (session.Status != PosSessionStatus.Open)
            {
                return PosErrors.SessionClosed(session.Number);
            }

            var held = await db.PosSales.CountAsync(s => s.SessionId == session.Id && s.Status == PosSaleStatus.Held, token);
            if (held > 0)
            {
                return PosSessionErrors.HeldSales(held);
            }

            var cash = await SessionCash.SummaryAsync(db, [session.Id], token);
            var closed = session.Close(cash.Expected, countedCash, denominations, reason, scope.UserId, at);
            return closed.IsSuccess
                ? new ClosedSession(session.Number, session.ExpectedCash!.Value, session.CountedCash!.Value, session.Difference!.Value)
                : closed.Error!;
        }, ct);
    }

    private async Task<Result<OpenedSession>> OpenAsync(ErpDbContext db, Guid registerId, decimal openingFloat,
        IReadOnlyList<DenominationCount>? denominations, DateTimeOffset at, CancellationToken ct)
    {
        var organizations = await scope.OrganizationsAsync(db, ct);
        var register = await db.CashRegisters.AsNoTracking()
            .FirstOrDefaultAsync(r => r.Id == registerId && organizations.Contains(r.OrganizationId), ct);
        if (register is null)
        {
            return PosErrors.RegisterNotFound;
        }

        if (!register.IsActive)
        {
            return PosSessionErrors.RegisterInactive(register.Name);
        }

        if (await BusyAsync(db, registerId, ct) is { } busy)
        {
            return busy;
        }

        var userId = scope.UserId!;
        var mine = await db.PosSessions.AsNoTracking().Where(s => s.CashierId == userId && s.Status == PosSessionStatus.Open)
            .Select(s => new { s.Number, Register = db.CashRegisters.Where(r => r.Id == s.RegisterId).Select(r => r.Name).FirstOrDefault() })
            .FirstOrDefaultAsync(ct);
        if (mine is not null)
        {
            return PosSessionErrors.CashierBusy(mine.Number, mine.Register ?? "another register");
        }

        var currency = await db.Organizations.AsNoTracking().Where(o => o.Id == register.OrganizationId)
            .Select(o => o.BaseCurrency).FirstAsync(ct);
        var session = new PosSession(register.OrganizationId, register.Id, register.LocationId, currency, userId,
            await scope.UserNameAsync(db, ct), openingFloat, denominations, at);
        var days = await TenantDays.LoadAsync(db, ct);
        await DocumentNumberService.AssignNumberAsync(db, session, days.Today(at), ct);
        db.PosSessions.Add(session);
        return new OpenedSession(session.Id, session.Number);
    }

    private static async Task<Error?> BusyAsync(ErpDbContext db, Guid registerId, CancellationToken ct)
    {
        var open = await db.PosSessions.AsNoTracking().Where(s => s.RegisterId == registerId && s.Status == PosSessionStatus.Open)
            .Select(s => new { s.Number, s.CashierName, Register = db.CashRegisters.Where(r => r.Id == s.RegisterId).Select(r => r.Name).FirstOrDefault() })
            .FirstOrDefaultAsync(ct);
        return open is null ? null : PosSessionErrors.RegisterBusy(open.Register ?? "The register", open.Number, open.CashierName);
    }

    /// <summary>The session, if it is the user's own or the user supervises (another tenant's session is not found).</summary>
    private async Task<Result<PosSession>> LoadAsync(ErpDbContext db, Guid sessionId, CancellationToken ct)
    {
        var organizations = await scope.OrganizationsAsync(db, ct);
        var session = await db.PosSessions.FirstOrDefaultAsync(s => s.Id == sessionId && organizations.Contains(s.OrganizationId), ct);
        if (session is null)
        {
            return PosErrors.SessionNotFound;
        }

        if (session.CashierId != scope.UserId && !await scope.HasAnyAsync(ct, PosPermissions.Supervise))
        {
            return PosSessionErrors.NotYourSession;
        }

        return session;
    }
}

public sealed record ClosedSession(string Number, decimal Expected, decimal Counted, decimal Difference);
