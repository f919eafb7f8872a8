using Erp.Data;
using Erp.Domain.Common;
using Erp.Domain.Inventory;
using Erp.Domain.Inventory.Counts;
using Erp.Web.Features.Platform.Organizations;
using Erp.Web.Infrastructure.Grids;
using Erp.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Inventory.Counts;

/// <summary>Reads of stock counts: the grid and its export, a count with its lines, the count sheet.</summary>
public sealed class CountQueries(IDbContextFactory<ErpDbContext> dbFactory, PermissionGuard guard)
{
    public static readonly IReadOnlyList<string> SortKeys = ["number", "date", "status", "location"];

    public async Task<Result<Paged<CountRow>>> ListAsync(CountListQuery query, int page, int pageSize, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(InventoryPermissions.View, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var filtered = Filter(db, query);
        var total = await filtered.CountAsync(ct);
        var rows = await Sort(filtered, query).Skip(Math.Max(0, page) * pageSize).Take(pageSize).ToListAsync(ct);
        return new Paged<CountRow>(rows.Select(r => r.ToRow()).ToList(), total);
    }

    public async Task<Result<CountExportRows>> ExportAsync(CountListQuery query, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(InventoryPermissions.View, ct) is { } denied)
        {
            return denied;
        }

        return new CountExportRows(StreamAsync(query, ct));
    }

    public async Task<Result<CountDetails>> GetAsync(Guid id, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(InventoryPermissions.View, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var count = await db.StockCounts.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
        if (count is null)
        {
            return CountErrors.NotFound;
        }

        var organization = await db.Organizations.Where(o => o.Id == count.OrganizationId).Select(o => o.Name).FirstOrDefaultAsync(ct) ?? "";
        var location = await db.Locations.IgnoreQueryFilters([ErpDbContext.SoftDeleteFilter]).Where(l => l.Id == count.LocationId)
            .Select(l => l.Name + " (" + l.Code + ")").FirstOrDefaultAsync(ct) ?? "";
        var category = count.CategoryId is { } categoryId
            ? await db.Categories.IgnoreQueryFilters([ErpDbContext.SoftDeleteFilter]).Where(c => c.Id == categoryId).Select(c => c.Name).FirstOrDefaultAsync(ct)
            : null;
        var lines = await LinesAsync(db, count, ct);
        return new CountDetails(count.Id, count.Number, count.Status, count.AllowedNext, count.OrganizationId, organization,
            count.LocationId, location, count.IncludeSubLocations, count.CategoryId, category, count.CountDate, count.Note,
            count.Currency, count.FrozenAt, count.PostedAt, lines);
    }

    /// <summary>The printable count sheet; a blind sheet (no expected quantities) unless <paramref name="showExpected"/>.</summary>
    public async Task<Result<CountSheet>> SheetAsync(Guid id, bool showExpected, CancellationToken ct = default)
    {
        var details = await GetAsync(id, ct);
        if (!details.IsSuccess)
        {
            return details.Error!;
        }

        var d = details.Value;
        var scope = (d.Category is null ? "Full count" : "Cycle count: " + d.Category)
                    + (d.IncludeSubLocations ? ", with sub-locations" : ", this location only");
        return new CountSheet(d.Number, d.OrganizationName, d.Location, scope, d.Status, d.CountDate, d.Note, d.FrozenAt,
            showExpected, d.Lines);
    }

    /// <summary>Categories for the cycle-count choice, in tree order.</summary>
    public async Task<IReadOnlyList<CategoryOption>> CategoriesAsync(CancellationToken ct = default)
    {
        if (!await guard.HasAsync(InventoryPermissions.View, ct))
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var categories = await db.Categories.AsNoTracking().Select(c => new { c.Id, c.ParentId, c.Name }).ToListAsync(ct);
        var byId = categories.ToDictionary(c => c.Id);
        return TreeOrder.Flatten(categories, c => c.Id, c => c.ParentId, c => c.Name)
            .Select(x => new CategoryOption(x.Item.Id, PathOf(x.Item.Id), x.Depth)).ToList();

        string PathOf(Guid id)
        {
            var parts = new List<string>();
            for (var c = byId.GetValueOrDefault(id); c is not null; c = c.ParentId is { } p ? byId.GetValueOrDefault(p) : null)
            {
                parts.Insert(0, c.Name);
            }

            return string.Join(" / ", parts);
        }
    }

    private static async Task<IReadOnlyList<CountLineRow>> LinesAsync(ErpDbContext db, StockCount count, CancellationToken ct)
    {
        var lines = await (from line in db.StockCountLines.AsNoTracking()
                           where line.CountId == count.Id
                           join location in db.Locations.IgnoreQueryFilters([ErpDbContext.SoftDeleteFilter]) on line.LocationId equals location.Id
                           join product in db.Products.IgnoreQueryFilters([ErpDbContext.SoftDeleteFilter]) on line.ProductId equals product.Id
                           join unit in db.Units.IgnoreQueryFilters([ErpDbContext.SoftDeleteFilter]) on product.UnitId equals unit.Id into units
                           from unit in units.DefaultIfEmpty()
                           select new
                           {
                               line,
                               Location = location.Name,
                               LocationCode = location.Code,
                               Unit = unit == null ? "" : unit.Code,
                               product.VariantLabel,
                           }).ToListAsync(ct);
        // Before posting the differences are valued at today's cost; a posted line shows the value it moved at.
        var costs = count.Status == StockCountStatus.Posted
            ? []
            : await CountScopes.UnitCostsAsync(db, lines.Select(l => (l.line.ProductId, l.line.LocationId)).ToList(), ct);
        return lines
            .OrderBy(l => l.LocationCode, StringComparer.Ordinal).ThenBy(l => l.line.Sku, StringComparer.Ordinal)
            .Select(l => new CountLineRow(l.line.Id, l.line.ProductId, l.line.Sku,
                l.line.ProductName + (l.VariantLabel is null ? "" : " (" + l.VariantLabel + ")"), l.Unit, l.line.LocationId,
                l.Location, l.line.ExpectedQuantity, l.line.CountedQuantity,
                costs.GetValueOrDefault((l.line.ProductId, l.line.LocationId)), l.line.AddedWhileCounting, l.line.PostedQuantity,
                l.line.PostedValue))
            .ToList();
    }

    private async IAsyncEnumerable<CountRow> StreamAsync(CountListQuery query,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await foreach (var row in Sort(Filter(db, query), query).AsAsyncEnumerable().WithCancellation(ct))
        {
            yield return row.ToRow();
        }
    }

    private static IQueryable<CountProjection> Filter(ErpDbContext db, CountListQuery query)
    {
        var counts = db.StockCounts.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var pattern = Like.Contains(query.Search);
            counts = counts.Where(c => EF.Functions.Like(c.Number, pattern, "\\"));
        }

        if (query.Status is { } status)
        {
            counts = counts.Where(c => c.Status == status);
        }

        return counts.Select(c => new CountProjection
        {
            Id = c.Id,
            Number = c.Number,
            CountDate = c.CountDate,
            Status = c.Status,
            Location = db.Locations.Where(l => l.Id == c.LocationId).Select(l => l.Name).FirstOrDefault() ?? "",
            IncludeSubLocations = c.IncludeSubLocations,
            Category = db.Categories.Where(x => x.Id == c.CategoryId).Select(x => x.Name).FirstOrDefault(),
            Lines = c.Lines.Count,
            Counted = c.Lines.Count(l => l.CountedQuantity != null),
            PostedAt = c.PostedAt,
        });
    }

