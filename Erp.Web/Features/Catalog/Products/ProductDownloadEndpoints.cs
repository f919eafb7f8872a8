using System.Globalization;
using Erp.Domain.Catalog;
using Erp.Domain.Common;
using Erp.Domain.Inventory;
using Erp.Web.Infrastructure.Exports;

namespace Erp.Web.Features.Catalog.Products;

/// <summary>The product list's Excel export and product images: policy-checked, then checked again and tenant-scoped by the services.</summary>
public static class ProductDownloadEndpoints
{
    public const string ExportPath = "/catalog/products/export.xlsx";
    public const string ImportTemplatePath = "/catalog/products/import-template.xlsx";

    public static readonly IReadOnlyList<ExcelColumn<ProductRow>> Columns =
    [
        new("SKU", r => r.Sku, Width: 18),
        new("Name", r => r.DisplayName, Width: 40),
        new("Kind", r => ProductKinds.Label(r.Kind), Width: 13),
        new("Barcode", r => r.Barcode, Width: 15),
        new("Category", r => r.Category, Width: 20),
        new("Brand", r => r.Brand, Width: 16),
        new("Unit", r => r.Unit, Width: 8),
        new("Cost", r => r.Cost, ExcelFormat.Number, Width: 12),
        new("Price", r => r.Price, ExcelFormat.Number, Width: 12),
        new("Tax category", r => r.TaxCategory, Width: 14),
        new("Active", r => r.IsActive, ExcelFormat.Boolean, Width: 9),
        new("On hand", r => r.OnHand, ExcelFormat.Number, Width: 12),
        new("Stock", r => StockLabel(r.Stock), Width: 13),
    ];

    public static IEndpointRouteBuilder MapCatalogDownloads(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(ExportPath, ExportAsync).RequireAuthorization(CatalogPermissions.View);
        endpoints.MapGet("/catalog/images/{id:guid}", ImageAsync).RequireAuthorization(CatalogPermissions.View);
        endpoints.MapGet(ImportTemplatePath, TemplateAsync).RequireAuthorization(CatalogPermissions.Manage);
        return endpoints;
    }

    public static string ImageUrl(Guid imageId) => $"/catalog/images/{imageId}";

    public static string ExportUrl(ProductListQuery query) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{ExportPath}?search={Uri.EscapeDataString(query.Search ?? "")}&category={query.CategoryId}&brand={query.BrandId}&kind={query.Kind}&active={query.Active}&sort={query.Sort}&desc={query.Desc}&stock={query.Stock}");

    private static async Task<IResult> ExportAsync(string? search, string? category, string? brand, string? kind, string? active,
        string? sort, string? desc, string? stock, ProductQueries queries, ExcelExporter exporter, TimeProvider clock, CancellationToken ct)
    {
        Guid? categoryId = null, brandId = null;
        ProductKind? productKind = null;
        bool? isActive = null;
        StockStatus? stockStatus = null;
        var ok = (string.IsNullOrWhiteSpace(category) || Parse(Guid.TryParse(category, out var c), c, out categoryId))
                 & (string.IsNullOrWhiteSpace(brand) || Parse(Guid.TryParse(brand, out var b), b, out brandId))
                 & (string.IsNullOrWhiteSpace(kind) || Parse(Enum.TryParse<ProductKind>(kind, true, out var k), k, out productKind))
                 & (string.IsNullOrWhiteSpace(active) || Parse(bool.TryParse(active, out var a), a, out isActive))
                 & (string.IsNullOrWhiteSpace(stock) || Parse(TryParseStock(stock, out var st), st, out stockStatus));
        if (!ok)
        {
            return Results.BadRequest("The category, brand, kind, active and stock filters must be empty or valid values.");
        }

        var result = await queries.ExportAsync(new ProductListQuery(search, categoryId, brandId, productKind, isActive, sort,
            bool.TryParse(desc, out var d) && d, stockStatus), ct);
        if (!result.IsSuccess)
        {
            return Refused(result.Error!);
        }

        var file = await exporter.ExportAsync("Products", Columns, result.Value.Rows, ct);
        return Results.File(file, ExcelExporter.ContentType, $"products-{clock.GetUtcNow():yyyy-MM-dd}.xlsx");
    }

    /// <summary>An empty workbook with the import's headers, to fill in.</summary>
    private static async Task<IResult> TemplateAsync(ExcelExporter exporter, CancellationToken ct)
    {
        var columns = Import.ProductImportCommand.Columns.Select(h => new ExcelColumn<string>(h, _ => null, Width: 16)).ToList();
        var file = await exporter.ExportAsync("Products", columns, AsyncEnumerable.Empty<string>(), ct);
        return Results.File(file, ExcelExporter.ContentType, "product-import-template.xlsx");
    }

    private static async Task<IResult> ImageAsync(Guid id, ProductImageCommands images, CancellationToken ct)
    {
        var image = await images.GetAsync(id, ct);
        return image.IsSuccess
            ? Results.File(image.Value.Data, image.Value.ContentType)
            : Refused(image.Error!);
    }

    /// <summary>"Out", "Low", "InStock" (any case); numbers are not accepted.</summary>
    public static bool TryParseStock(string? text, out StockStatus status) =>
        Enum.TryParse(text, true, out status) && Enum.IsDefined(status) && !char.IsDigit(text![0]) && text[0] != '-';

    public static string? StockLabel(StockStatus? status) => status switch
    {
        StockStatus.Out => "Out of stock",
        StockStatus.Low => "Low",
        StockStatus.InStock => "In stock",
        _ => null,
    };

    private static bool Parse<T>(bool parsed, T value, out T? result)
        where T : struct
    {
        result = parsed ? value : null;
        return parsed;
    }

    private static IResult Refused(Error error) =>
        error == CommonErrors.Forbidden ? Results.Forbid() : Results.NotFound();
}
