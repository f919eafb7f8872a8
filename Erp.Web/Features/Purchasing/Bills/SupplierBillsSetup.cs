using Erp.Domain.Purchasing;
using Erp.Domain.Purchasing.Bills;
using Erp.Web.Components.Shared;
using Erp.Web.Features.Inventory.Stock;
using Erp.Web.Infrastructure.Exports;
using Erp.Web.Infrastructure.Modules;
using MudBlazor;

namespace Erp.Web.Features.Purchasing.Bills;

/// <summary>Supplier bills: services, status colours, menu entry and the list's Excel export.</summary>
public static class SupplierBillsSetup
{
    public const string ExportPath = "/purchasing/bills/export.xlsx";

    public static readonly IReadOnlyList<ExcelColumn<BillRow>> Columns =
    [
        new("Number", r => r.Number, Width: 18),
        new("Date", r => r.BillDate, ExcelFormat.Date, Width: 12),
        new("Due", r => r.DueDate, ExcelFormat.Date, Width: 12),
        new("Status", r => r.Status.ToString(), Width: 13),
        new("Supplier code", r => r.SupplierCode, Width: 14),
        new("Supplier", r => r.SupplierName, Width: 30),
        new("Supplier invoice", r => r.SupplierInvoiceNumber, Width: 18),
        new("Order", r => r.OrderNumber, Width: 16),
        new("Currency", r => r.Currency, Width: 9),
        new("Total", r => r.Gross, ExcelFormat.Number, Width: 14),
        new("Paid", r => r.Paid, ExcelFormat.Number, Width: 14),
        new("Due amount", r => r.Due, ExcelFormat.Number, Width: 14),
    ];

    public static IServiceCollection AddSupplierBills(this IServiceCollection services, NavigationRegistry navigation)
    {
        services.AddScoped<SupplierBillCommands>();
        services.AddScoped<SupplierBillQueries>();
        services.AddScoped<BillDraftQueries>();
        StatusStyles.Register(SupplierBillStatus.Held, Color.Warning, "Held");
        StatusStyles.Register(SupplierBillStatus.Open, Color.Info, "Open");
        StatusStyles.Register(SupplierBillStatus.PartiallyPaid, Color.Primary, "Partly paid");
        StatusStyles.Register(SupplierBillStatus.Paid, Color.Success, "Paid");
        StatusStyles.Register(SupplierBillStatus.Cancelled, Color.Default, "Cancelled");
        navigation.Add(new NavEntry(PurchasingModule.Group, "Bills", "/purchasing/bills", Icons.Material.Filled.RequestQuote,
            PurchasingPermissions.View, 60));
        return services;
    }

    public static string ExportUrl(BillListQuery q) => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"{ExportPath}?search={Uri.EscapeDataString(q.Search ?? "")}&status={q.Status}&supplier={q.SupplierId}&dueBefore={DownloadQuery.Format(q.DueBefore)}&sort={q.Sort}&desc={q.Desc}");

    public static IEndpointRouteBuilder MapSupplierBillDownloads(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(ExportPath, ExportAsync).RequireAuthorization(PurchasingPermissions.View);
        return endpoints;
    }

    private static async Task<IResult> ExportAsync(string? search, string? status, string? supplier, string? dueBefore, string? sort,
        string? desc, SupplierBillQueries queries, ExcelExporter exporter, TimeProvider clock, CancellationToken ct)
    {
        var parse = new DownloadQuery();
        var query = new BillListQuery(search, parse.Enum<SupplierBillStatus>(status), parse.Guid(supplier), parse.Date(dueBefore), sort,
            parse.Bool(desc) ?? false);
        if (!parse.Valid)
        {
            return Results.BadRequest("status must be a bill status, supplier an id, dueBefore a date (yyyy-MM-dd) and desc true or false.");
        }

        var result = await queries.ExportAsync(query, ct);
        if (!result.IsSuccess)
        {
            return DownloadQuery.Refused(result.Error!);
        }

        var file = await exporter.ExportAsync("Bills", Columns, result.Value.Rows, ct);
        return Results.File(file, ExcelExporter.ContentType, $"bills-{clock.GetUtcNow():yyyy-MM-dd}.xlsx");
    }
}
