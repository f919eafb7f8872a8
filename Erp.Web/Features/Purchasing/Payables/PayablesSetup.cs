using System.Globalization;
using Erp.Domain.Purchasing;
using Erp.Web.Features.Inventory.Stock;
using Erp.Web.Infrastructure.Exports;
using Erp.Web.Infrastructure.Modules;
using MudBlazor;

namespace Erp.Web.Features.Purchasing.Payables;

/// <summary>Supplier balances, statements and the payables aging: services, menu entry and the aging's Excel export.</summary>
public static class PayablesSetup
{
    public const string AgingExportPath = "/purchasing/payables/aging.xlsx";

    public static readonly IReadOnlyList<ExcelColumn<PayableAgingRow>> AgingColumns =
    [
        new("Supplier code", r => r.SupplierCode, Width: 14),
        new("Supplier", r => r.SupplierName, Width: 30),
        new("Current", r => r.Current, ExcelFormat.Number, Width: 14),
        new("1–30", r => r.Days1To30, ExcelFormat.Number, Width: 14),
        new("31–60", r => r.Days31To60, ExcelFormat.Number, Width: 14),
        new("61–90", r => r.Days61To90, ExcelFormat.Number, Width: 14),
        new("90+", r => r.Over90, ExcelFormat.Number, Width: 14),
        new("Total", r => r.Total, ExcelFormat.Number, Width: 14),
    ];

    public static IServiceCollection AddPayables(this IServiceCollection services, NavigationRegistry navigation)
    {
        services.AddScoped<PayableQueries>();
        navigation.Add(new NavEntry(PurchasingModule.Group, "Payables aging", "/purchasing/payables", Icons.Material.Filled.HourglassBottom,
            PurchasingPermissions.View, 70));
        return services;
    }

    public static string AgingExportUrl(PayableAgingQuery q) => string.Create(CultureInfo.InvariantCulture,
        $"{AgingExportPath}?asOf={q.AsOf:yyyy-MM-dd}&search={Uri.EscapeDataString(q.Search ?? "")}&sort={q.Sort}&desc={q.Desc}");

    public static IEndpointRouteBuilder MapPayablesDownloads(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(AgingExportPath, ExportAgingAsync).RequireAuthorization(PurchasingPermissions.View);
        return endpoints;
    }

    private static async Task<IResult> ExportAgingAsync(string? asOf, string? search, string? sort, string? desc, PayableQueries queries,
        ExcelExporter exporter, CancellationToken ct)
    {
        var parse = new DownloadQuery();
        var date = parse.Date(asOf);
        var descending = parse.Bool(desc) ?? false;
        if (!parse.Valid)
        {
            return Results.BadRequest("asOf must be a date (yyyy-MM-dd) and desc true or false.");
        }

        var query = new PayableAgingQuery(date ?? queries.Today, search, sort, descending);
        var result = await queries.AgingExportAsync(query, ct);
        if (!result.IsSuccess)
        {
            return DownloadQuery.Refused(result.Error!);
        }

        var file = await exporter.ExportAsync("Payables aging", AgingColumns, result.Value.Rows, ct);
        return Results.File(file, ExcelExporter.ContentType, string.Create(CultureInfo.InvariantCulture, $"payables-aging-{query.AsOf:yyyy-MM-dd}.xlsx"));
    }
}
