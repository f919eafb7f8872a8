using System.Globalization;
using Erp.Domain.Common;
using Erp.Domain.Inventory;
using Erp.Domain.Inventory.Adjustments;
using Erp.Domain.Inventory.Receipts;
using Erp.Web.Features.Inventory.Adjustments;
using Erp.Web.Infrastructure.Documents;
using Erp.Web.Infrastructure.Exports;

namespace Erp.Web.Features.Inventory.Receipts;

/// <summary>
/// Excel exports of the receipts, adjustments and scrap lists and the PDF of one document. The policy refuses users
/// without Inventory.View; the services check it again and read only the signed-in tenant's documents (others → 404).
/// </summary>
public static class ReceiptDownloadEndpoints
{
    public const string ReceiptExportPath = "/inventory/receipts/export.xlsx";

    public static readonly IReadOnlyList<ExcelColumn<GoodsReceiptRow>> ReceiptColumns =
    [
        new("Number", r => r.Number, Width: 18),
        new("Date", r => r.Date, ExcelFormat.Date, Width: 12),
        new("Status", r => r.Status.ToString(), Width: 11),
        new("Location", r => r.Location, Width: 24),
        new("Supplier reference", r => r.SupplierReference, Width: 20),
        new("Currency", r => r.Currency, Width: 9),
        new("Total", r => r.Total, ExcelFormat.Number, Width: 14),
        new("Lines", r => r.Lines, ExcelFormat.WholeNumber, Width: 7),
    ];

    public static readonly IReadOnlyList<ExcelColumn<StockAdjustmentRow>> AdjustmentColumns =
    [
        new("Number", r => r.Number, Width: 18),
        new("Date", r => r.Date, ExcelFormat.Date, Width: 12),
        new("Status", r => r.Status.ToString(), Width: 11),
        new("Location", r => r.Location, Width: 24),
        new("Reason", r => r.Reason, Width: 16),
        new("Value", r => r.Value, ExcelFormat.Number, Width: 14),
        new("Lines", r => r.Lines, ExcelFormat.WholeNumber, Width: 7),
    ];

    public static string ReceiptPdfUrl(Guid id) => $"/inventory/receipts/{id}/pdf";

    public static string AdjustmentPdfUrl(Guid id) => $"/inventory/adjustments/{id}/pdf";

    public static string AdjustmentExportPath(AdjustmentKind kind) => StockAdjustmentQueries.ListUrl(kind) + "/export.xlsx";

    public static string ReceiptExportUrl(GoodsReceiptListQuery q) => string.Create(CultureInfo.InvariantCulture,
        $"{ReceiptExportPath}?search={Uri.EscapeDataString(q.Search ?? "")}&status={q.Status}&sort={q.Sort}&desc={q.Desc}");

    public static string AdjustmentExportUrl(StockAdjustmentListQuery q) => string.Create(CultureInfo.InvariantCulture,
        $"{AdjustmentExportPath(q.Kind)}?search={Uri.EscapeDataString(q.Search ?? "")}&status={q.Status}&sort={q.Sort}&desc={q.Desc}");

    public static IEndpointRouteBuilder MapReceiptDownloads(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(ReceiptExportPath, ExportReceiptsAsync).RequireAuthorization(InventoryPermissions.View);
        endpoints.MapGet(AdjustmentExportPath(AdjustmentKind.Adjustment),
            (string? search, string? status, string? sort, string? desc, StockAdjustmentQueries queries, ExcelExporter exporter, TimeProvider clock, CancellationToken ct) =>
                ExportAdjustmentsAsync(AdjustmentKind.Adjustment, search, status, sort, desc, queries, exporter, clock, ct))
            .RequireAuthorization(InventoryPermissions.View);
        endpoints.MapGet(AdjustmentExportPath(AdjustmentKind.Scrap),
            (string? search, string? status, string? sort, string? desc, StockAdjustmentQueries queries, ExcelExporter exporter, TimeProvider clock, CancellationToken ct) =>
                ExportAdjustmentsAsync(AdjustmentKind.Scrap, search, status, sort, desc, queries, exporter, clock, ct))
            .RequireAuthorization(InventoryPermissions.View);
        endpoints.MapGet("/inventory/receipts/{id:guid}/pdf", ReceiptPdfAsync).RequireAuthorization(InventoryPermissions.View);
        endpoints.MapGet("/inventory/adjustments/{id:guid}/pdf", AdjustmentPdfAsync).RequireAuthorization(InventoryPermissions.View);
        return endpoints;
    }

