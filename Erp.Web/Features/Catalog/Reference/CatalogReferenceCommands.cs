using Erp.Data;
using Erp.Domain.Catalog;
using Erp.Domain.Common;
using Erp.Domain.Platform;
using Erp.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Catalog.Reference;

/// <summary>Saves and deletes categories, brands, units and attributes. A null id creates; names are unique per tenant.</summary>
public sealed class CatalogReferenceCommands(IDbContextFactory<ErpDbContext> dbFactory, PermissionGuard guard, TimeProvider clock)
{
    public Task<Result<Guid>> SaveCategoryAsync(Guid? id, string name, Guid? parentId, CancellationToken ct = default) =>
        RunAsync(async db =>
        {
            var trimmed = (name ?? "").Trim();
            if (await db.Categories.AnyAsync(c => c.Name == trimmed && c.ParentId == parentId && c.Id != id, ct))
            {
                return CatalogErrors.NameTaken;
            }

            var category = id is null ? null : await db.Categories.FirstOrDefaultAsync(c => c.Id == id, ct);
            if (id is not null && category is null)
            {
                return Error.NotFound("The category");
            }

            if (parentId is { } parent)
            {
                var parents = await db.Categories.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.ParentId, ct);
                if (!parents.ContainsKey(parent))
                {
                    return CatalogErrors.CategoryNotFound;
                }

                if (id is { } self && Hierarchy.WouldCreateCycle(self, parent, parents))
                {
                    return CatalogErrors.CategoryCycle;
                }
            }

            if (category is null)
            {
                category = new Category(trimmed, parentId);
                db.Categories.Add(category);
            }
            else
            {
                category.Rename(trimmed);
                category.MoveUnder(parentId);
            }

            await db.SaveChangesAsync(ct);
            return category.Id;
        }, ct);

    public Task<Result<Guid>> SaveBrandAsync(Guid? id, string name, CancellationToken ct = default) =>
        RunAsync(async db =>
        {
            var trimmed = (name ?? "").Trim();
            if (await db.Brands.AnyAsync(b => b.Name == trimmed && b.Id != id, ct))
            {
                return CatalogErrors.NameTaken;
            }

            var brand = id is null ? null : await db.Brands.FirstOrDefaultAsync(b => b.Id == id, ct);
            if (id is not null && brand is null)
            {
                return Error.NotFound("The brand");
            }

            if (brand is null)
            {
                brand = new Brand(trimmed);
                db.Brands.Add(brand);
            }
            else
            {
                brand.Rename(trimmed);
            }

            await db.SaveChangesAsync(ct);
            return brand.Id;
        }, ct);

    public Task<Result<Guid>> SaveUnitAsync(Guid? id, string code, string name, Guid? baseUnitId, decimal factor, CancellationToken ct = default) =>
        RunAsync(async db =>
        {
            var trimmed = (code ?? "").Trim();
            if (await db.Units.IgnoreQueryFilters([ErpDbContext.SoftDeleteFilter]).AnyAsync(u => u.Code == trimmed && u.Id != id, ct))
            {
                return CatalogErrors.CodeTaken;
            }

            var unit = id is null ? null : await db.Units.FirstOrDefaultAsync(u => u.Id == id, ct);
            if (id is not null && unit is null)
            {
                return CatalogErrors.UnitNotFound;
            }

            if (baseUnitId is { } baseId)
            {
                // Conversions go through one base unit: the base must itself be a base unit, and not this one.
                var baseUnit = await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Id == baseId, ct);
                if (baseUnit is null || baseUnit.BaseUnitId is not null || baseId == id)
                {
                    return CatalogErrors.UnitNotFound;
                }

                if (id is { } self && await db.Units.AnyAsync(u => u.BaseUnitId == self, ct))
                {
                    return CatalogErrors.InUse;
                }
            }

            if (unit is null)
            {
                unit = new Unit(trimmed, name, baseUnitId, factor);
                db.Units.Add(unit);
            }
            else
            {
                unit.Update(trimmed, name, baseUnitId, factor);
            }

            await db.SaveChangesAsync(ct);
            return unit.Id;
        }, ct);

    public Task<Result<Guid>> SaveAttributeAsync(Guid? id, string name, IReadOnlyList<string> values, CancellationToken ct = default) =>
        RunAsync(async db =>
        {
            var trimmed = (name ?? "").Trim();
            if (await db.ProductAttributes.AnyAsync(a => a.Name == trimmed && a.Id != id, ct))
            {
                return CatalogErrors.NameTaken;
            }

            var attribute = id is null ? null : await db.ProductAttributes.Include(a => a.Values).FirstOrDefaultAsync(a => a.Id == id, ct);
            if (id is not null && attribute is null)
            {
                return CatalogErrors.AttributeNotFound;
            }

            if (attribute is null)
            {
                attribute = new ProductAttribute(trimmed, values);
                db.ProductAttributes.Add(attribute);
            }
            else
            {
                attribute.Rename(trimmed);
                attribute.SetValues(values);
            }

            await db.SaveChangesAsync(ct);
            return attribute.Id;
        }, ct);

    /// <summary>Deletes a category, brand, unit or attribute that no product (or sub-category, derived unit) still uses.</summary>
    public Task<Result<Guid>> DeleteAsync(Guid id, CancellationToken ct = default) =>
        RunAsync(async db =>
        {
            var inUse = await db.Products.AnyAsync(p => p.CategoryId == id || p.BrandId == id || p.UnitId == id || p.PurchaseUnitId == id, ct)
                        || await db.Categories.AnyAsync(c => c.ParentId == id, ct) || await db.Units.AnyAsync(u => u.BaseUnitId == id, ct);
            if (inUse)
            {
                return CatalogErrors.InUse;
            }

            TenantEntity? entity = await db.Categories.FirstOrDefaultAsync(c => c.Id == id, ct) as TenantEntity
                ?? await db.Brands.FirstOrDefaultAsync(b => b.Id == id, ct) as TenantEntity
                ?? await db.Units.FirstOrDefaultAsync(u => u.Id == id, ct) as TenantEntity
                ?? await db.ProductAttributes.FirstOrDefaultAsync(a => a.Id == id, ct);
            if (entity is null)
            {
                return Error.NotFound("The entry");
            }

            entity.MarkDeleted("Deleted from the catalog settings", db.Tenant.UserId, clock.GetUtcNow());
            await db.SaveChangesAsync(ct);
            return id;
        }, ct);

    private async Task<Result<Guid>> RunAsync(Func<ErpDbContext, Task<Result<Guid>>> action, CancellationToken ct)
    {
        if (await guard.CheckAsync(CatalogPermissions.Manage, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        try
        {
            return await action(db);
        }
        catch (DomainException ex)
        {
            return ex.Error;
        }
    }
}
