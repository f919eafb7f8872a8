using System.Globalization;
using Erp.Domain.Inventory;
using Erp.Web.Infrastructure.Exports;

namespace Erp.Web.Features.Inventory.Stock;

/// <summary>Excel downloads of the stock list and the stock card: policy-checked, then checked again and tenant-scoped by the services.</summary>
public static class StockDownloadEndpoints
{
    public const string StockExportPath = "/inventory/stock/export.xlsx";

    public static readonly IReadOnlyList<ExcelColumn<StockLevelRow>> StockColumns =
    [
        new("SKU", r => r.Sku, Width: 18),
        new("Name", r => r.Name, Width: 36),
        new("Location", r => r.Location, Width: 30),
        new("Unit", r => r.Unit, Width: 8),
        new("On hand", r => r.OnHand, ExcelFormat.Number, Width: 12),
        new("Reserved", r => r.Reserved, ExcelFormat.Number, Width: 12),
        new("Available", r => r.Available, ExcelFormat.Number, Width: 12),
        new("Unit cost", r => r.UnitCost, ExcelFormat.Number, Width: 12),
        new("Value", r => r.Value, ExcelFormat.Number, Width: 14),
        new("Status", r => r.StatusText, Width: 13),
    ];

    public static readonly IReadOnlyList<ExcelColumn<StockCardRow>> CardColumns =
    [
        new("Date (UTC)", r => r.OccurredAt, ExcelFormat.DateTime, Width: 19),
        new("Kind", r => r.KindText, Width: 16),
        new("Document", r => r.SourceNumber, Width: 18),
        new("Location", r => r.Location, Width: 28),
        new("SKU", r => r.ProductSku, Width: 16),
        new("Name", r => r.ProductName, Width: 30),
        new("Quantity", r => r.Quantity, ExcelFormat.Number, Width: 12),
        new("Before", r => r.OnHandBefore, ExcelFormat.Number, Width: 12),
        new("After", r => r.OnHandAfter, ExcelFormat.Number, Width: 12),
        new("Running total", r => r.RunningTotal, ExcelFormat.Number, Width: 14),
        new("Unit cost", r => r.UnitCost, ExcelFormat.Number, Width: 12),
        new("Value", r => r.Value, ExcelFormat.Number, Width: 14),
        new("User", r => r.User, Width: 20),
        new("Note", r => r.Note, Width: 30),
    ];

    public static IEndpointRouteBuilder MapStockDownloads(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(StockExportPath, StockExportAsync).RequireAuthorization(InventoryPermissions.View);
        endpoints.MapGet("/inventory/stock-card/{productId:guid}/export.xlsx", CardExportAsync).RequireAuthorization(InventoryPermissions.View);
        return endpoints;
    }

    public static string StockExportUrl(StockListQuery q) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{StockExportPath}?search={Uri.EscapeDataString(q.Search ?? "")}&location={q.LocationId}&category={q.CategoryId}&status={q.Status}&empty={q.IncludeEmpty}&sort={q.Sort}&desc={q.Desc}");

    public static string CardExportUrl(StockCardQuery q) =>
        string.Create(CultureInfo.InvariantCulture,
            $"/inventory/stock-card/{q.ProductId}/export.xlsx?location={q.LocationId}&from={DownloadQuery.Format(q.From)}&to={DownloadQuery.Format(q.To)}&newest={q.NewestFirst}");

    private static async Task<IResult> StockExportAsync(string? search, string? location, string? category, string? status, string? empty,
        string? sort, string? desc, StockQueries queries, ExcelExporter exporter, TimeProvider clock, CancellationToken ct)
    {
        var parse = new DownloadQuery();
        var query = new StockListQuery(search, parse.Guid(location), parse.Guid(category), parse.Enum<StockStatus>(status),
            parse.Bool(empty) ?? false, sort, parse.Bool(desc) ?? false);
        if (!parse.Valid)
        {
            return Results.BadRequest("The location, category, status, empty and desc filters must be empty or valid values.");
        }

        var result = await queries.ExportAsync(query, ct);
        if (!result.IsSuccess)
        {
            return DownloadQuery.Refused(result.Error!);
        }

        var file = await exporter.ExportAsync("Stock", StockColumns, result.Value.Rows, ct);
        return Results.File(file, ExcelExporter.ContentType, $"stock-{clock.GetUtcNow():yyyy-MM-dd}.xlsx");
    }

    private static async Task<IResult> CardExportAsync(Guid productId, string? location, string? from, string? to, string? newest,
        StockCardQueries queries, ExcelExporter exporter, CancellationToken ct)
    {
        var parse = new DownloadQuery();
        var query = new StockCardQuery(productId, parse.Guid(location), parse.Date(from), parse.Date(to), parse.Bool(newest) ?? false);
        if (!parse.Valid)
        {
            return Results.BadRequest("The location must be empty or an id, the dates yyyy-MM-dd, newest true or false.");
        }

        var result = await queries.ExportAsync(query, ct);
        if (!result.IsSuccess)
        {
            return DownloadQuery.Refused(result.Error!);
        }

        var file = await exporter.ExportAsync("Stock card", CardColumns, result.Value.Rows, ct);
        return Results.File(file, ExcelExporter.ContentType, $"stock-card-{FileName(result.Value.Product.Sku)}.xlsx");
    }

    private static string FileName(string sku) =>
        new(sku.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_').ToArray());
}