    private static async Task<IResult> ExportReceiptsAsync(string? search, string? status, string? sort, string? desc,
        GoodsReceiptQueries queries, ExcelExporter exporter, TimeProvider clock, CancellationToken ct)
    {
        if (!TryEnum(status, out GoodsReceiptStatus? parsedStatus) || !TryBool(desc, out var descending))
        {
            return Results.BadRequest("The status and desc filters must be empty, a status name, or true/false.");
        }

        var result = await queries.ExportAsync(new GoodsReceiptListQuery(search, parsedStatus, sort, descending), ct);
        if (!result.IsSuccess)
        {
            return Refused(result.Error!);
        }

        var file = await exporter.ExportAsync("Goods receipts", ReceiptColumns, result.Value.Rows, ct);
        return Results.File(file, ExcelExporter.ContentType, $"goods-receipts-{clock.GetUtcNow():yyyy-MM-dd}.xlsx");
    }

    private static async Task<IResult> ExportAdjustmentsAsync(AdjustmentKind kind, string? search, string? status, string? sort,
        string? desc, StockAdjustmentQueries queries, ExcelExporter exporter, TimeProvider clock, CancellationToken ct)
    {
        if (!TryEnum(status, out StockAdjustmentStatus? parsedStatus) || !TryBool(desc, out var descending))
        {
            return Results.BadRequest("The status and desc filters must be empty, a status name, or true/false.");
        }

        var result = await queries.ExportAsync(new StockAdjustmentListQuery(kind, search, parsedStatus, sort, descending), ct);
        if (!result.IsSuccess)
        {
            return Refused(result.Error!);
        }

        var name = kind == AdjustmentKind.Scrap ? "Scrap" : "Adjustments";
        var file = await exporter.ExportAsync(name, AdjustmentColumns, result.Value.Rows, ct);
        return Results.File(file, ExcelExporter.ContentType, $"{name.ToLowerInvariant()}-{clock.GetUtcNow():yyyy-MM-dd}.xlsx");
    }

    private static async Task<IResult> ReceiptPdfAsync(Guid id, GoodsReceiptQueries queries, DocumentService documents, CancellationToken ct)
    {
        var receipt = await queries.GetAsync(id, ct);
        if (!receipt.IsSuccess)
        {
            return Refused(receipt.Error!);
        }

        var pdf = await documents.RenderPdfAsync<GoodsReceiptPdf>(
            new Dictionary<string, object?> { [nameof(GoodsReceiptPdf.Receipt)] = receipt.Value },
            new DocumentInfo($"Goods receipt {receipt.Value.Number}", receipt.Value.OrganizationName), ct);
        return Results.File(pdf, "application/pdf", $"{receipt.Value.Number}.pdf");
    }

    private static async Task<IResult> AdjustmentPdfAsync(Guid id, StockAdjustmentQueries queries, DocumentService documents, CancellationToken ct)
    {
        var adjustment = await queries.GetAsync(id, ct);
        if (!adjustment.IsSuccess)
        {
            return Refused(adjustment.Error!);
        }

        var pdf = await documents.RenderPdfAsync<StockAdjustmentPdf>(
            new Dictionary<string, object?> { [nameof(StockAdjustmentPdf.Adjustment)] = adjustment.Value },
            new DocumentInfo($"{adjustment.Value.Title} {adjustment.Value.Number}", adjustment.Value.OrganizationName), ct);
        return Results.File(pdf, "application/pdf", $"{adjustment.Value.Number}.pdf");
    }

    private static bool TryEnum<T>(string? text, out T? value) where T : struct, Enum
    {
        value = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (!Enum.TryParse<T>(text.Trim(), ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed))
        {
            return false;
        }

        value = parsed;
        return true;
    }

    private static bool TryBool(string? text, out bool value)
    {
        value = false;
        return string.IsNullOrWhiteSpace(text) || bool.TryParse(text.Trim(), out value);
    }

    private static IResult Refused(Error error) =>
        error == CommonErrors.Forbidden ? Results.Forbid() : Results.NotFound();
}
