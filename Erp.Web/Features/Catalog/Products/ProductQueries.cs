using Erp.Web.Infrastructure.Grids;
using Erp.Data;
using Erp.Domain.Catalog;
using Erp.Domain.Common;
using Erp.Domain.Inventory;
using Erp.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Catalog.Products;

/// <summary>
/// The product grid, its Excel export and the product page. Filtering, sorting and paging run in the database; the
/// tenant filter scopes every query.
/// </summary>
public sealed class ProductQueries(IDbContextFactory<ErpDbContext> dbFactory, PermissionGuard guard)
{
    public static readonly IReadOnlyList<string> SortKeys = ["name", "sku", "barcode", "price", "cost"];

    public async Task<Result<Paged<ProductRow>>> ListAsync(ProductListQuery query, int page, int pageSize, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(CatalogPermissions.View, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var filtered = await FilterAsync(db, query, ct);
        var skip = Math.Max(0, page) * pageSize;
        var rows = await Project(db, Sort(db, filtered, query)).Skip(skip).Take(pageSize).ToListAsync(ct);
        // A partly filled page is the last one: its rows give the total without a second pass over the matches.
        var total = rows.Count > 0 && rows.Count < pageSize || rows.Count == 0 && skip == 0
            ? skip + rows.Count
            : await CountAsync(db, query, filtered, ct);
        return new Paged<ProductRow>(rows, total);
    }

    public async Task<Result<ProductExportRows>> ExportAsync(ProductListQuery query, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(CatalogPermissions.View, ct) is { } denied)
        {
            return denied;
        }

        return new ProductExportRows(StreamAsync(query, ct));
    }

    public async Task<Result<ProductDetails>> GetAsync(Guid id, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(CatalogPermissions.View, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var details = await db.Products.AsNoTracking().Where(p => p.Id == id)
            .Select(p => new ProductDetails(p.Id, p.Kind, p.Name, p.Sku, p.Barcode, p.Description, p.CategoryId, p.BrandId,
                p.UnitId, p.PurchaseUnitId, p.Cost, p.Price, p.TaxCategory, p.ReorderPoint, p.ReorderQuantity, p.IsActive,
                p.Version, p.ParentId, db.Products.Where(x => x.Id == p.ParentId).Select(x => x.Name).FirstOrDefault(),
                p.VariantLabel))
            .FirstOrDefaultAsync(ct);
        return details is null ? CatalogErrors.ProductNotFound : details;
    }

    public async Task<IReadOnlyList<VariantRow>> VariantsAsync(Guid parentId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Products.AsNoTracking().Where(p => p.ParentId == parentId).OrderBy(p => p.Sku)
            .Select(p => new VariantRow(p.Id, p.Sku, p.Barcode, p.VariantLabel, p.Price, p.IsActive)).ToListAsync(ct);
    }

    public async Task<IReadOnlyList<ComponentRow>> ComponentsAsync(Guid kitId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await (from c in db.Set<KitComponent>().AsNoTracking()
                      join p in db.Products on c.ComponentId equals p.Id
                      join u in db.Units on p.UnitId equals u.Id
                      where c.KitId == kitId
                      orderby p.Sku
                      select new ComponentRow(p.Id, p.Sku, p.VariantLabel == null ? p.Name : p.Name + " (" + p.VariantLabel + ")",
                          c.Quantity, u.Code))
            .ToListAsync(ct);
    }

    /// <summary>Simple products and variants that may be kit components, searched by SKU or name.</summary>
    public async Task<IReadOnlyList<CatalogOption>> ComponentCandidatesAsync(string? search, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var products = db.Products.AsNoTracking().Where(p => p.IsActive && (p.Kind == ProductKind.Simple || p.Kind == ProductKind.Variant));
        if (!string.IsNullOrWhiteSpace(search))
        {
            var pattern = "%" + Like.Escape(search.Trim()) + "%";
            products = products.Where(p => EF.Functions.Like(p.Sku, pattern, "\\") || EF.Functions.Like(p.Name, pattern, "\\"));
        }

        return await products.OrderBy(p => p.Sku).Take(50)
            .Select(p => new CatalogOption(p.Id, p.Sku + " — " + p.Name + (p.VariantLabel == null ? "" : " (" + p.VariantLabel + ")"), 0))
            .ToListAsync(ct);
    }

    public async Task<ProductFormOptions> FormOptionsAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var categories = await db.Categories.AsNoTracking().Select(c => new { c.Id, c.ParentId, c.Name }).ToListAsync(ct);
        var brands = await db.Brands.AsNoTracking().OrderBy(b => b.Name).Select(b => new CatalogOption(b.Id, b.Name, 0)).ToListAsync(ct);
        var units = await db.Units.AsNoTracking().OrderBy(u => u.Code)
            .Select(u => new UnitOption(u.Id, u.Code, u.Name, u.BaseUnitId, u.Factor)).ToListAsync(ct);
        var attributes = await db.ProductAttributes.AsNoTracking().Include(a => a.Values).OrderBy(a => a.Name).ToListAsync(ct);
        return new ProductFormOptions(
            Platform.Organizations.TreeOrder.Flatten(categories, c => c.Id, c => c.ParentId, c => c.Name)
                .Select(x => new CatalogOption(x.Item.Id, x.Item.Name, x.Depth)).ToList(),
            brands, units,
            attributes.Select(a => new AttributeOption(a.Id, a.Name, a.Values.OrderBy(v => v.SortOrder).Select(v => v.Value).ToList())).ToList());
    }

