using Erp.Data;
using Erp.Data.Inventory;
using Erp.Domain.Catalog;
using Erp.Domain.Common;
using Erp.Domain.Inventory;
using Erp.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Inventory.LowStock;

/// <summary>One location's stock of a product, with its own reorder values (null = inherited) and the effective ones.</summary>
public sealed record LocationStockRow(Guid LocationId, string Location, string Code, decimal OnHand, decimal Reserved, decimal Value,
    decimal? OwnReorderPoint, decimal? OwnReorderQuantity, decimal ReorderPoint, decimal ReorderQuantity)
{
    public decimal Available => OnHand - Reserved;
    public StockStatus Status => StockStatusRule.Of(OnHand, ReorderPoint);
}

/// <summary>The product page's Stock tab: stock per location, the inherited reorder values, and where else it can be set.</summary>
public sealed record ProductStockDetails(bool Stockable, decimal ProductReorderPoint, decimal ProductReorderQuantity,
    decimal DefaultReorderPoint, IReadOnlyList<LocationStockRow> Locations, IReadOnlyList<LocationOption> OtherLocations)
{
    public decimal InheritedReorderPoint => ProductReorderPoint > 0m ? ProductReorderPoint : DefaultReorderPoint;
}

public sealed record LocationOption(Guid Id, string Name, string Code);

public sealed class ProductStockQueries(IDbContextFactory<ErpDbContext> dbFactory, PermissionGuard guard)
{
    public async Task<Result<ProductStockDetails>> ForProductAsync(Guid productId, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(InventoryPermissions.View, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var product = await db.Products.AsNoTracking().Where(p => p.Id == productId)
            .Select(p => new { p.Kind, p.ReorderPoint, p.ReorderQuantity }).FirstOrDefaultAsync(ct);
        if (product is null)
        {
            return CatalogErrors.ProductNotFound;
        }

        var settings = await StockLedger.SettingsAsync(db, ct);
        if (!ReorderLevels.IsStockable(product.Kind))
        {
            return new ProductStockDetails(false, product.ReorderPoint, product.ReorderQuantity, settings.DefaultReorderPoint, [], []);
        }

        var inherited = product.ReorderPoint > 0m ? product.ReorderPoint : settings.DefaultReorderPoint;
        var rows = await (from l in db.StockLevels.AsNoTracking()
                          join loc in db.Locations on l.LocationId equals loc.Id
                          where l.ProductId == productId
                          select new LocationStockRow(l.LocationId, loc.Name, loc.Code, l.OnHand, l.Reserved, l.Value, l.ReorderPoint,
                              l.ReorderQuantity, l.ReorderPoint ?? inherited, l.ReorderQuantity ?? product.ReorderQuantity))
            .ToListAsync(ct);
        var used = rows.Select(r => r.LocationId).ToList();
        var others = await db.Locations.AsNoTracking().Where(l => !used.Contains(l.Id)).OrderBy(l => l.Name)
            .Select(l => new LocationOption(l.Id, l.Name, l.Code)).ToListAsync(ct);
        return new ProductStockDetails(true, product.ReorderPoint, product.ReorderQuantity, settings.DefaultReorderPoint,
            rows.OrderBy(r => r.Location, StringComparer.CurrentCulture).ToList(), others);
    }
}
