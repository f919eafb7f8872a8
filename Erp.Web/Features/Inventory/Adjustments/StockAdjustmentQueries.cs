using Erp.Data;
using Erp.Domain.Common;
using Erp.Domain.Inventory;
using Erp.Domain.Inventory.Adjustments;
using Erp.Web.Infrastructure.Grids;
using Erp.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Inventory.Adjustments;

/// <summary>Adjustments or scrap (one kind per list) for the grid, its export and the detail page; filtered, sorted and paged in SQL.</summary>
public sealed class StockAdjustmentQueries(IDbContextFactory<ErpDbContext> dbFactory, PermissionGuard guard)
{
    public static string ListUrl(AdjustmentKind kind) => kind == AdjustmentKind.Scrap ? "/inventory/scrap" : "/inventory/adjustments";

    public static string DetailUrl(Guid id) => $"/inventory/adjustments/{id}";

    public async Task<Result<Paged<StockAdjustmentRow>>> ListAsync(StockAdjustmentListQuery query, int page, int pageSize,
        CancellationToken ct = default)
    {
        if (await guard.CheckAsync(InventoryPermissions.View, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = Rows(db, query);
        var total = await rows.CountAsync(ct);
        var items = await Sort(rows, query).Skip(Math.Max(0, page) * pageSize).Take(pageSize).ToListAsync(ct);
        return new Paged<StockAdjustmentRow>(items, total);
    }

    public async Task<Result<StockAdjustmentExportRows>> ExportAsync(StockAdjustmentListQuery query, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(InventoryPermissions.View, ct) is { } denied)
        {
            return denied;
        }

        return new StockAdjustmentExportRows(StreamAsync(query, ct));
    }

    public async Task<Result<StockAdjustmentDetails>> GetAsync(Guid id, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(InventoryPermissions.View, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var a = await db.StockAdjustments.AsNoTracking().Include(x => x.Lines).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (a is null)
        {
            return StockAdjustmentCommands.NotFound;
        }

        var organization = await db.Organizations.AsNoTracking().Where(o => o.Id == a.OrganizationId)
            .Select(o => new { o.Name, o.BaseCurrency }).FirstAsync(ct);
        var location = await db.Locations.AsNoTracking().Where(l => l.Id == a.LocationId).Select(l => l.Name).FirstAsync(ct);
        var productIds = a.Lines.Select(l => l.ProductId).Distinct().ToList();
        var products = await db.Products.AsNoTracking().IgnoreQueryFilters([ErpDbContext.SoftDeleteFilter])
            .Where(p => productIds.Contains(p.Id)).Select(p => new { p.Id, p.Sku, p.Name, p.UnitId }).ToDictionaryAsync(p => p.Id, ct);
        var units = await db.Units.AsNoTracking().IgnoreQueryFilters([ErpDbContext.SoftDeleteFilter])
            .ToDictionaryAsync(u => u.Id, u => u.Code, ct);
        var userIds = new[] { a.SubmittedBy, a.ApprovedBy }.Where(u => u is not null).ToList();
        var names = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        var lines = a.Lines.OrderBy(l => l.LineNumber).Select(l =>
        {
            var product = products[l.ProductId];
            return new StockAdjustmentLineDetails(l.Id, l.LineNumber, l.ProductId, product.Sku, product.Name, l.UnitId,
                units.GetValueOrDefault(l.UnitId, ""), l.Quantity, l.UnitCost, l.BaseQuantity, units.GetValueOrDefault(product.UnitId, ""), l.Value);
        }).ToList();
        return new StockAdjustmentDetails(a.Id, a.Kind, a.Number, a.Status, a.OrganizationId, organization.Name, organization.BaseCurrency,
            a.LocationId, location, a.ReasonId, a.ReasonName, a.DocumentDate, a.Note, a.Value,
            a.SubmittedBy is null ? null : names.GetValueOrDefault(a.SubmittedBy, a.SubmittedBy), a.SubmittedAt,
            a.ApprovedBy is null ? null : names.GetValueOrDefault(a.ApprovedBy, a.ApprovedBy), a.ApprovedAt, a.PostedAt,
            a.AllowedNext, lines);
    }

    /// <summary>The raw submitter id, so the page can hide Approve from the submitter (the service refuses it anyway).</summary>
    public async Task<string?> SubmitterAsync(Guid id, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.StockAdjustments.Where(a => a.Id == id).Select(a => a.SubmittedBy).FirstOrDefaultAsync(ct);
    }

    private async IAsyncEnumerable<StockAdjustmentRow> StreamAsync(StockAdjustmentListQuery query,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await foreach (var row in Sort(Rows(db, query), query).AsAsyncEnumerable().WithCancellation(ct))
        {
            yield return row;
        }
    }

    private static IQueryable<Projection> Rows(ErpDbContext db, StockAdjustmentListQuery query)
    {
        var adjustments = db.StockAdjustments.AsNoTracking().Where(a => a.Kind == query.Kind);
        if (query.Status is { } status)
        {
            adjustments = adjustments.Where(a => a.Status == status);
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var pattern = Like.Contains(query.Search);
            adjustments = adjustments.Where(a => EF.Functions.Like(a.Number, pattern, "\\") || EF.Functions.Like(a.ReasonName, pattern, "\\"));
        }

        return adjustments.Select(a => new Projection
        {
            Id = a.Id, Number = a.Number, Date = a.DocumentDate, Status = a.Status,
            Location = db.Locations.Where(l => l.Id == a.LocationId).Select(l => l.Name).FirstOrDefault() ?? "",
            Reason = a.ReasonName, Value = a.Value, Lines = a.Lines.Count,
        });
    }

    private static IQueryable<StockAdjustmentRow> Sort(IQueryable<Projection> rows, StockAdjustmentListQuery query) =>
        ((query.Sort, query.Desc) switch
        {
            ("number", false) => rows.OrderBy(r => r.Number),
            ("number", true) => rows.OrderByDescending(r => r.Number),
            ("status", false) => rows.OrderBy(r => r.Status).ThenByDescending(r => r.Number),
            ("status", true) => rows.OrderByDescending(r => r.Status).ThenByDescending(r => r.Number),
            ("location", false) => rows.OrderBy(r => r.Location).ThenByDescending(r => r.Number),
            ("location", true) => rows.OrderByDescending(r => r.Location).ThenByDescending(r => r.Number),
            ("reason", false) => rows.OrderBy(r => r.Reason).ThenByDescending(r => r.Number),
            ("reason", true) => rows.OrderByDescending(r => r.Reason).ThenByDescending(r => r.Number),
            ("value", false) => rows.OrderBy(r => r.Value).ThenByDescending(r => r.Number),
            ("value", true) => rows.OrderByDescending(r => r.Value).ThenByDescending(r => r.Number),
            ("date", false) => rows.OrderBy(r => r.Date).ThenBy(r => r.Number),
            _ => rows.OrderByDescending(r => r.Date).ThenByDescending(r => r.Number),
        }).Select(r => new StockAdjustmentRow(r.Id, r.Number, r.Date, r.Status, r.Location, r.Reason, r.Value, r.Lines));

    private sealed class Projection
    {
        public Guid Id { get; init; }
        public string Number { get; init; } = "";
        public DateOnly Date { get; init; }
        public StockAdjustmentStatus Status { get; init; }
        public string Location { get; init; } = "";
        public string Reason { get; init; } = "";
        public decimal Value { get; init; }
        public int Lines { get; init; }
    }
}