    private async IAsyncEnumerable<ProductRow> StreamAsync(ProductListQuery query,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var filtered = await FilterAsync(db, query, ct);
        await foreach (var row in Project(db, Sort(db, filtered, query)).AsAsyncEnumerable().WithCancellation(ct))
        {
            yield return row;
        }
    }

    private static async Task<IQueryable<Product>> FilterAsync(ErpDbContext db, ProductListQuery query, CancellationToken ct)
    {
        var products = db.Products.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var term = query.Search.Trim();
            var pattern = "%" + Like.Escape(term) + "%";
            var code = term.ToUpperInvariant();
            // SKU and barcode match from the start, the name anywhere. SKUs are stored upper case and barcodes are digits;
            // SQLite's LIKE is case-insensitive and cannot use the (binary) index, so there the prefix is a range.
            if (db.Database.IsSqlite() && code[^1] < char.MaxValue)
            {
                var upper = code[..^1] + (char)(code[^1] + 1);
                products = products.Where(p => EF.Functions.Like(p.Name, pattern, "\\")
                    || (p.Sku.CompareTo(code) >= 0 && p.Sku.CompareTo(upper) < 0)
                    || (p.Barcode.CompareTo(code) >= 0 && p.Barcode.CompareTo(upper) < 0));
            }
            else
            {
                var prefix = Like.Escape(code) + "%";
                products = products.Where(p => EF.Functions.Like(p.Name, pattern, "\\") || EF.Functions.Like(p.Sku, prefix, "\\")
                    || EF.Functions.Like(p.Barcode, prefix, "\\"));
            }
        }

        if (query.CategoryId is { } categoryId)
        {
            var tree = await db.Categories.AsNoTracking().Select(c => new { c.Id, c.ParentId }).ToListAsync(ct);
            var ids = new HashSet<Guid> { categoryId };
            for (var added = true; added;)
            {
                added = false;
                foreach (var c in tree.Where(c => c.ParentId is { } p && ids.Contains(p) && !ids.Contains(c.Id)))
                {
                    added |= ids.Add(c.Id);
                }
            }

            var list = ids.ToList();
            products = products.Where(p => p.CategoryId != null && list.Contains(p.CategoryId.Value));
        }

        if (query.BrandId is { } brandId)
        {
            products = products.Where(p => p.BrandId == brandId);
        }

        if (query.Kind is { } kind)
        {
            products = products.Where(p => p.Kind == kind);
        }

        if (query.Active is { } active)
        {
            products = products.Where(p => p.IsActive == active);
        }

        if (query.Stock is { } stock)
        {
            // The per-product totals are kept by the ledger, indexed by (TenantId, Status, ProductId); a product without one is out.
            products = products.Where(p => p.Kind == ProductKind.Simple || p.Kind == ProductKind.Variant);
            // Only a short status list (low stock, nothing else filtered) is best read from the status index; otherwise
            // each candidate seeks its own total on (TenantId, ProductId), so a big "in stock"/"out" list is never built.
            // A product without a total yet (never stocked) is out.
            var narrowed = query.CategoryId is not null || query.BrandId is not null || !string.IsNullOrWhiteSpace(query.Search);
            products = stock switch
            {
                StockStatus.Low when !narrowed => products.Where(p =>
                    db.ProductStocks.Where(s => s.Status == StockStatus.Low).Select(s => s.ProductId).Contains(p.Id)),
                StockStatus.Out => products.Where(p => !db.ProductStocks.Any(s => s.ProductId == p.Id && s.Status != StockStatus.Out)),
                _ => products.Where(p => db.ProductStocks.Any(s => s.ProductId == p.Id && s.Status == stock)),
            };
        }

