using Erp.Data;
using Erp.Domain.Common;
using Erp.Domain.Purchasing;
using Erp.Domain.Purchasing.Orders;
using Erp.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Purchasing.Performance;

/// <summary>One supplier's line of the report.</summary>
public sealed record SupplierPerformanceRow(Guid SupplierId, string Code, string Name, bool IsActive, PerformanceFigures Figures);

public sealed record SupplierPerformanceReport(DateOnly From, DateOnly To, string OrganizationName, DateTimeOffset GeneratedAt,
    IReadOnlyList<SupplierPerformanceRow> Rows);

/// <summary>
/// Supplier performance over a period: receipts whose ReceivedDate is in the period (on time, lead time, rejections)
/// and order lines of orders sent or later, not cancelled, whose OrderDate is in the period (fill rate, price variance
/// against the same product's price on the supplier's most recent earlier order). The database filters, joins and sums
/// per receipt and finds each line's previous price; <see cref="SupplierPerformanceCalculator"/> does the rest.
/// </summary>
public sealed class SupplierPerformanceQueries(IDbContextFactory<ErpDbContext> dbFactory, PermissionGuard guard, TimeProvider clock)
{
    public const int MaxDays = 3 * 366;

    public static readonly Error BadPeriod = Error.Validation($"Choose a period whose start is on or before its end, at most {MaxDays} days long.");

    /// <summary>The default period: the last 90 days up to today (UTC).</summary>
    public (DateOnly From, DateOnly To) DefaultPeriod()
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return (today.AddDays(-89), today);
    }

    /// <summary>Every supplier (active first, by name) with its figures over the period.</summary>
    public async Task<Result<SupplierPerformanceReport>> ReportAsync(DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(PurchasingPermissions.View, ct) is { } denied)
        {
            return denied;
        }

        if (from > to || to.DayNumber - from.DayNumber > MaxDays)
        {
            return BadPeriod;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var suppliers = await db.Suppliers.AsNoTracking().OrderByDescending(s => s.IsActive).ThenBy(s => s.Name).ThenBy(s => s.Code)
            .Select(s => new { s.Id, s.Code, s.Name, s.IsActive }).ToListAsync(ct);
        var receipts = (await ReceiptsAsync(db, null, from, to, ct)).ToLookup(r => r.SupplierId, r => r.Fact);
        var lines = (await LinesAsync(db, null, from, to, ct)).ToLookup(l => l.SupplierId, l => l.Fact);
        var rows = suppliers.Select(s => new SupplierPerformanceRow(s.Id, s.Code, s.Name, s.IsActive,
            SupplierPerformanceCalculator.Calculate(receipts[s.Id].ToList(), lines[s.Id].ToList()))).ToList();
        var organization = await db.Organizations.AsNoTracking().OrderBy(o => o.ParentId == null ? 0 : 1).Select(o => o.Name)
            .FirstOrDefaultAsync(ct) ?? "";
        return new SupplierPerformanceReport(from, to, organization, clock.GetUtcNow(), rows);
    }

    /// <summary>One supplier's figures over the period (the supplier page's Performance tab).</summary>
    public async Task<Result<PerformanceFigures>> ForSupplierAsync(Guid supplierId, DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(PurchasingPermissions.View, ct) is { } denied)
        {
            return denied;
        }

        if (from > to || to.DayNumber - from.DayNumber > MaxDays)
        {
            return BadPeriod;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var receipts = await ReceiptsAsync(db, supplierId, from, to, ct);
        var lines = await LinesAsync(db, supplierId, from, to, ct);
        return SupplierPerformanceCalculator.Calculate(receipts.Select(r => r.Fact).ToList(), lines.Select(l => l.Fact).ToList());
    }

    private static async Task<List<(Guid SupplierId, ReceiptFact Fact)>> ReceiptsAsync(ErpDbContext db, Guid? supplierId, DateOnly from,
        DateOnly to, CancellationToken ct)
    {
        var receipts = db.PurchaseReceipts.AsNoTracking().Where(r => r.ReceivedDate >= from && r.ReceivedDate <= to);
        if (supplierId is { } id)
        {
            receipts = receipts.Where(r => r.SupplierId == id);
        }

        var rows = await (from r in receipts
                          join o in db.PurchaseOrders on r.PurchaseOrderId equals o.Id
                          select new
                          {
                              o.SupplierId, r.ReceivedDate, o.ExpectedDate, o.SentAt, o.OrderDate,
                              Accepted = r.Lines.Sum(l => l.AcceptedQuantity),
                              Quarantined = r.Lines.Sum(l => l.QuarantinedQuantity),
                              Rejected = r.Lines.Sum(l => l.RejectedQuantity),
                          }).ToListAsync(ct);
        // The sent moment is a UTC instant; its UTC date is the day the order left.
        return rows.Select(r => (r.SupplierId, new ReceiptFact(r.ReceivedDate, r.ExpectedDate,
            r.SentAt is { } sent ? DateOnly.FromDateTime(sent.UtcDateTime) : r.OrderDate, r.Rejected,
            r.Accepted + r.Quarantined + r.Rejected))).ToList();
    }

    private static async Task<List<(Guid SupplierId, OrderLineFact Fact)>> LinesAsync(ErpDbContext db, Guid? supplierId, DateOnly from,
        DateOnly to, CancellationToken ct)
    {
        var orders = Counted(db.PurchaseOrders.AsNoTracking()).Where(o => o.OrderDate >= from && o.OrderDate <= to);
        if (supplierId is { } id)
        {
            orders = orders.Where(o => o.SupplierId == id);
        }

        var earlier = Counted(db.PurchaseOrders.AsNoTracking());
        var rows = await (from o in orders
                          from l in o.Lines
                          select new
                          {
                              o.SupplierId, l.Quantity, l.ReceivedQuantity, l.UnitPrice,
                              Previous = (from o2 in earlier
                                          where o2.SupplierId == o.SupplierId
                                                && (o2.OrderDate < o.OrderDate
                                                    || (o2.OrderDate == o.OrderDate && o2.Number.CompareTo(o.Number) < 0))
                                          from l2 in o2.Lines
                                          where l2.ProductId == l.ProductId
                                          orderby o2.OrderDate descending, o2.Number descending, l2.LineNumber descending
                                          select (decimal?)l2.UnitPrice).FirstOrDefault(),
                          }).ToListAsync(ct);
        return rows.Select(r => (r.SupplierId, new OrderLineFact(r.Quantity, r.ReceivedQuantity, r.UnitPrice, r.Previous))).ToList();
    }

    /// <summary>Orders that count: sent to the supplier (or further along) and not cancelled.</summary>
    private static IQueryable<PurchaseOrder> Counted(IQueryable<PurchaseOrder> orders) =>
        orders.Where(o => o.Status >= PurchaseOrderStatus.Sent && o.Status != PurchaseOrderStatus.Cancelled);
}
