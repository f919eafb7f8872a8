using Erp.Data;
using Erp.Domain.Catalog;
using Erp.Domain.Inventory.Counts;
using Erp.Domain.Platform;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Inventory.Counts;

/// <summary>Which locations and categories a count covers, computed from the (small) location and category trees.</summary>
internal static class CountScopes
{
    /// <summary>The count's location, plus every location below it when the count includes sub-locations (never transit).</summary>
    public static async Task<List<Guid>> LocationIdsAsync(ErpDbContext db, Guid locationId, bool includeSubLocations, CancellationToken ct)
    {
        var locations = await db.Locations.AsNoTracking().Where(l => l.Kind != LocationKind.Transit)
            .Select(l => new { l.Id, l.ParentId }).ToListAsync(ct);
        if (locations.All(l => l.Id != locationId))
        {
            return [];
        }

        var result = new List<Guid> { locationId };
        if (includeSubLocations)
        {
            var children = locations.Where(l => l.ParentId is not null).ToLookup(l => l.ParentId!.Value, l => l.Id);
            for (var i = 0; i < result.Count; i++)
            {
                result.AddRange(children[result[i]]);
            }
        }

        return result;
    }

    /// <summary>The category and all its sub-categories.</summary>
    public static async Task<List<Guid>> CategoryIdsAsync(ErpDbContext db, Guid categoryId, CancellationToken ct)
    {
        var categories = await db.Categories.AsNoTracking().Select(c => new { c.Id, c.ParentId }).ToListAsync(ct);
        var children = categories.Where(c => c.ParentId is not null).ToLookup(c => c.ParentId!.Value, c => c.Id);
        var result = new List<Guid> { categoryId };
        for (var i = 0; i < result.Count; i++)
        {
            result.AddRange(children[result[i]]);
        }

        return result;
    }

    /// <summary>On-hand of every product × location in scope, now (inside the freezing transaction).</summary>
    public static async Task<List<FrozenStock>> StockInScopeAsync(ErpDbContext db, StockCount count, CancellationToken ct)
    {
        var locationIds = await LocationIdsAsync(db, count.LocationId, count.IncludeSubLocations, ct);
        var products = db.Products.AsNoTracking();
        if (count.CategoryId is { } categoryId)
        {
            var categoryIds = await CategoryIdsAsync(db, categoryId, ct);
            products = products.Where(p => p.CategoryId != null && categoryIds.Contains(p.CategoryId.Value));
        }

        var rows = await (from level in db.StockLevels.AsNoTracking()
                          join product in products on level.ProductId equals product.Id
                          where locationIds.Contains(level.LocationId) && level.OnHand != 0m
                          select new { level.ProductId, level.LocationId, level.OnHand, product.Name, product.Sku })
            .ToListAsync(ct);
        return rows.OrderBy(r => r.Sku, StringComparer.Ordinal)
            .Select(r => new FrozenStock(r.ProductId, r.LocationId, new Domain.Inventory.ProductSnapshot(r.Name, r.Sku), r.OnHand))
            .ToList();
    }

    /// <summary>
    /// The on-hand of a product × location at <paramref name="at"/>, read from the ledger's running balance (the last
    /// movement at or before that time), for a line added after the freeze.
    /// </summary>
    public static async Task<decimal> OnHandAtAsync(ErpDbContext db, Guid productId, Guid locationId, DateTimeOffset at, CancellationToken ct) =>
        await db.StockMovements.AsNoTracking()
            .Where(m => m.ProductId == productId && m.LocationId == locationId && m.OccurredAt <= at)
            .OrderByDescending(m => m.Sequence).Select(m => (decimal?)m.OnHandAfter).FirstOrDefaultAsync(ct) ?? 0m;

    /// <summary>
    /// The unit cost a count values a product × location at: the stock level's current cost (average / FIFO value per
    /// unit, or its last cost when empty), else the product's catalog cost.
    /// </summary>
    public static async Task<Dictionary<(Guid Product, Guid Location), decimal>> UnitCostsAsync(ErpDbContext db,
        IReadOnlyCollection<(Guid Product, Guid Location)> keys, CancellationToken ct)
    {
        var productIds = keys.Select(k => k.Product).Distinct().ToList();
        var locationIds = keys.Select(k => k.Location).Distinct().ToList();
        var levels = await db.StockLevels.AsNoTracking()
            .Where(l => productIds.Contains(l.ProductId) && locationIds.Contains(l.LocationId))
            .Select(l => new { l.ProductId, l.LocationId, l.OnHand, l.Value, l.LastUnitCost }).ToListAsync(ct);
        var catalog = await db.Products.AsNoTracking().IgnoreQueryFilters([ErpDbContext.SoftDeleteFilter])
            .Where(p => productIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Cost, ct);
        var byKey = levels.ToDictionary(l => (l.ProductId, l.LocationId));
        return keys.Distinct().ToDictionary(k => k, k => byKey.TryGetValue(k, out var level) && (level.OnHand > 0m || level.LastUnitCost > 0m)
            ? (level.OnHand > 0m ? Domain.Inventory.Valuation.CostRounding.UnitCost(level.Value / level.OnHand) : level.LastUnitCost)
            : catalog.GetValueOrDefault(k.Product));
    }
}
