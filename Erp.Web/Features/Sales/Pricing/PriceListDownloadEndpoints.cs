using Erp.Domain.Common;
using Erp.Domain.Sales;
using Erp.Web.Infrastructure.Exports;

namespace Erp.Web.Features.Sales.Pricing;

/// <summary>A price list's items as Excel, in the import's columns (plus the product name): export, edit, import back.</summary>
public static class PriceListDownloadEndpoints
{
    public static readonly IReadOnlyList<ExcelColumn<PriceListItemRow>> Columns =
    [
        new("SKU", r => r.Sku, Width: 18),
        new("Product", r => r.ProductName, Width: 40),
        new("Price", r => r.Price, ExcelFormat.Number, Width: 12),
        new("Min quantity", r => r.MinQuantity, ExcelFormat.Number, Width: 13),
        new("Valid from", r => r.ValidFrom, ExcelFormat.Date, Width: 13),
        new("Valid to", r => r.ValidTo, ExcelFormat.Date, Width: 13),
    ];

    public static string ExportUrl(Guid listId) => $"/sales/price-lists/{listId}/items.xlsx";

    public static IEndpointRouteBuilder MapPriceListDownloads(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/sales/price-lists/{id:guid}/items.xlsx", ExportAsync).RequireAuthorization(SalesPermissions.View);
        return endpoints;
    }

    private static async Task<IResult> ExportAsync(Guid id, PriceListQueries queries, ExcelExporter exporter, CancellationToken ct)
    {
        var list = await queries.GetAsync(id, ct);
        var items = list.IsSuccess ? await queries.ItemsAsync(id, ct) : list.Error!;
        if (!items.IsSuccess)
        {
            return items.Error == CommonErrors.Forbidden ? Results.Forbid() : Results.NotFound();
        }

        var file = await exporter.ExportAsync("Prices", Columns, items.Value.ToAsyncEnumerable(), ct);
        var name = string.Concat(list.Value.Name.Select(c => char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-'));
        return Results.File(file, ExcelExporter.ContentType, $"price-list-{name}.xlsx");
    }
}
