using Erp.Data;
using Erp.Data.Inventory;
using Erp.Domain.Catalog;
using Erp.Domain.Common;
using Erp.Domain.Inventory;
using Erp.Domain.Inventory.Valuation;
using Erp.Web.Infrastructure.Grids;
using Erp.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Inventory.Stock;

/// <summary>
/// The stock list (product × location) and its Excel export. Filter, sort, paging, count and totals run in the database;
/// location paths come from the small location tree.
/// </summary>
public sealed class StockQueries(IDbContextFactory<ErpDbContext> dbFactory, PermissionGuard guard)
{
    public async Task<Result<StockListPage>> ListAsync(StockListQuery query, int page, int pageSize, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(InventoryPermissions.View, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var tree = await StockLocationTree.LoadAsync(db, ct);
        var filtered = await FilterAsync(db, tree, query, ct);
        var totals = await filtered.GroupBy(_ => 1)
            .Select(g => new { Count = g.Count(), OnHand = g.Sum(x => x.Level.OnHand), Value = g.Sum(x => x.Level.Value) })
            .FirstOrDefaultAsync(ct);
        if (totals is null)
        {
            return new StockListPage([], 0, 0m, 0m);
        }

        var rows = await Project(db, Sort(filtered, query)).Skip(Math.Max(0, page) * pageSize).Take(pageSize).ToListAsync(ct);
        return new StockListPage(rows.Select(r => r.ToRow(tree)).ToList(), totals.Count, totals.OnHand, totals.Value);
    }

    public async Task<Result<StockExportRows>> ExportAsync(StockListQuery query, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(InventoryPermissions.View, ct) is { } denied)
        {
            return denied;
        }

        return new StockExportRows(StreamAsync(query, ct));
    }

    /// <summary>Locations for the filter, in-transit ones included.</summary>
    public async Task<IReadOnlyList<StockLocationFilterOption>> LocationOptionsAsync(CancellationToken ct = default)
    {
        if (!await guard.HasAsync(InventoryPermissions.View, ct))
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return (await StockLocationTree.LoadAsync(db, ct)).FilterOptions();
    }

    /// <summary>Categories for the filter, in tree order with their depth.</summary>
    public async Task<IReadOnlyList<(Guid Id, string Name, int Depth)>> CategoryOptionsAsync(CancellationToken ct = default)
    {
        if (!await guard.HasAsync(InventoryPermissions.View, ct))
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var categories = await db.Categories.AsNoTracking().Select(c => new { c.Id, c.ParentId, c.Name }).ToListAsync(ct);
        return Platform.Organizations.TreeOrder.Flatten(categories, c => c.Id, c => c.ParentId, c => c.Name)
            .Select(x => (x.Item.Id, x.Item.Name, x.Depth)).ToList();
    }

    private async IAsyncEnumerable<StockLevelRow> StreamAsync(StockListQuery query,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var tree = await StockLocationTree.LoadAsync(db, ct);
        var filtered = await FilterAsync(db, tree, query, ct);
        await foreach (var row in Project(db, Sort(filtered, query)).AsAsyncEnumerable().WithCancellation(ct))
        {
            yield return row.ToRow(tree);
        }
    }

    private static async Task<IQueryable<LevelWithProduct>> FilterAsync(ErpDbContext db, StockLocationTree tree, StockListQuery query,
        CancellationToken ct)
    {
        var defaultReorderPoint = (await StockLedger.SettingsAsync(db, ct)).DefaultReorderPoint;
        var rows = from l in db.StockLevels.AsNoTracking()
                   join p in db.Products.AsNoTracking() on l.ProductId equals p.Id
                   select new LevelWithProduct
                   {
                       Level = l,
                       Product = p,
                       ReorderPoint = l.ReorderPoint ?? (p.ReorderPoint > 0m ? p.ReorderPoint : defaultReorderPoint),
                   };

        if (query.LocationId is { } locationId)
        {
            var ids = tree.WithDescendants(locationId).ToList();
            rows = rows.Where(r => ids.Contains(r.Level.LocationId));
        }

        if (query.CategoryId is { } categoryId)
        {
            var ids = await CategoryIdsAsync(db, categoryId, ct);
            rows = rows.Where(r => r.Product.CategoryId != null && ids.Contains(r.Product.CategoryId.Value));
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var term = query.Search.Trim();
            var contains = Like.Contains(term);
            var prefix = Like.Escape(term) + "%";
            rows = rows.Where(r => EF.Functions.Like(r.Product.Sku, prefix, "\\") || EF.Functions.Like(r.Product.Barcode, prefix, "\\")
                                   || EF.Functions.Like(r.Product.Name, contains, "\\"));
        }

        rows = query.Status switch
        {
            StockStatus.Out => rows.Where(r => r.Level.OnHand <= 0m),
            StockStatus.Low => rows.Where(r => r.Level.OnHand > 0m && r.Level.OnHand <= r.ReorderPoint),
            StockStatus.InStock => rows.Where(r => r.Level.OnHand > r.ReorderPoint && r.Level.OnHand > 0m),
            _ => rows,
        };

        if (!query.IncludeEmpty && query.Status != StockStatus.Out)
        {
            rows = rows.Where(r => r.Level.OnHand != 0m || r.Level.Reserved != 0m);
        }

        return rows;
    }

