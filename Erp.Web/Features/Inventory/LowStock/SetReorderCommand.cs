using Erp.Data;
using Erp.Domain.Catalog;
using Erp.Domain.Common;
using Erp.Domain.Inventory;
using Erp.Web.Features.Inventory.Ledger;
using Erp.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Inventory.LowStock;

/// <summary>
/// Sets (or clears, with nulls) a location's own reorder point and quantity for a product. A location where the product
/// has never had stock gets an empty stock level to hold them (no movement, on hand 0).
/// </summary>
public sealed class SetReorderCommand(IDbContextFactory<ErpDbContext> dbFactory, PermissionGuard guard, StockChangeNotifier notifier)
{
    public const decimal Max = 1_000_000_000m;

    public async Task<Result> SetAsync(Guid productId, Guid locationId, decimal? reorderPoint, decimal? reorderQuantity,
        CancellationToken ct = default)
    {
        if (await guard.CheckAsync(InventoryPermissions.Manage, ct) is { } denied)
        {
            return denied;
        }

        if (reorderPoint is < 0m or > Max || reorderQuantity is < 0m or > Max)
        {
            return InventoryErrors.ReorderOutOfRange;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var product = await db.Products.AsNoTracking().Where(p => p.Id == productId).Select(p => new { p.Kind, p.Sku })
            .FirstOrDefaultAsync(ct);
        if (product is null)
        {
            return CatalogErrors.ProductNotFound;
        }

        if (product.Kind == ProductKind.Kit)
        {
            return InventoryErrors.KitHoldsNoStock(product.Sku);
        }

        if (product.Kind == ProductKind.WithVariants)
        {
            return InventoryErrors.ChooseVariant(product.Sku);
        }

        var organizationId = await db.Locations.Where(l => l.Id == locationId).Select(l => (Guid?)l.OrganizationId).FirstOrDefaultAsync(ct);
        if (organizationId is null)
        {
            return InventoryErrors.UnknownLocation;
        }

        var level = await db.StockLevels.FirstOrDefaultAsync(l => l.ProductId == productId && l.LocationId == locationId, ct);
        if (level is null)
        {
            level = new StockLevel(organizationId.Value, productId, locationId);
            db.StockLevels.Add(level);
        }

        try
        {
            level.SetReorder(reorderPoint, reorderQuantity);
            await db.SaveChangesAsync(ct);
        }
        catch (DomainException ex)
        {
            return ex.Error;
        }
        catch (DbUpdateException)
        {
            // Stock was posted (or the level created) at the same moment: nothing was saved.
            return CommonErrors.ChangedByAnotherUser;
        }

        notifier.Publish(new StockChanged(db.CurrentTenantId!.Value, [productId], [locationId]));
        return Result.Success();
    }
}
