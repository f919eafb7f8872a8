using System.Globalization;
using Erp.Domain.Inventory;
using Erp.Web.Features.Inventory.Stock;
using Erp.Web.Infrastructure.Documents;
using Erp.Web.Infrastructure.Exports;

namespace Erp.Web.Features.Inventory.Valuation;

/// <summary>The valuation report as Excel and PDF: policy-checked, then checked again and tenant-scoped by the service.</summary>
public static class ValuationDownloadEndpoints
{
    public const string ExcelPath = "/inventory/valuation/export.xlsx";
    public const string PdfPath = "/inventory/valuation/report.pdf";

    public static IEndpointRouteBuilder MapValuationDownloads(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(ExcelPath, ExcelAsync).RequireAuthorization(InventoryPermissions.View);
        endpoints.MapGet(PdfPath, PdfAsync).RequireAuthorization(InventoryPermissions.View);
        return endpoints;
    }

    public static string ExcelUrl(ValuationQuery q) => ExcelPath + QueryString(q);

    public static string PdfUrl(ValuationQuery q) => PdfPath + QueryString(q);

    private static string QueryString(ValuationQuery q) =>
        string.Create(CultureInfo.InvariantCulture,
            $"?organization={q.OrganizationId}&asOf={DownloadQuery.Format(q.AsOf)}&groupBy={q.GroupBy}");

    private static IReadOnlyList<ExcelColumn<ValuationRow>> Columns(ValuationReport report) =>
    [
        new(report.GroupTitle, r => r.Group, Width: 36),
        new("Quantity", r => r.Quantity, ExcelFormat.Number, Width: 14),
        new($"Value ({report.Currency})", r => r.Value, ExcelFormat.Number, Width: 16),
        new("Average unit cost", r => r.UnitCost, ExcelFormat.Number, Width: 18),
    ];

    private static async Task<IResult> ExcelAsync(string? organization, string? asOf, string? groupBy, ValuationQueries queries,
        ExcelExporter exporter, CancellationToken ct)
    {
        var (query, valid) = Parse(organization, asOf, groupBy);
        if (!valid)
        {
            return BadRequest;
        }

        var report = await queries.GetAsync(query, ct);
        if (!report.IsSuccess)
        {
            return DownloadQuery.Refused(report.Error!);
        }

        var file = await exporter.ExportAsync("Valuation", Columns(report.Value), report.Value.RowsWithTotal.ToAsyncEnumerable(), ct);
        return Results.File(file, ExcelExporter.ContentType, $"valuation-{DownloadQuery.Format(report.Value.AsOf)}.xlsx");
    }

    private static async Task<IResult> PdfAsync(string? organization, string? asOf, string? groupBy, ValuationQueries queries,
        DocumentService documents, CancellationToken ct)
    {
        var (query, valid) = Parse(organization, asOf, groupBy);
        if (!valid)
        {
            return BadRequest;
        }

        var report = await queries.GetAsync(query, ct);
        if (!report.IsSuccess)
        {
            return DownloadQuery.Refused(report.Error!);
        }

        var pdf = await documents.RenderPdfAsync<ValuationReportPdf>(
            new Dictionary<string, object?> { [nameof(ValuationReportPdf.Report)] = report.Value },
            new DocumentInfo("Inventory valuation", report.Value.OrganizationName), ct);
        return Results.File(pdf, "application/pdf", $"valuation-{DownloadQuery.Format(report.Value.AsOf)}.pdf");
    }

    private static IResult BadRequest =>
        Results.BadRequest("The organization must be empty or an id, the date yyyy-MM-dd, the grouping Warehouse or Category.");

    private static (ValuationQuery Query, bool Valid) Parse(string? organization, string? asOf, string? groupBy)
    {
        var parse = new DownloadQuery();
        var query = new ValuationQuery(parse.Guid(organization), parse.Date(asOf), parse.Enum<ValuationGrouping>(groupBy) ?? ValuationGrouping.Warehouse);
        return (query, parse.Valid);
    }
}