        return products;
    }

    /// <summary>
    /// How many products a list query matches. "Out of stock" with no other filter would test every product for a stock
    /// total; it is counted instead as stockable products minus those holding stock (status low or in stock), from index
    /// scans. A deleted product never holds stock (deleting is refused while it does), so the totals need no join for it.
    /// </summary>
    private static async Task<int> CountAsync(ErpDbContext db, ProductListQuery query, IQueryable<Product> filtered, CancellationToken ct)
    {
        if (query is not { Stock: StockStatus.Out, CategoryId: null, BrandId: null, Kind: null, Active: true or null }
            || !string.IsNullOrWhiteSpace(query.Search))
        {
            return await filtered.CountAsync(ct);
        }

        var stockable = db.Products.Where(p => p.Kind == ProductKind.Simple || p.Kind == ProductKind.Variant);
        var holding = await db.ProductStocks.CountAsync(s => s.Status != StockStatus.Out, ct);
        if (query.Active is null)
        {
            return await stockable.CountAsync(ct) - holding;
        }

        var archivedHolding = await stockable.Where(p => !p.IsActive)
            .CountAsync(p => db.ProductStocks.Any(s => s.ProductId == p.Id && s.Status != StockStatus.Out), ct);
        return await stockable.CountAsync(p => p.IsActive, ct) - (holding - archivedHolding);
    }

    /// <summary>
    /// Sort keys are a whitelist; ties break on SKU (unique) so pages and exports agree on the order. On SQLite price and
    /// cost sort by their integer companion keys (same order as the exact decimals, index-assisted).
    /// </summary>
    private static IQueryable<Product> Sort(ErpDbContext db, IQueryable<Product> rows, ProductListQuery query)
    {
        var sqlite = db.Database.IsSqlite();
        return (query.Sort, query.Desc) switch
        {
            ("price", false) when sqlite => rows.OrderBy(r => r.PriceSortKey).ThenBy(r => r.Sku),
            ("price", true) when sqlite => rows.OrderByDescending(r => r.PriceSortKey).ThenBy(r => r.Sku),
            ("cost", false) when sqlite => rows.OrderBy(r => r.CostSortKey).ThenBy(r => r.Sku),
            ("cost", true) when sqlite => rows.OrderByDescending(r => r.CostSortKey).ThenBy(r => r.Sku),
            ("sku", false) => rows.OrderBy(r => r.Sku),
            ("sku", true) => rows.OrderByDescending(r => r.Sku),
            ("barcode", false) => rows.OrderBy(r => r.Barcode),
            ("barcode", true) => rows.OrderByDescending(r => r.Barcode),
            ("price", false) => rows.OrderBy(r => r.Price).ThenBy(r => r.Sku),
            ("price", true) => rows.OrderByDescending(r => r.Price).ThenBy(r => r.Sku),
            ("cost", false) => rows.OrderBy(r => r.Cost).ThenBy(r => r.Sku),
            ("cost", true) => rows.OrderByDescending(r => r.Cost).ThenBy(r => r.Sku),
            (_, true) => rows.OrderByDescending(r => r.Name).ThenBy(r => r.Sku),
            _ => rows.OrderBy(r => r.Name).ThenBy(r => r.Sku),
        };
    }

    private static IQueryable<ProductRow> Project(ErpDbContext db, IQueryable<Product> products) =>
        products.Select(p => new ProductRow(p.Id, p.Sku, p.Name, p.VariantLabel, p.Kind, p.Barcode,
            db.Categories.Where(c => c.Id == p.CategoryId).Select(c => c.Name).FirstOrDefault(),
            db.Brands.Where(b => b.Id == p.BrandId).Select(b => b.Name).FirstOrDefault(),
            db.Units.Where(u => u.Id == p.UnitId).Select(u => u.Code).FirstOrDefault() ?? "",
            p.Cost, p.Price, p.TaxCategory, p.IsActive,
            p.Kind == ProductKind.Kit || p.Kind == ProductKind.WithVariants
                ? null
                : db.ProductStocks.Where(s => s.ProductId == p.Id).Select(s => (decimal?)s.OnHand).FirstOrDefault() ?? 0m,
            p.Kind == ProductKind.Kit || p.Kind == ProductKind.WithVariants
                ? null
                : db.ProductStocks.Where(s => s.ProductId == p.Id).Select(s => (StockStatus?)s.Status).FirstOrDefault() ?? StockStatus.Out));
}
