using System.Globalization;
using Erp.Domain.Common;
using Erp.Domain.Pos;
using Erp.Domain.Pos.Sessions;
using Erp.Web.Features.Inventory.Stock;
using Erp.Web.Infrastructure.Documents;
using Erp.Web.Infrastructure.Exports;

namespace Erp.Web.Features.Pos.Sessions;

/// <summary>
/// Z reports as PDF and Excel (a session's: its cashier or a supervisor; a shop's day: Pos.Supervise) and the sessions
/// list export. The services check the permission and the tenant again: another tenant's session is not found.
/// </summary>
public static class SessionDownloadEndpoints
{
    public const string SessionExportPath = "/pos/sessions/export.xlsx";

    public static readonly IReadOnlyList<ExcelColumn<PosSessionRow>> SessionColumns =
    [
        new("Session", r => r.Number, Width: 18),
        new("Status", r => r.Status.ToString(), Width: 9),
        new("Register", r => r.Register, Width: 18),
        new("Location", r => r.Location, Width: 20),
        new("Cashier", r => r.Cashier, Width: 20),
        new("Opened (UTC)", r => r.OpenedAt, ExcelFormat.DateTime, Width: 17),
        new("Closed (UTC)", r => r.ClosedAt, ExcelFormat.DateTime, Width: 17),
        new("Currency", r => r.Currency, Width: 9),
        new("Float", r => r.OpeningFloat, ExcelFormat.Number, Width: 12),
        new("Sales", r => r.Sales, ExcelFormat.WholeNumber, Width: 8),
        new("Sales total", r => r.SalesTotal, ExcelFormat.Number, Width: 14),
        new("Expected cash", r => r.ExpectedCash, ExcelFormat.Number, Width: 14),
        new("Counted cash", r => r.CountedCash, ExcelFormat.Number, Width: 14),
        new("Difference", r => r.Difference, ExcelFormat.Number, Width: 12),
    ];

    public static string SessionPdfUrl(Guid id) => $"/pos/sessions/{id}/z.pdf";

    public static string SessionExcelUrl(Guid id) => $"/pos/sessions/{id}/z.xlsx";

    public static string ShopPdfUrl(Guid? locationId, DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"/pos/z.pdf?location={locationId}&date={date:yyyy-MM-dd}");

    public static string ShopExcelUrl(Guid? locationId, DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"/pos/z.xlsx?location={locationId}&date={date:yyyy-MM-dd}");

    public static string SessionExportUrl(PosSessionListQuery q) => string.Create(CultureInfo.InvariantCulture,
        $"{SessionExportPath}?search={Uri.EscapeDataString(q.Search ?? "")}&status={q.Status}&register={q.RegisterId}&from={q.From:yyyy-MM-dd}&to={q.To:yyyy-MM-dd}&sort={q.Sort}&desc={q.Desc}");

    public static IEndpointRouteBuilder MapSessionDownloads(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/pos/sessions/{id:guid}/z.pdf", async (Guid id, ZReportQueries queries, DocumentService documents, CancellationToken ct) =>
                await Pdf(await queries.ForSessionAsync(id, ct), documents, ct))
            .RequireAuthorization(PosPermissions.Sell);
        endpoints.MapGet("/pos/sessions/{id:guid}/z.xlsx", async (Guid id, ZReportQueries queries, CancellationToken ct) =>
                Excel(await queries.ForSessionAsync(id, ct)))
            .RequireAuthorization(PosPermissions.Sell);
        endpoints.MapGet("/pos/z.pdf", async (Guid? location, string? date, ZReportQueries queries, DocumentService documents,
                CancellationToken ct) =>
                await ShopDayAsync(date, queries, ct) is { } day
                    ? await Pdf(await queries.ForShopAsync(location, day, ct), documents, ct)
                    : Results.BadRequest("The date is yyyy-MM-dd."))
            .RequireAuthorization(PosPermissions.Supervise);
        endpoints.MapGet("/pos/z.xlsx", async (Guid? location, string? date, ZReportQueries queries, CancellationToken ct) =>
                await ShopDayAsync(date, queries, ct) is { } day
                    ? Excel(await queries.ForShopAsync(location, day, ct))
                    : Results.BadRequest("The date is yyyy-MM-dd."))
            .RequireAuthorization(PosPermissions.Supervise);
        endpoints.MapGet(SessionExportPath, ExportSessionsAsync).RequireAuthorization(PosPermissions.Sell);
        return endpoints;
    }

    /// <summary>The day of a shop's Z report: the one given, today when none; null when malformed.</summary>
    private static async Task<DateOnly?> ShopDayAsync(string? date, ZReportQueries queries, CancellationToken ct)
    {
        var query = new DownloadQuery();
        var day = query.Date(date);
        return query.Valid ? day ?? await queries.TodayAsync(ct) : null;
    }

    private static async Task<IResult> Pdf(Result<ZReport> report, DocumentService documents, CancellationToken ct)
    {
        if (!report.IsSuccess)
        {
            return DownloadQuery.Refused(report.Error!);
        }

        var pdf = await documents.RenderPdfAsync<ZReportPdf>(new Dictionary<string, object?> { [nameof(ZReportPdf.Report)] = report.Value },
            new DocumentInfo(report.Value.Title, report.Value.OrganizationName), ct);
        return Results.File(pdf, "application/pdf", FileName(report.Value, "pdf"));
    }

    private static IResult Excel(Result<ZReport> report) =>
        report.IsSuccess
            ? Results.File(ZReportWorkbook.Write(report.Value), ExcelExporter.ContentType, FileName(report.Value, "xlsx"))
            : DownloadQuery.Refused(report.Error!);

    private static async Task<IResult> ExportSessionsAsync(string? search, string? status, Guid? register, string? from, string? to,
        string? sort, string? desc, PosSessionQueries queries, ExcelExporter exporter, TimeProvider clock, CancellationToken ct)
    {
        var query = new DownloadQuery();
        var parsedStatus = query.Enum<PosSessionStatus>(status);
        var (fromDay, toDay) = (query.Date(from), query.Date(to));
        if (!query.Valid)
        {
            return Results.BadRequest("status must be Open or Closed and the dates yyyy-MM-dd.");
        }

        var rows = await queries.ExportAsync(new PosSessionListQuery(search, parsedStatus, register, fromDay, toDay, sort,
            bool.TryParse(desc, out var d) && d), ct);
        if (!rows.IsSuccess)
        {
            return DownloadQuery.Refused(rows.Error!);
        }

        var file = await exporter.ExportAsync("Sessions", SessionColumns, rows.Value.ToAsyncEnumerable(), ct);
        return Results.File(file, ExcelExporter.ContentType, $"pos-sessions-{clock.GetUtcNow():yyyy-MM-dd}.xlsx");
    }

    private static string FileName(ZReport report, string extension) =>
        (report.Sessions.Count == 1 && report.Title.Contains(report.Sessions[0].Number, StringComparison.Ordinal)
            ? $"z-{report.Sessions[0].Number}"
            : string.Create(CultureInfo.InvariantCulture, $"z-{report.LocationName}-{report.Date:yyyy-MM-dd}"))
        .Replace(' ', '-') + "." + extension;
}
