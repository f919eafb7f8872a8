using System.Globalization;
using Erp.Domain.Common;
using Erp.Domain.Pos;
using Erp.Web.Infrastructure.Exports;

namespace Erp.Web.Features.Pos.Registers;

/// <summary>The registers list as Excel, exactly as filtered and sorted on screen.</summary>
public static class RegisterDownloadEndpoints
{
    public const string ExportPath = "/pos/registers/export.xlsx";

    public static readonly IReadOnlyList<ExcelColumn<CashRegisterRow>> Columns =
    [
        new("Code", r => r.Code, Width: 12),
        new("Name", r => r.Name, Width: 20),
        new("Location", r => r.Location, Width: 22),
        new("Organization", r => r.Organization, Width: 24),
        new("Paper", r => r.Paper.ToString(), Width: 8),
        new("Active", r => r.IsActive, ExcelFormat.Boolean, Width: 8),
        new("Open session", r => r.OpenSession, Width: 18),
        new("Opened by", r => r.OpenBy, Width: 20),
    ];

    public static string ExportUrl(CashRegisterListQuery q) => string.Create(CultureInfo.InvariantCulture,
        $"{ExportPath}?search={Uri.EscapeDataString(q.Search ?? "")}&active={q.Active}&sort={q.Sort}&desc={q.Desc}");

    public static IEndpointRouteBuilder MapRegisterDownloads(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(ExportPath, async (string? search, string? active, string? sort, string? desc, CashRegisterQueries queries,
            ExcelExporter exporter, TimeProvider clock, CancellationToken ct) =>
        {
            bool? activeFilter = bool.TryParse(active, out var a) ? a : null;
            var rows = await queries.ExportAsync(new CashRegisterListQuery(search, activeFilter, sort, bool.TryParse(desc, out var d) && d), ct);
            if (!rows.IsSuccess)
            {
                return rows.Error == CommonErrors.Forbidden ? Results.Forbid() : Results.NotFound();
            }

            var file = await exporter.ExportAsync("Registers", Columns, rows.Value.ToAsyncEnumerable(), ct);
            return Results.File(file, ExcelExporter.ContentType, $"registers-{clock.GetUtcNow():yyyy-MM-dd}.xlsx");
        }).RequireAuthorization(PosPermissions.Sell);
        return endpoints;
    }
}
