using Erp.Data;
using Erp.Domain.Catalog;
using Erp.Domain.Inventory;

namespace Erp.Web.Features.Inventory.LowStock;

/// <summary>
/// A stock level with its effective reorder point: the location's own, else the product's, else the tenant default.
/// Init properties (not a positional record) so that queries can filter and sort on them after the projection.
/// </summary>
public sealed record ReorderLevel
{
    public Guid ProductId { get; init; }
    public Guid LocationId { get; init; }
    public string Sku { get; init; } = "";
    public string Name { get; init; } = "";
    public string? VariantLabel { get; init; }
    public string Location { get; init; } = "";
    public decimal OnHand { get; init; }
    public decimal ReorderPoint { get; init; }
    public decimal ReorderQuantity { get; init; }
    public bool ProductActive { get; init; }
}

/// <summary>The one place the effective reorder point of a product × location is worked out, in SQL.</summary>
public static class ReorderLevels
{
    /// <summary>
    /// Every stock level of the tenant with its effective reorder point. A location's own point (even 0, which switches
    /// alerts off there) wins; a product point of 0 means "none", so the tenant default applies.
    /// </summary>
    public static IQueryable<ReorderLevel> Query(ErpDbContext db, decimal defaultReorderPoint) =>
        from l in db.StockLevels
        join p in db.Products on l.ProductId equals p.Id
        join loc in db.Locations on l.LocationId equals loc.Id
        select new ReorderLevel
        {
            ProductId = l.ProductId, LocationId = l.LocationId, Sku = p.Sku, Name = p.Name, VariantLabel = p.VariantLabel,
            Location = loc.Name, OnHand = l.OnHand,
            ReorderPoint = l.ReorderPoint ?? (p.ReorderPoint > 0m ? p.ReorderPoint : defaultReorderPoint),
            ReorderQuantity = l.ReorderQuantity ?? p.ReorderQuantity, ProductActive = p.IsActive,
        };

    /// <summary>Active products' levels at or below a reorder point above zero.</summary>
    public static IQueryable<ReorderLevel> Low(ErpDbContext db, decimal defaultReorderPoint) =>
        Query(db, defaultReorderPoint).Where(r => r.ProductActive && r.ReorderPoint > 0m && r.OnHand <= r.ReorderPoint);

    public static bool IsStockable(ProductKind kind) => kind is ProductKind.Simple or ProductKind.Variant;

    public static StockStatus StatusOf(decimal onHand, decimal reorderPoint) => StockStatusRule.Of(onHand, reorderPoint);
}