    private sealed class CountProjection
    {
        public Guid Id { get; init; }
        public string Number { get; init; } = "";
        public DateOnly CountDate { get; init; }
        public StockCountStatus Status { get; init; }
        public string Location { get; init; } = "";
        public bool IncludeSubLocations { get; init; }
        public string? Category { get; init; }
        public int Lines { get; init; }
        public int Counted { get; init; }
        public DateTimeOffset? PostedAt { get; init; }

        public CountRow ToRow() => new(Id, Number, CountDate, Status, Location, IncludeSubLocations, Category, Lines, Counted, PostedAt);
    }

    /// <summary>Whitelisted sort keys; ties break on number then id so pages and exports agree on the order.</summary>
    private static IQueryable<CountProjection> Sort(IQueryable<CountProjection> rows, CountListQuery query)
    {
        var ordered = (query.Sort, query.Desc) switch
        {
            ("number", false) => rows.OrderBy(r => r.Number),
            ("number", true) => rows.OrderByDescending(r => r.Number),
            ("status", false) => rows.OrderBy(r => r.Status),
            ("status", true) => rows.OrderByDescending(r => r.Status),
            ("location", false) => rows.OrderBy(r => r.Location),
            ("location", true) => rows.OrderByDescending(r => r.Location),
            ("date", false) => rows.OrderBy(r => r.CountDate),
            _ => rows.OrderByDescending(r => r.CountDate),
        };
        return ordered.ThenByDescending(r => r.Number).ThenBy(r => r.Id);
    }
}
