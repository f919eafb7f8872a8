using Erp.Data;
using Erp.Data.Inventory;
using Erp.Domain.Catalog;
using Erp.Domain.Common;
using Erp.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Catalog.Products;

/// <summary>Creates products (with their generated variants or kit components), edits, archives and restores them.</summary>
public sealed class SaveProductCommand(IDbContextFactory<ErpDbContext> dbFactory, PermissionGuard guard)
{
    public async Task<Result<Guid>> CreateAsync(ProductInput input, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(CatalogPermissions.Manage, ct) is { } denied)
        {
            return denied;
        }

        if (input.Kind == ProductKind.Variant)
        {
            return CatalogErrors.NotAVariantProduct;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var fields = input.ToFields();
        var sku = ProductChecks.NormalizeSku(input.Sku);
        var barcode = ProductChecks.NormalizeBarcode(input.Barcode);
        if (barcode is not null && !Ean13.IsValid(barcode))
        {
            return CatalogErrors.InvalidEan13;
        }

        IReadOnlyList<VariantSpec> variants = [];
        if (input.Kind == ProductKind.WithVariants)
        {
            var generated = VariantGenerator.Generate(sku, input.Axes);
            if (!generated.IsSuccess)
            {
                return generated.Error!;
            }

            variants = generated.Value;
        }

        if (await ProductChecks.ReferencesAsync(db, fields, ct) is { } badReference)
        {
            return badReference;
        }

        var skus = variants.Select(v => v.Sku).Append(sku).ToList();
        if (await ProductChecks.CodesFreeAsync(db, skus, barcode is null ? [] : [barcode], null, ct) is { } taken)
        {
            return taken;
        }

        var barcodes = await ProductChecks.NextBarcodesAsync(db, variants.Count + 1, ct);
        try
        {
            var product = new Product(input.Kind, fields, sku, barcode ?? barcodes.Dequeue());
            db.Products.Add(product);
            foreach (var variant in variants)
            {
                db.Products.Add(new Product(ProductKind.Variant, fields, variant.Sku, barcodes.Dequeue(), product.Id, variant.Label));
            }

            if (input.Kind == ProductKind.Kit)
            {
                if (await CheckComponentsAsync(db, input.Components, ct) is { } badComponent)
                {
                    return badComponent;
                }

                product.SetComponents(input.Components.Select(c => (c.ProductId ?? Guid.Empty, c.Quantity)));
            }

            await db.SaveChangesAsync(ct);
            return product.Id;
        }
        catch (DomainException ex)
        {
            return ex.Error;
        }
        catch (DbUpdateException)
        {
            // Another save took the same SKU or generated barcode between our check and our insert.
            return CatalogErrors.ChangedByAnotherUser;
        }
    }

    /// <summary>Saves the edit if nobody saved since <paramref name="expectedVersion"/>; returns the new version.</summary>
    public async Task<Result<long>> UpdateAsync(Guid id, ProductInput input, long expectedVersion, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(CatalogPermissions.Manage, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var product = await db.Products.Include(p => p.Components).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (product is null)
        {
            return CatalogErrors.ProductNotFound;
        }

        if (product.Version != expectedVersion)
        {
            return CatalogErrors.ChangedByAnotherUser;
        }

        var fields = input.ToFields();
        var sku = ProductChecks.NormalizeSku(input.Sku);
        var barcode = ProductChecks.NormalizeBarcode(input.Barcode);
        if (barcode is not null && !Ean13.IsValid(barcode))
        {
            return CatalogErrors.InvalidEan13;
        }

        if (await ProductChecks.ReferencesAsync(db, fields, ct) is { } badReference)
        {
            return badReference;
        }

        if (await ProductChecks.CodesFreeAsync(db, [sku], barcode is null ? [] : [barcode], id, ct) is { } taken)
        {
            return taken;
        }

        if (product.Kind == ProductKind.Kit && await CheckComponentsAsync(db, input.Components, ct) is { } badComponent)
        {
            return badComponent;
        }

        try
        {
            var reorderPointBefore = product.ReorderPoint;
            product.Update(fields);
            if (product.ReorderPoint != reorderPointBefore)
            {
                await RefreshStockStatusAsync(db, product, ct);
            }

            product.SetCodes(sku, barcode ?? (await ProductChecks.NextBarcodesAsync(db, 1, ct)).Dequeue());
            if (product.Kind == ProductKind.Kit)
            {
                product.SetComponents(input.Components.Select(c => (c.ProductId ?? Guid.Empty, c.Quantity)));
            }

            if (product.Kind == ProductKind.WithVariants)
            {
                // The family's shared fields flow to its variants; each keeps its own prices and reorder levels.
                foreach (var variant in await db.Products.Where(p => p.ParentId == id).ToListAsync(ct))
                {
                    variant.Update(fields with
                    {
                        Cost = variant.Cost, Price = variant.Price, ReorderPoint = variant.ReorderPoint,
                        ReorderQuantity = variant.ReorderQuantity,
                    });
                }
            }

            await db.SaveChangesAsync(ct);
        }
        catch (DomainException ex)
        {
            return ex.Error;
        }
        catch (DbUpdateException)
        {
            return CatalogErrors.ChangedByAnotherUser;
        }

        return product.Version;
    }

    /// <summary>Archived products stay (with their history and stock) but leave the default list and cannot be sold.</summary>
    public async Task<Result> SetActiveAsync(Guid id, bool active, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(CatalogPermissions.Manage, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var products = await db.Products.Where(p => p.Id == id || p.ParentId == id).ToListAsync(ct);
        if (!products.Any(p => p.Id == id))
        {
            return CatalogErrors.ProductNotFound;
        }

        foreach (var product in products)
        {
            if (active)
            {
                product.Restore();
            }
            else
            {
                product.Archive();
            }
        }

        await db.SaveChangesAsync(ct);
        return Result.Success();
    }

    /// <summary>The product's stock status (low or in stock) depends on its reorder point: keep it in step.</summary>
    private static async Task RefreshStockStatusAsync(ErpDbContext db, Product product, CancellationToken ct)
    {
        var stock = await db.ProductStocks.FirstOrDefaultAsync(s => s.ProductId == product.Id, ct);
        stock?.Refresh(StockLedger.ReorderPointOf(product, await StockLedger.SettingsAsync(db, ct)));
    }

    /// <summary>Components must be existing simple products or variants of this tenant.</summary>
    private static async Task<Error?> CheckComponentsAsync(ErpDbContext db, List<ComponentInput> components, CancellationToken ct)
    {
        if (components.Count == 0)
        {
            return CatalogErrors.KitNeedsComponents;
        }

        if (components.Any(c => c.ProductId is null))
        {
            return CatalogErrors.ComponentIsKit;
        }

        var ids = components.Select(c => c.ProductId!.Value).Distinct().ToList();
        var stockable = await db.Products
            .CountAsync(p => ids.Contains(p.Id) && (p.Kind == ProductKind.Simple || p.Kind == ProductKind.Variant), ct);
        return stockable == ids.Count ? null : CatalogErrors.ComponentIsKit;
    }
}
