using Erp.Data;
using Erp.Domain.Common;
using Erp.Domain.Pos;
using Erp.Domain.Pos.Returns;
using Erp.Domain.Pos.Sales;
using Erp.Domain.Pos.Sessions;
using Erp.Web.Features.Inventory.Stock;
using Erp.Web.Features.Pos.Registers;
using Erp.Web.Infrastructure.Grids;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Pos.Sessions;

/// <summary>
/// Register sessions: supervisors see every session of their organizations, cashiers their own. Filtered, sorted,
/// paged and summed in SQL.
/// </summary>
public sealed class PosSessionQueries(IDbContextFactory<ErpDbContext> dbFactory, PosScope scope)
{
    public async Task<Result<Paged<PosSessionRow>>> ListAsync(PosSessionListQuery query, int page, int pageSize, CancellationToken ct = default)
    {
        if (await scope.CheckAnyAsync(ct, PosPermissions.Sell, PosPermissions.Supervise) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = await RowsAsync(db, query, ct);
        var total = await rows.CountAsync(ct);
        var items = await Sort(rows, query).Skip(Math.Max(0, page) * pageSize).Take(pageSize).ToListAsync(ct);
        return new Paged<PosSessionRow>(items, total);
    }

    public async Task<Result<IReadOnlyList<PosSessionRow>>> ExportAsync(PosSessionListQuery query, CancellationToken ct = default)
    {
        if (await scope.CheckAnyAsync(ct, PosPermissions.Sell, PosPermissions.Supervise) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await Sort(await RowsAsync(db, query, ct), query).ToListAsync(ct);
    }

    /// <summary>The signed-in cashier's open session, or null when they have none.</summary>
    public async Task<Result<CurrentSession?>> OpenSessionOfCurrentUserAsync(CancellationToken ct = default)
    {
        if (await scope.CheckAnyAsync(ct, PosPermissions.Sell) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var userId = scope.UserId;
        var session = await db.PosSessions.AsNoTracking().Where(s => s.CashierId == userId && s.Status == PosSessionStatus.Open)
            .Join(db.CashRegisters, s => s.RegisterId, r => r.Id, (s, r) => new { s, r })
            .Join(db.Locations, x => x.s.LocationId, l => l.Id, (x, l) => new CurrentSession(x.s.Id, x.s.Number, x.r.Id, x.r.Name,
                x.r.Code, l.Id, l.Name))
            .FirstOrDefaultAsync(ct);
        return Result.Success(session);
    }

    public async Task<Result<PosSessionDetails>> GetAsync(Guid id, CancellationToken ct = default)
    {
        if (await scope.CheckAnyAsync(ct, PosPermissions.Sell, PosPermissions.Supervise) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var found = await FindAsync(db, id, ct);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        var session = found.Value;
        var register = await db.CashRegisters.AsNoTracking().IgnoreQueryFilters([ErpDbContext.SoftDeleteFilter])
            .Where(r => r.Id == session.RegisterId).Select(r => new { r.Name, r.Code }).FirstAsync(ct);
        var location = await db.Locations.AsNoTracking().Where(l => l.Id == session.LocationId).Select(l => l.Name).FirstAsync(ct);
        var organization = await db.Organizations.AsNoTracking().Where(o => o.Id == session.OrganizationId).Select(o => o.Name).FirstAsync(ct);
        var userIds = session.CashMovements.Select(m => m.UserId).Append(session.ClosedBy).OfType<string>().Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        var sales = db.PosSales.AsNoTracking().Where(s => s.SessionId == id && s.Status == PosSaleStatus.Completed);
        var returns = db.PosReturns.AsNoTracking().Where(r => r.SessionId == id);
        var cash = await SessionCash.SummaryAsync(db, [id], ct);
        return new PosSessionDetails(session.Id, session.Number, session.Status, session.RegisterId, register.Name, register.Code,
            session.LocationId, location, organization, session.Currency, session.CashierId, session.CashierName, session.OpenedAt,
            session.ClosedAt, session.ClosedBy is null ? null : names.GetValueOrDefault(session.ClosedBy, session.ClosedBy),
            Counts(session, CashCountStage.Opening), Counts(session, CashCountStage.Closing),
            [.. session.CashMovements.OrderBy(m => m.At).Select(m => new CashMovementRow(m.Id, m.Kind, m.Amount, m.Reason,
                m.UserId is null ? null : names.GetValueOrDefault(m.UserId, m.UserId), m.At))],
            await sales.CountAsync(ct), await returns.CountAsync(ct),
            await db.PosSales.CountAsync(s => s.SessionId == id && s.Status == PosSaleStatus.Held, ct),
            await sales.SumAsync(s => s.GrossTotal, ct), await returns.SumAsync(r => r.GrossTotal, ct),
            await MethodTotalsAsync(db, [id], ct), cash, session.CountedCash, session.Difference, session.DifferenceReason,
            session.CashierId == scope.UserId);
    }

    /// <summary>Payments kept minus refunds given, per method, of the sessions' completed sales and returns.</summary>
    internal static async Task<IReadOnlyList<MethodTotal>> MethodTotalsAsync(ErpDbContext db, IReadOnlyList<Guid> sessionIds, CancellationToken ct)
    {
        var paid = await db.PosSalePayments.AsNoTracking()
            .Where(p => db.PosSales.Any(s => s.Id == p.SaleId && s.Status == PosSaleStatus.Completed && sessionIds.Contains(s.SessionId)))
            .GroupBy(p => new { p.MethodName, p.Kind })
            .Select(g => new { g.Key.MethodName, g.Key.Kind, Amount = g.Sum(p => p.Amount) }).ToListAsync(ct);
        var refunded = await db.Set<PosRefund>().AsNoTracking()
            .Where(f => db.PosReturns.Any(r => r.Id == f.ReturnId && sessionIds.Contains(r.SessionId)))
            .GroupBy(f => new { f.MethodName, f.Kind })
            .Select(g => new { g.Key.MethodName, g.Key.Kind, Amount = g.Sum(f => f.Amount) }).ToListAsync(ct);
        return [.. paid.Select(p => (p.MethodName, p.Kind)).Union(refunded.Select(r => (r.MethodName, r.Kind)))
            .Select(k => new MethodTotal(k.MethodName, k.Kind,
                paid.Where(p => p.MethodName == k.MethodName && p.Kind == k.Kind).Sum(p => p.Amount),
                refunded.Where(r => r.MethodName == k.MethodName && r.Kind == k.Kind).Sum(r => r.Amount)))
            .OrderBy(m => m.Kind).ThenBy(m => m.Method, StringComparer.CurrentCulture)];
    }

    /// <summary>The session if the user may see it: their own, or any of their organizations' when they supervise.</summary>
    internal async Task<Result<PosSession>> FindAsync(ErpDbContext db, Guid id, CancellationToken ct)
    {
        var organizations = await scope.OrganizationsAsync(db, ct);
        var session = await db.PosSessions.AsNoTracking().Include(s => s.Counts).Include(s => s.CashMovements)
            .FirstOrDefaultAsync(s => s.Id == id && organizations.Contains(s.OrganizationId), ct);
        if (session is null)
        {
            return PosErrors.SessionNotFound;
        }

        return session.CashierId == scope.UserId || await scope.HasAnyAsync(ct, PosPermissions.Supervise)
            ? session
            : PosSessionErrors.NotYourSession;
    }

    private static IReadOnlyList<DenominationCount> Counts(PosSession session, CashCountStage stage) =>
        [.. session.Counts.Where(c => c.Stage == stage).OrderByDescending(c => c.Denomination)
            .Select(c => new DenominationCount(c.Denomination, c.Count))];

    private async Task<IQueryable<Projection>> RowsAsync(ErpDbContext db, PosSessionListQuery query, CancellationToken ct)
    {
        var organizations = await scope.OrganizationsAsync(db, ct);
        var sessions = db.PosSessions.AsNoTracking().Where(s => organizations.Contains(s.OrganizationId));
        if (!await scope.HasAnyAsync(ct, PosPermissions.Supervise))
        {
            var userId = scope.UserId;
            sessions = sessions.Where(s => s.CashierId == userId);
        }

        if (query.Status is { } status)
        {
            sessions = sessions.Where(s => s.Status == status);
        }

        if (query.RegisterId is { } registerId)
        {
            sessions = sessions.Where(s => s.RegisterId == registerId);
        }

        if (query.From is not null || query.To is not null)
        {
            var days = await TenantDays.LoadAsync(db, ct);
            if (query.From is { } from)
            {
                var start = days.Start(from);
                sessions = sessions.Where(s => s.OpenedAt >= start);
            }

            if (query.To is { } to)
            {
                var end = days.EndExclusive(to);
                sessions = sessions.Where(s => s.OpenedAt < end);
            }
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var pattern = Like.Contains(query.Search);
            sessions = sessions.Where(s => EF.Functions.Like(s.Number, pattern, "\\") || EF.Functions.Like(s.CashierName, pattern, "\\"));
        }

        return sessions.Select(s => new Projection
        {
            Id = s.Id, Number = s.Number, Status = s.Status, OpenedAt = s.OpenedAt, ClosedAt = s.ClosedAt, Cashier = s.CashierName,
            Register = db.CashRegisters.Where(r => r.Id == s.RegisterId)
                .Select(r => r.Name).FirstOrDefault() ?? "",
            Location = db.Locations.Where(l => l.Id == s.LocationId).Select(l => l.Name).FirstOrDefault() ?? "",
            Currency = s.Currency, OpeningFloat = s.OpeningFloat,
            Sales = db.PosSales.Count(x => x.SessionId == s.Id && x.Status == PosSaleStatus.Completed),
            SalesTotal = db.PosSales.Where(x => x.SessionId == s.Id && x.Status == PosSaleStatus.Completed).Sum(x => x.GrossTotal),
            ExpectedCash = s.ExpectedCash, CountedCash = s.CountedCash, Difference = s.Difference,
        });
    }

    /// <summary>Whitelisted sort keys; newest first by default.</summary>
    private static IQueryable<PosSessionRow> Sort(IQueryable<Projection> rows, PosSessionListQuery query) =>
        ((query.Sort, query.Desc) switch
        {
            ("number", false) => rows.OrderBy(r => r.Number),
            ("number", true) => rows.OrderByDescending(r => r.Number),
            ("register", false) => rows.OrderBy(r => r.Register).ThenByDescending(r => r.OpenedAt),
            ("register", true) => rows.OrderByDescending(r => r.Register).ThenByDescending(r => r.OpenedAt),
            ("cashier", false) => rows.OrderBy(r => r.Cashier).ThenByDescending(r => r.OpenedAt),
            ("cashier", true) => rows.OrderByDescending(r => r.Cashier).ThenByDescending(r => r.OpenedAt),
            ("status", false) => rows.OrderBy(r => r.Status).ThenByDescending(r => r.OpenedAt),
            ("status", true) => rows.OrderByDescending(r => r.Status).ThenByDescending(r => r.OpenedAt),
            ("opened", false) => rows.OrderBy(r => r.OpenedAt),
            _ => rows.OrderByDescending(r => r.OpenedAt),
        }).Select(r => new PosSessionRow(r.Id, r.Number, r.Status, r.Register, r.Location, r.Cashier, r.OpenedAt, r.ClosedAt, r.Currency,
            r.OpeningFloat, r.Sales, r.SalesTotal, r.ExpectedCash, r.CountedCash, r.Difference));

    private sealed class Projection
    {
        public Guid Id { get; init; }
        public string Number { get; init; } = "";
        public PosSessionStatus Status { get; init; }
        public string Register { get; init; } = "";
        public string Location { get; init; } = "";
        public string Cashier { get; init; } = "";
        public DateTimeOffset OpenedAt { get; init; }
        public DateTimeOffset? ClosedAt { get; init; }
        public string Currency { get; init; } = "";
        public decimal OpeningFloat { get; init; }
        public int Sales { get; init; }
        public decimal SalesTotal { get; init; }
        public decimal? ExpectedCash { get; init; }
        public decimal? CountedCash { get; init; }
        public decimal? Difference { get; init; }
    }
}
