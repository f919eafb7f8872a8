using Erp.Data;
using Erp.Domain.Catalog;
using Erp.Domain.Inventory;
using Erp.Domain.Platform;
using Erp.Web.Features.Inventory.Stock;
using Erp.Web.Features.Platform.Organizations;
using Erp.Web.Infrastructure.Grids;
using Erp.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Inventory.Shared;

/// <summary>A product that can hold stock (simple product or variant), as offered by pickers and scanners.</summary>
public sealed record StockProductOption(Guid Id, string Sku, string Barcode, string Name, Guid UnitId, string UnitCode, decimal Cost)
{
    public string Display => $"{Sku} — {Name}";
}

/// <summary>A location that can hold stock, with its place in the tree ("Main warehouse / Zone A / Bin 1").</summary>
public sealed record StockLocationOption(Guid Id, Guid OrganizationId, string OrganizationName, string Code, string Path, LocationKind Kind, int Depth);

/// <summary>A unit a product's quantity can be entered in (its base unit, or one that converts to it).</summary>
public sealed record UnitChoice(Guid Id, string Code, decimal FactorToBase);

/// <summary>Look-ups shared by the inventory screens: stockable products, stock locations, units of a product.</summary>
public sealed class InventoryLookups(IDbContextFactory<ErpDbContext> dbFactory, PermissionGuard guard)
{
    /// <summary>Active simple products and variants whose SKU, barcode or name contains <paramref name="search"/>.</summary>
    public async Task<IReadOnlyList<StockProductOption>> SearchProductsAsync(string? search, CancellationToken ct = default)
    {
        if (!await guard.HasAsync(InventoryPermissions.View, ct))
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var products = Stockable(db);
        if (!string.IsNullOrWhiteSpace(search))
        {
            var pattern = Like.Contains(search);
            products = products.Where(p => EF.Functions.Like(p.Sku, pattern, "\\") || EF.Functions.Like(p.Barcode, pattern, "\\")
                                           || EF.Functions.Like(p.Name, pattern, "\\"));
        }

        return await Options(db, products.OrderBy(p => p.Sku).Take(30)).ToListAsync(ct);
    }

    /// <summary>The stockable product with exactly this SKU or barcode (what a scanner sends), or null.</summary>
    public async Task<StockProductOption?> FindByCodeAsync(string? code, CancellationToken ct = default)
    {
        var trimmed = code?.Trim();
        if (string.IsNullOrEmpty(trimmed) || !await guard.HasAsync(InventoryPermissions.View, ct))
        {
            return null;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var upper = trimmed.ToUpperInvariant();
        return await Options(db, Stockable(db).Where(p => p.Barcode == trimmed || p.Sku == upper || p.Sku == trimmed)).FirstOrDefaultAsync(ct);
    }

    public async Task<StockProductOption?> ProductAsync(Guid id, CancellationToken ct = default)
    {
        if (!await guard.HasAsync(InventoryPermissions.View, ct))
        {
            return null;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await Options(db, db.Products.AsNoTracking().Where(p => p.Id == id)).FirstOrDefaultAsync(ct);
    }

    /// <summary>Every location that can hold stock (not the in-transit ones), organization by organization, in tree order.</summary>
    public async Task<IReadOnlyList<StockLocationOption>> LocationsAsync(CancellationToken ct = default)
    {
        if (!await guard.HasAsync(InventoryPermissions.View, ct))
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var tree = await StockLocationTree.LoadAsync(db, ct);
        var locations = await db.Locations.AsNoTracking().Where(l => l.Kind != LocationKind.Transit)
            .Select(l => new { l.Id, l.ParentId, l.OrganizationId, l.Name, l.Code, l.Kind }).ToListAsync(ct);
        return TreeOrder.Flatten(locations, l => l.Id, l => l.ParentId, l => l.Name)
            .Select(x => new StockLocationOption(x.Item.Id, x.Item.OrganizationId, tree.OrganizationName(x.Item.OrganizationId),
                x.Item.Code, tree.PathOf(x.Item.Id), x.Item.Kind, x.Depth))
            .OrderBy(o => o.OrganizationName, StringComparer.CurrentCulture)
            .ToList();
    }

    /// <summary>The product's base unit first, then every unit that converts to it.</summary>
    public async Task<IReadOnlyList<UnitChoice>> UnitsForAsync(Guid productId, CancellationToken ct = default)
    {
        if (!await guard.HasAsync(InventoryPermissions.View, ct))
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var baseUnitId = await db.Products.Where(p => p.Id == productId).Select(p => (Guid?)p.UnitId).FirstOrDefaultAsync(ct);
        if (baseUnitId is null)
        {
            return [];
        }

        var units = await db.Units.AsNoTracking().ToListAsync(ct);
        var baseUnit = units.Single(u => u.Id == baseUnitId);
        return units.Where(u => UnitConversion.CanConvert(u, baseUnit))
            .Select(u => new UnitChoice(u.Id, u.Code, UnitConversion.Convert(1m, u, baseUnit).Value))
            .OrderBy(u => u.Id != baseUnitId).ThenBy(u => u.FactorToBase)
            .ToList();
    }

    private static IQueryable<Product> Stockable(ErpDbContext db) =>
        db.Products.AsNoTracking().Where(p => p.IsActive && (p.Kind == ProductKind.Simple || p.Kind == ProductKind.Variant));

    private static IQueryable<StockProductOption> Options(ErpDbContext db, IQueryable<Product> products) =>
        products.Select(p => new StockProductOption(p.Id, p.Sku, p.Barcode,
            p.Name + (p.VariantLabel == null ? "" : " (" + p.VariantLabel + ")"), p.UnitId,
            db.Units.Where(u => u.Id == p.UnitId).Select(u => u.Code).FirstOrDefault() ?? "", p.Cost));
}
