using System.Globalization;
using Erp.Domain.Common;
using Erp.Domain.Inventory;
using Erp.Domain.Inventory.Counts;
using Erp.Web.Infrastructure.Documents;
using Erp.Web.Infrastructure.Exports;

namespace Erp.Web.Features.Inventory.Counts;

/// <summary>
/// Downloads of the counts screens. The policy refuses users without the permission; the services check it again and
/// read through the tenant filter, so another tenant's count id is "not found" (404).
/// </summary>
public static class CountDownloadEndpoints
{
    public const string ExportPath = "/inventory/counts/export.xlsx";

    public static readonly IReadOnlyList<ExcelColumn<CountRow>> Columns =
    [
        new("Number", r => r.Number, Width: 18),
        new("Date", r => r.CountDate, ExcelFormat.Date, Width: 12),
        new("Status", r => Components.Shared.StatusStyles.For(r.Status).Label, Width: 12),
        new("Location", r => r.Location, Width: 26),
        new("Scope", r => r.Scope, Width: 30),
        new("Lines", r => r.Lines, ExcelFormat.WholeNumber, Width: 9),
        new("Counted", r => r.Counted, ExcelFormat.WholeNumber, Width: 9),
        new("Posted (UTC)", r => r.PostedAt, ExcelFormat.DateTime, Width: 19),
    ];

    public static IEndpointRouteBuilder MapCountDownloads(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(ExportPath, ExportAsync).RequireAuthorization(InventoryPermissions.View);
        endpoints.MapGet("/inventory/counts/{id:guid}/sheet.pdf", SheetAsync).RequireAuthorization(InventoryPermissions.View);
        return endpoints;
    }

    public static string ExportUrl(CountListQuery query) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{ExportPath}?search={Uri.EscapeDataString(query.Search ?? "")}&status={query.Status}&sort={query.Sort}&desc={query.Desc}");

    public static string SheetUrl(Guid id, bool showExpected) =>
        string.Create(CultureInfo.InvariantCulture, $"/inventory/counts/{id}/sheet.pdf{(showExpected ? "?expected=true" : "")}");

    private static async Task<IResult> ExportAsync(string? search, string? status, string? sort, string? desc,
        CountQueries queries, ExcelExporter exporter, TimeProvider clock, CancellationToken ct)
    {
        StockCountStatus? statusFilter = null;
        if (!string.IsNullOrWhiteSpace(status))
        {
            if (!Enum.TryParse<StockCountStatus>(status.Trim(), ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed)
                || int.TryParse(status, out _))
            {
                return Results.BadRequest("The status filter must be empty or one of: " + string.Join(", ", Enum.GetNames<StockCountStatus>()) + ".");
            }

            statusFilter = parsed;
        }

        var descending = false;
        if (!string.IsNullOrWhiteSpace(desc) && !bool.TryParse(desc.Trim(), out descending))
        {
            return Results.BadRequest("The desc parameter must be empty, true or false.");
        }

        var result = await queries.ExportAsync(new CountListQuery(search, statusFilter, sort, descending), ct);
        if (!result.IsSuccess)
        {
            return Refused(result.Error!);
        }

        var file = await exporter.ExportAsync("Stock counts", Columns, result.Value.Rows, ct);
        return Results.File(file, ExcelExporter.ContentType, $"stock-counts-{clock.GetUtcNow():yyyy-MM-dd}.xlsx");
    }

    private static async Task<IResult> SheetAsync(Guid id, bool? expected, CountQueries queries, DocumentService documents, CancellationToken ct)
    {
        var sheet = await queries.SheetAsync(id, expected ?? false, ct);
        if (!sheet.IsSuccess)
        {
            return Refused(sheet.Error!);
        }

        var pdf = await documents.RenderPdfAsync<CountSheetPdf>(
            new Dictionary<string, object?> { [nameof(CountSheetPdf.Sheet)] = sheet.Value },
            new DocumentInfo("Stock count " + sheet.Value.Number, sheet.Value.OrganizationName), ct);
        return Results.File(pdf, "application/pdf", $"count-{sheet.Value.Number}.pdf");
    }

    private static IResult Refused(Error error) =>
        error == CommonErrors.Forbidden ? Results.Forbid() : Results.NotFound();
}
