using Erp.Data;
using Erp.Data.Tenancy;
using Erp.Domain.Catalog;
using Erp.Domain.Common;
using Erp.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Catalog.Products;

/// <summary>
/// Soft-deletes a product (a family with its variants), with a reason. Refused while any of them has stock (on hand
/// other than zero at any location) or is a component of a kit: archiving is the way to retire such a product.
/// Movements keep the product's name and SKU, so stock cards stay readable after a delete.
/// </summary>
public sealed class DeleteProductCommand(IDbContextFactory<ErpDbContext> dbFactory, PermissionGuard guard, ITenantContext tenant,
    TimeProvider clock)
{
    public async Task<Result> DeleteAsync(Guid id, string reason, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(CatalogPermissions.Manage, ct) is { } denied)
        {
            return denied;
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return CommonErrors.DeleteReasonRequired;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        // BEGIN IMMEDIATE on SQLite: no stock can be posted between the check and the delete.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var products = await db.Products.Where(p => p.Id == id || p.ParentId == id).ToListAsync(ct);
        if (!products.Any(p => p.Id == id))
        {
            return CatalogErrors.ProductNotFound;
        }

        var ids = products.Select(p => p.Id).ToList();
        var stocked = await (from l in db.StockLevels
                             join loc in db.Locations on l.LocationId equals loc.Id
                             join p in db.Products on l.ProductId equals p.Id
                             where ids.Contains(l.ProductId) && l.OnHand != 0m
                             orderby p.Sku, loc.Name
                             select new { p.Sku, Location = loc.Name, l.OnHand })
            .FirstOrDefaultAsync(ct);
        if (stocked is not null)
        {
            return CatalogErrors.HasStock(stocked.Sku, stocked.Location, stocked.OnHand);
        }

        var kit = await (from c in db.Set<KitComponent>()
                         join k in db.Products on c.KitId equals k.Id
                         where ids.Contains(c.ComponentId)
                         orderby k.Sku
                         select k.Sku).FirstOrDefaultAsync(ct);
        if (kit is not null)
        {
            return CatalogErrors.UsedInKit(kit);
        }

        var now = clock.GetUtcNow();
        foreach (var product in products)
        {
            product.MarkDeleted(reason, tenant.UserId, now);
        }

        try
        {
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch (DbUpdateException)
        {
            return CatalogErrors.ChangedByAnotherUser;
        }

        return Result.Success();
    }
}
