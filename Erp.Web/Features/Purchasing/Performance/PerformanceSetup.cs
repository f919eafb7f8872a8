using System.Globalization;
using Erp.Domain.Purchasing;
using Erp.Web.Features.Inventory.Stock;
using Erp.Web.Infrastructure.Documents;
using Erp.Web.Infrastructure.Exports;
using Erp.Web.Infrastructure.Modules;
using MudBlazor;

namespace Erp.Web.Features.Purchasing.Performance;

/// <summary>Supplier performance: the report page, its Excel and PDF downloads, the supplier page's tab.</summary>
public static class PerformanceSetup
{
    public const string ExcelPath = "/purchasing/performance.xlsx";
    public const string PdfPath = "/purchasing/performance.pdf";

    public static readonly IReadOnlyList<ExcelColumn<SupplierPerformanceRow>> Columns =
    [
        new("Code", r => r.Code, Width: 12),
        new("Supplier", r => r.Name, Width: 34),
        new("Receipts", r => r.Figures.Receipts, ExcelFormat.WholeNumber, Width: 10),
        new("On time %", r => r.Figures.OnTimePercent, ExcelFormat.Number, Width: 11),
        new("Average lead time (days)", r => r.Figures.AverageLeadDays, ExcelFormat.Number, Width: 14),
        new("Order lines", r => r.Figures.OrderLines, ExcelFormat.WholeNumber, Width: 11),
        new("Fill rate %", r => r.Figures.FillRatePercent, ExcelFormat.Number, Width: 11),
        new("Rejected %", r => r.Figures.RejectionPercent, ExcelFormat.Number, Width: 11),
        new("Price variance %", r => r.Figures.PriceVariancePercent, ExcelFormat.Number, Width: 13),
    ];

    public static IServiceCollection AddSupplierPerformance(this IServiceCollection services, NavigationRegistry navigation)
    {
        services.AddScoped<SupplierPerformanceQueries>();
        navigation.Add(new NavEntry(PurchasingModule.Group, "Supplier performance", "/purchasing/performance", Icons.Material.Filled.Insights,
            PurchasingPermissions.View, 70));
        return services;
    }

    public static IEndpointRouteBuilder MapSupplierPerformanceDownloads(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(ExcelPath, ExcelAsync).RequireAuthorization(PurchasingPermissions.View);
        endpoints.MapGet(PdfPath, PdfAsync).RequireAuthorization(PurchasingPermissions.View);
        return endpoints;
    }

    public static string Query(DateOnly from, DateOnly to) =>
        string.Create(CultureInfo.InvariantCulture, $"?from={DownloadQuery.Format(from)}&to={DownloadQuery.Format(to)}");

    private static async Task<IResult> ExcelAsync(string? from, string? to, SupplierPerformanceQueries queries, ExcelExporter exporter,
        CancellationToken ct)
    {
        var report = await ReportAsync(from, to, queries, ct);
        if (report.Refusal is not null)
        {
            return report.Refusal;
        }

        var file = await exporter.ExportAsync("Supplier performance", Columns, report.Report!.Rows.ToAsyncEnumerable(), ct);
        return Results.File(file, ExcelExporter.ContentType,
            $"supplier-performance-{DownloadQuery.Format(report.Report.From)}-{DownloadQuery.Format(report.Report.To)}.xlsx");
    }

    private static async Task<IResult> PdfAsync(string? from, string? to, SupplierPerformanceQueries queries, DocumentService documents,
        CancellationToken ct)
    {
        var report = await ReportAsync(from, to, queries, ct);
        if (report.Refusal is not null)
        {
            return report.Refusal;
        }

        var pdf = await documents.RenderPdfAsync<SupplierPerformancePdf>(
            new Dictionary<string, object?> { [nameof(SupplierPerformancePdf.Report)] = report.Report },
            new DocumentInfo("Supplier performance", report.Report!.OrganizationName, Landscape: true), ct);
        return Results.File(pdf, "application/pdf",
            $"supplier-performance-{DownloadQuery.Format(report.Report.From)}-{DownloadQuery.Format(report.Report.To)}.pdf");
    }

    private static async Task<(SupplierPerformanceReport? Report, IResult? Refusal)> ReportAsync(string? from, string? to,
        SupplierPerformanceQueries queries, CancellationToken ct)
    {
        var parse = new DownloadQuery();
        var (defaultFrom, defaultTo) = queries.DefaultPeriod();
        var start = parse.Date(from) ?? defaultFrom;
        var end = parse.Date(to) ?? defaultTo;
        if (!parse.Valid)
        {
            return (null, Results.BadRequest("The from and to dates must be empty or yyyy-MM-dd."));
        }

        var report = await queries.ReportAsync(start, end, ct);
        if (report.IsSuccess)
        {
            return (report.Value, null);
        }

        return (null, report.Error == SupplierPerformanceQueries.BadPeriod
            ? Results.BadRequest(report.Error.Message)
            : DownloadQuery.Refused(report.Error!));
    }
}
