using System.Globalization;
using System.Linq.Expressions;
using Erp.Data;
using Erp.Domain.Common;
using Erp.Domain.Pos;
using Erp.Domain.Pos.Sales;
using Erp.Domain.Pos.Sessions;
using Erp.Web.Features.Inventory.Stock;
using Erp.Web.Features.Pos.Registers;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Pos.Sessions;

/// <summary>
/// Works out Z reports in the database: a session's (its cashier or a supervisor) or a shop's day (Pos.Supervise: every
/// session of the location opened that day in the tenant's time zone). Sums and groups run in SQL; only the merging of
/// sales and returns per key happens here.
/// </summary>
public sealed class ZReportQueries(IDbContextFactory<ErpDbContext> dbFactory, PosScope scope, PosSessionQueries sessions,
    TimeProvider clock)
{
    public async Task<Result<ZReport>> ForSessionAsync(Guid sessionId, CancellationToken ct = default)
    {
        if (await scope.CheckAnyAsync(ct, PosPermissions.Sell, PosPermissions.Supervise) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var session = await sessions.FindAsync(db, sessionId, ct);
        if (!session.IsSuccess)
        {
            return session.Error!;
        }

        var days = await TenantDays.LoadAsync(db, ct);
        var date = days.Today(session.Value.OpenedAt);
        var place = await db.Locations.AsNoTracking().Where(l => l.Id == session.Value.LocationId)
            .Join(db.Organizations, l => l.OrganizationId, o => o.Id, (l, o) => new Place(l.Name, o.Name, o.BaseCurrency)).FirstAsync(ct);
        return await BuildAsync(db, days, $"Z report — session {session.Value.Number}", place, date, [session.Value.Id], ct);
    }

    /// <summary>A shop's day; with no <paramref name="locationId"/>, every shop of the user's organizations that day.</summary>
    public async Task<Result<ZReport>> ForShopAsync(Guid? locationId, DateOnly date, CancellationToken ct = default)
    {
        if (await scope.CheckAnyAsync(ct, PosPermissions.Supervise) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var organizations = await scope.OrganizationsAsync(db, ct);
        var location = locationId is null ? "All shops" : await db.Locations.AsNoTracking()
            .Where(l => l.Id == locationId && organizations.Contains(l.OrganizationId)).Select(l => l.Name).FirstOrDefaultAsync(ct);
        if (location is null)
        {
            return Error.NotFound("The shop");
        }

        var days = await TenantDays.LoadAsync(db, ct);
        var (start, end) = (days.Start(date), days.EndExclusive(date));
        var ids = await db.PosSessions.AsNoTracking()
            .Where(s => organizations.Contains(s.OrganizationId) && (locationId == null || s.LocationId == locationId)
                && s.OpenedAt >= start && s.OpenedAt < end)
            .OrderBy(s => s.OpenedAt).Select(s => s.Id).ToListAsync(ct);
        var title = string.Create(CultureInfo.InvariantCulture, $"Z report — {location} {date:yyyy-MM-dd}");
        var organization = await db.Organizations.AsNoTracking()
            .Where(o => locationId == null ? o.Id == organizations[0] : db.Locations.Any(l => l.Id == locationId && l.OrganizationId == o.Id))
            .Select(o => new Place(location, o.Name, o.BaseCurrency)).FirstAsync(ct);
        return await BuildAsync(db, days, title, organization, date, ids, ct);
    }

    /// <summary>Today in the tenant's time zone (the default day of a shop report).</summary>
    public async Task<DateOnly> TodayAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return (await TenantDays.LoadAsync(db, ct)).Today(clock.GetUtcNow());
    }

    private static async Task<ZReport> BuildAsync(ErpDbContext db, TenantDays days, string title, Place place, DateOnly date,
        IReadOnlyList<Guid> ids, CancellationToken ct)
    {
        var sessionRows = await db.PosSessions.AsNoTracking().Where(s => ids.Contains(s.Id)).OrderBy(s => s.OpenedAt)
            .Select(s => new
            {
                s.Number, s.CashierName, s.OpenedAt, s.ClosedAt, s.Status, s.Currency, s.CountedCash, s.Difference,
                Register = db.CashRegisters.Where(r => r.Id == s.RegisterId).Select(r => r.Name).FirstOrDefault(),
            }).ToListAsync(ct);

        var sales = db.PosSales.AsNoTracking().Where(s => s.Status == PosSaleStatus.Completed && ids.Contains(s.SessionId));
        var returns = db.PosReturns.AsNoTracking().Where(r => ids.Contains(r.SessionId));
        var salesTotals = await sales.GroupBy(s => 1).Select(g => new
        {
            Count = g.Count(), Net = g.Sum(s => s.NetTotal), Tax = g.Sum(s => s.TaxTotal), Gross = g.Sum(s => s.GrossTotal),
            Discounts = g.Sum(s => s.DiscountTotal),
        }).FirstOrDefaultAsync(ct);
        var returnTotals = await returns.GroupBy(r => 1).Select(g => new
        {
            Count = g.Count(), Net = g.Sum(r => r.NetTotal), Tax = g.Sum(r => r.TaxTotal), Gross = g.Sum(r => r.GrossTotal),
        }).FirstOrDefaultAsync(ct);

        var cash = await SessionCash.SummaryAsync(db, ids, ct);
        var closed = sessionRows.Where(s => s.Status == PosSessionStatus.Closed).ToList();
        var zCash = new ZCash(cash.OpeningFloat, cash.CashSales, cash.CashRefunds, cash.CashIn, cash.CashOut, cash.Expected,
            closed.Count == 0 ? null : closed.Sum(s => s.CountedCash ?? 0m), closed.Count == 0 ? null : closed.Sum(s => s.Difference ?? 0m),
            sessionRows.Count - closed.Count);

        return new ZReport(title, place.Organization, place.Location, date, sessionRows.FirstOrDefault()?.Currency ?? place.Currency,
            [.. sessionRows.Select(s => new ZSession(s.Number, s.Register ?? "", s.CashierName, s.OpenedAt, s.ClosedAt, s.Status == PosSessionStatus.Open))],
            salesTotals?.Count ?? 0, returnTotals?.Count ?? 0, salesTotals?.Gross ?? 0m, returnTotals?.Gross ?? 0m,
            (salesTotals?.Net ?? 0m) - (returnTotals?.Net ?? 0m), (salesTotals?.Tax ?? 0m) - (returnTotals?.Tax ?? 0m),
            (salesTotals?.Gross ?? 0m) - (returnTotals?.Gross ?? 0m), salesTotals?.Discounts ?? 0m,
            await PosSessionQueries.MethodTotalsAsync(db, ids, ct), await ByTaxAsync(db, sales, returns, ct),
            await ByCashierAsync(sales, returns, ct), await ByHourAsync(sales, days, ct), zCash, days.Zone);
    }

    private static async Task<IReadOnlyList<ZTaxLine>> ByTaxAsync(ErpDbContext db, IQueryable<PosSale> sales,
        IQueryable<Domain.Pos.Returns.PosReturn> returns, CancellationToken ct)
    {
        var sold = await db.PosSaleLines.AsNoTracking().Where(l => sales.Any(s => s.Id == l.SaleId)).GroupBy(l => l.TaxRatePercent)
            .Select(g => new ZTaxLine(g.Key, g.Sum(l => l.Net), g.Sum(l => l.Tax), g.Sum(l => l.Gross))).ToListAsync(ct);
        var back = await db.PosReturnLines.AsNoTracking().Where(l => returns.Any(r => r.Id == l.ReturnId)).GroupBy(l => l.TaxRatePercent)
            .Select(g => new ZTaxLine(g.Key, g.Sum(l => l.Net), g.Sum(l => l.Tax), g.Sum(l => l.Gross))).ToListAsync(ct);
        return [.. sold.Concat(back.Select(b => new ZTaxLine(b.RatePercent, -b.Net, -b.Tax, -b.Gross)))
            .GroupBy(t => t.RatePercent)
            .Select(g => new ZTaxLine(g.Key, g.Sum(t => t.Net), g.Sum(t => t.Tax), g.Sum(t => t.Gross)))
            .OrderByDescending(t => t.RatePercent)];
    }

    private static async Task<IReadOnlyList<ZCashierLine>> ByCashierAsync(IQueryable<PosSale> sales,
        IQueryable<Domain.Pos.Returns.PosReturn> returns, CancellationToken ct)
    {
        var sold = await sales.GroupBy(s => new { s.CashierId, s.CashierName })
            .Select(g => new { g.Key.CashierId, g.Key.CashierName, Count = g.Count(), Gross = g.Sum(s => s.GrossTotal) }).ToListAsync(ct);
        var back = await returns.GroupBy(r => new { r.CashierId, r.CashierName })
            .Select(g => new { g.Key.CashierId, g.Key.CashierName, Count = g.Count(), Gross = g.Sum(r => r.GrossTotal) }).ToListAsync(ct);
        return [.. sold.Select(s => (s.CashierId, s.CashierName)).Union(back.Select(b => (b.CashierId, b.CashierName)))
            .OrderBy(c => c.CashierName, StringComparer.CurrentCulture).Select(c =>
            {
                var s = sold.FirstOrDefault(x => x.CashierId == c.CashierId && x.CashierName == c.CashierName);
                var b = back.FirstOrDefault(x => x.CashierId == c.CashierId && x.CashierName == c.CashierName);
                return new ZCashierLine(c.CashierName, s?.Count ?? 0, s?.Gross ?? 0m, b?.Count ?? 0, b?.Gross ?? 0m);
            })];
    }

    /// <summary>
    /// Sales per hour of the tenant's clock: the hours from the first to the last sale become UTC boundaries, and the
    /// database groups the sales by the bucket they fall in (a CASE over the boundaries), so DST days stay right.
    /// </summary>
    private static async Task<IReadOnlyList<ZHourLine>> ByHourAsync(IQueryable<PosSale> sales, TenantDays days, CancellationToken ct)
    {
        var range = await sales.GroupBy(s => 1).Select(g => new { First = g.Min(s => s.SoldAt), Last = g.Max(s => s.SoldAt) })
            .FirstOrDefaultAsync(ct);
        if (range is null)
        {
            return [];
        }

        var local = TimeZoneInfo.ConvertTime(range.First, days.Zone).DateTime;
        var hour = new DateTime(local.Year, local.Month, local.Day, local.Hour, 0, 0, DateTimeKind.Unspecified);
        var starts = new List<(DateTimeOffset Utc, string Label)>();
        for (; starts.Count == 0 || starts[^1].Utc <= range.Last; hour = hour.AddHours(1))
        {
            if (!days.Zone.IsInvalidTime(hour))
            {
                starts.Add((new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(hour, days.Zone), TimeSpan.Zero),
                    hour.ToString("HH:mm", CultureInfo.InvariantCulture)));
            }
        }

        // starts[^1] is past the last sale: buckets 0..n-2, bucket i = [starts[i], starts[i+1]).
        var sale = Expression.Parameter(typeof(PosSale), "s");
        var soldAt = Expression.Property(sale, nameof(PosSale.SoldAt));
        Expression bucket = Expression.Constant(starts.Count - 2);
        for (var i = starts.Count - 3; i >= 0; i--)
        {
            var boundary = Expression.Constant(starts[i + 1].Utc);
            bucket = Expression.Condition(Expression.LessThan(soldAt, boundary), Expression.Constant(i), bucket);
        }

        var key = Expression.Lambda<Func<PosSale, int>>(bucket, sale);
        var grouped = await sales.GroupBy(key).Select(g => new { g.Key, Count = g.Count(), Gross = g.Sum(s => s.GrossTotal) }).ToListAsync(ct);
        return [.. grouped.OrderBy(g => g.Key).Select(g => new ZHourLine(starts[g.Key].Label, g.Count, g.Gross))];
    }

    private sealed record Place(string Location, string Organization, string Currency);
}
