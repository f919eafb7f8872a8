using Erp.Data;
using Erp.Domain.Catalog;
using Erp.Domain.Sales;
using Erp.Web.Infrastructure.Grids;
using Erp.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Sales.Pricing;

/// <summary>A product that can be priced and sold: simple, variant, kit, or a family (whose price covers its variants).</summary>
public sealed record SalesProductOption(Guid Id, string Sku, string Name, ProductKind Kind)
{
    public string Display => Kind == ProductKind.WithVariants ? $"{Sku} — {Name} (all variants)" : $"{Sku} — {Name}";
}

/// <summary>
/// Product search for sales screens, with Sales.View (the inventory picker needs Inventory.View, which sales reps lack,
/// and offers no kits or families).
/// </summary>
public sealed class SalesProductLookups(IDbContextFactory<ErpDbContext> dbFactory, PermissionGuard guard)
{
    public async Task<IReadOnlyList<SalesProductOption>> SearchAsync(string? search, CancellationToken ct = default)
    {
        if (!await guard.HasAsync(SalesPermissions.View, ct))
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var products = db.Products.AsNoTracking().Where(p => p.IsActive);
        if (!string.IsNullOrWhiteSpace(search))
        {
            var pattern = Like.Contains(search);
            products = products.Where(p => EF.Functions.Like(p.Sku, pattern, "\\") || EF.Functions.Like(p.Barcode, pattern, "\\")
                                           || EF.Functions.Like(p.Name, pattern, "\\"));
        }

        return await products.OrderBy(p => p.Sku).Take(30)
            .Select(p => new SalesProductOption(p.Id, p.Sku, p.Name + (p.VariantLabel == null ? "" : " (" + p.VariantLabel + ")"), p.Kind))
            .ToListAsync(ct);
    }
}
