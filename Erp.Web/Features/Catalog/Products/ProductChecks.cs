using Erp.Data;
using Erp.Domain.Catalog;
using Erp.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Catalog.Products;

/// <summary>Checks a product needs against the database, shared by the product form and the import.</summary>
public static class ProductChecks
{
    /// <summary>Category, brand and units exist in this tenant, and the purchase unit converts to the product's unit.</summary>
    public static async Task<Error?> ReferencesAsync(ErpDbContext db, ProductFields fields, CancellationToken ct)
    {
        if (fields.CategoryId is { } category && !await db.Categories.AnyAsync(c => c.Id == category, ct))
        {
            return CatalogErrors.CategoryNotFound;
        }

        if (fields.BrandId is { } brand && !await db.Brands.AnyAsync(b => b.Id == brand, ct))
        {
            return CatalogErrors.BrandNotFound;
        }

        var unit = await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Id == fields.UnitId, ct);
        if (unit is null)
        {
            return CatalogErrors.UnitNotFound;
        }

        if (fields.PurchaseUnitId is { } purchaseId && purchaseId != unit.Id)
        {
            var purchase = await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Id == purchaseId, ct);
            if (purchase is null)
            {
                return CatalogErrors.UnitNotFound;
            }

            if (!UnitConversion.CanConvert(purchase, unit))
            {
                return CatalogErrors.NoConversion;
            }
        }

        return null;
    }

    /// <summary>SKUs and barcodes already used in this tenant (deleted products keep theirs), other than <paramref name="except"/>.</summary>
    public static async Task<Error?> CodesFreeAsync(ErpDbContext db, IReadOnlyCollection<string> skus, IReadOnlyCollection<string> barcodes,
        Guid? except, CancellationToken ct)
    {
        var all = db.Products.IgnoreQueryFilters([ErpDbContext.SoftDeleteFilter]).Where(p => p.Id != except);
        if (skus.Count > 0 && await all.AnyAsync(p => skus.Contains(p.Sku), ct))
        {
            return CatalogErrors.SkuTaken;
        }

        if (barcodes.Count > 0 && await all.AnyAsync(p => barcodes.Contains(p.Barcode), ct))
        {
            return CatalogErrors.BarcodeTaken;
        }

        return null;
    }

    /// <summary>
    /// Hands out the next in-store EAN-13 codes (prefix 200) after the highest one the tenant has. Two saves racing
    /// for the same code collide on the unique index: the loser is told to try again, never given a duplicate.
    /// </summary>
    public static async Task<Queue<string>> NextBarcodesAsync(ErpDbContext db, int count, CancellationToken ct)
    {
        var highest = await db.Products.IgnoreQueryFilters([ErpDbContext.SoftDeleteFilter])
            .Where(p => p.Barcode.StartsWith(Ean13.InStorePrefix))
            .OrderByDescending(p => p.Barcode).Select(p => p.Barcode).FirstOrDefaultAsync(ct);
        var next = (Ean13.SequenceOf(highest) ?? 0) + 1;
        var codes = new Queue<string>(count);
        for (var i = 0; i < count; i++)
        {
            codes.Enqueue(Ean13.InStore(next + i));
        }

        return codes;
    }

    public static string NormalizeSku(string? sku) => (sku ?? "").Trim().ToUpperInvariant();

    public static string? NormalizeBarcode(string? barcode) => string.IsNullOrWhiteSpace(barcode) ? null : barcode.Trim();
}
