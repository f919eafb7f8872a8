using Erp.Data;
using Erp.Domain.Catalog;
using Erp.Domain.Common;
using Erp.Web.Features.Platform.Organizations;
using Erp.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Catalog.Reference;

/// <summary>Categories, brands, units and attributes for their small admin screens (tens to hundreds of rows).</summary>
public sealed class CatalogReferenceQueries(IDbContextFactory<ErpDbContext> dbFactory, PermissionGuard guard)
{
    public async Task<Result<IReadOnlyList<CategoryRow>>> CategoriesAsync(CancellationToken ct = default)
    {
        if (await guard.CheckAsync(CatalogPermissions.View, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var counts = await db.Products.Where(p => p.CategoryId != null).GroupBy(p => p.CategoryId!.Value)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var all = await db.Categories.AsNoTracking().Select(c => new { c.Id, c.ParentId, c.Name }).ToListAsync(ct);
        return TreeOrder.Flatten(all, c => c.Id, c => c.ParentId, c => c.Name)
            .Select(x => new CategoryRow(x.Item.Id, x.Item.ParentId, x.Item.Name, x.Depth, counts.GetValueOrDefault(x.Item.Id)))
            .ToList();
    }

    public async Task<Result<IReadOnlyList<BrandRow>>> BrandsAsync(CancellationToken ct = default)
    {
        if (await guard.CheckAsync(CatalogPermissions.View, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Brands.AsNoTracking().OrderBy(b => b.Name)
            .Select(b => new BrandRow(b.Id, b.Name, db.Products.Count(p => p.BrandId == b.Id))).ToListAsync(ct);
    }

    public async Task<Result<IReadOnlyList<UnitRow>>> UnitsAsync(CancellationToken ct = default)
    {
        if (await guard.CheckAsync(CatalogPermissions.View, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Units.AsNoTracking().OrderBy(u => u.Code)
            .Select(u => new UnitRow(u.Id, u.Code, u.Name, u.BaseUnitId,
                db.Units.Where(b => b.Id == u.BaseUnitId).Select(b => b.Code).FirstOrDefault(), u.Factor))
            .ToListAsync(ct);
    }

    public async Task<Result<IReadOnlyList<AttributeRow>>> AttributesAsync(CancellationToken ct = default)
    {
        if (await guard.CheckAsync(CatalogPermissions.View, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var attributes = await db.ProductAttributes.AsNoTracking().Include(a => a.Values).OrderBy(a => a.Name).ToListAsync(ct);
        return attributes.Select(a => new AttributeRow(a.Id, a.Name, a.Values.OrderBy(v => v.SortOrder).Select(v => v.Value).ToList())).ToList();
    }
}