    /// <summary>The category and all its sub-categories (the tree is small).</summary>
    internal static async Task<List<Guid>> CategoryIdsAsync(ErpDbContext db, Guid categoryId, CancellationToken ct)
    {
        var tree = await db.Categories.AsNoTracking().Select(c => new { c.Id, c.ParentId }).ToListAsync(ct);
        var children = tree.Where(c => c.ParentId != null).ToLookup(c => c.ParentId!.Value, c => c.Id);
        var ids = new HashSet<Guid>();
        var pending = new Stack<Guid>([categoryId]);
        while (pending.TryPop(out var id))
        {
            if (ids.Add(id))
            {
                foreach (var child in children[id])
                {
                    pending.Push(child);
                }
            }
        }

        return [.. ids];
    }

    /// <summary>Whitelisted sort keys; ties break on SKU then location so pages and the export agree.</summary>
    private static IQueryable<LevelWithProduct> Sort(IQueryable<LevelWithProduct> rows, StockListQuery query) =>
        (query.Sort, query.Desc) switch
        {
            ("name", false) => rows.OrderBy(r => r.Product.Name).ThenBy(r => r.Product.Sku).ThenBy(r => r.Level.LocationId),
            ("name", true) => rows.OrderByDescending(r => r.Product.Name).ThenBy(r => r.Product.Sku).ThenBy(r => r.Level.LocationId),
            ("onHand", false) => rows.OrderBy(r => r.Level.OnHand).ThenBy(r => r.Product.Sku).ThenBy(r => r.Level.LocationId),
            ("onHand", true) => rows.OrderByDescending(r => r.Level.OnHand).ThenBy(r => r.Product.Sku).ThenBy(r => r.Level.LocationId),
            ("reserved", false) => rows.OrderBy(r => r.Level.Reserved).ThenBy(r => r.Product.Sku).ThenBy(r => r.Level.LocationId),
            ("reserved", true) => rows.OrderByDescending(r => r.Level.Reserved).ThenBy(r => r.Product.Sku).ThenBy(r => r.Level.LocationId),
            ("value", false) => rows.OrderBy(r => r.Level.Value).ThenBy(r => r.Product.Sku).ThenBy(r => r.Level.LocationId),
            ("value", true) => rows.OrderByDescending(r => r.Level.Value).ThenBy(r => r.Product.Sku).ThenBy(r => r.Level.LocationId),
            ("sku", true) => rows.OrderByDescending(r => r.Product.Sku).ThenBy(r => r.Level.LocationId),
            _ => rows.OrderBy(r => r.Product.Sku).ThenBy(r => r.Level.LocationId),
        };

    private static IQueryable<RawRow> Project(ErpDbContext db, IQueryable<LevelWithProduct> rows) =>
        rows.Select(r => new RawRow(r.Product.Id, r.Product.Sku,
            r.Product.VariantLabel == null ? r.Product.Name : r.Product.Name + " (" + r.Product.VariantLabel + ")",
            db.Units.Where(u => u.Id == r.Product.UnitId).Select(u => u.Code).FirstOrDefault() ?? "",
            r.Level.LocationId, r.Level.OnHand, r.Level.Reserved, r.Level.Value, r.Level.LastUnitCost, r.ReorderPoint));

    internal sealed class LevelWithProduct
    {
        public required StockLevel Level { get; init; }
        public required Product Product { get; init; }
        public decimal ReorderPoint { get; init; }
    }

    private sealed record RawRow(Guid ProductId, string Sku, string Name, string Unit, Guid LocationId, decimal OnHand,
        decimal Reserved, decimal Value, decimal LastUnitCost, decimal ReorderPoint)
    {
        // Stock in transit is in no warehouse's available stock.
        public StockLevelRow ToRow(StockLocationTree tree)
        {
            var transit = tree.IsTransit(LocationId);
            return new StockLevelRow(ProductId, Sku, Name, Unit, LocationId, tree.PathOf(LocationId), transit, OnHand, Reserved,
                transit ? 0m : OnHand - Reserved, OnHand > 0m ? CostRounding.UnitCost(Value / OnHand) : LastUnitCost, Value,
                StockStatusRule.Of(OnHand, ReorderPoint));
        }
    }
}
