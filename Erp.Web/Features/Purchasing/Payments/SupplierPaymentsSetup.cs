using Erp.Domain.Purchasing;
using Erp.Web.Features.Inventory.Stock;
using Erp.Web.Infrastructure.Exports;
using Erp.Web.Infrastructure.Modules;
using MudBlazor;

namespace Erp.Web.Features.Purchasing.Payments;

/// <summary>Supplier payments: services, menu entry and the list's Excel export.</summary>
public static class SupplierPaymentsSetup
{
    public const string ExportPath = "/purchasing/payments/export.xlsx";

    public static readonly IReadOnlyList<ExcelColumn<SupplierPaymentRow>> Columns =
    [
        new("Number", r => r.Number, Width: 18),
        new("Date", r => r.Date, ExcelFormat.Date, Width: 12),
        new("Supplier", r => r.SupplierName, Width: 30),
        new("Method", r => r.Method, Width: 16),
        new("Reference", r => r.Reference, Width: 18),
        new("Currency", r => r.Currency, Width: 9),
        new("Amount", r => r.Amount, ExcelFormat.Number, Width: 14),
    ];

    public static IServiceCollection AddSupplierPayments(this IServiceCollection services, NavigationRegistry navigation)
    {
        services.AddScoped<SupplierPaymentCommands>();
        services.AddScoped<SupplierPaymentQueries>();
        navigation.Add(new NavEntry(PurchasingModule.Group, "Supplier payments", "/purchasing/payments", Icons.Material.Filled.Payments,
            PurchasingPermissions.View, 65));
        return services;
    }

    public static string ExportUrl(SupplierPaymentListQuery q) => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"{ExportPath}?search={Uri.EscapeDataString(q.Search ?? "")}&supplier={q.SupplierId}&sort={q.Sort}&desc={q.Desc}");

    public static IEndpointRouteBuilder MapSupplierPaymentDownloads(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(ExportPath, ExportAsync).RequireAuthorization(PurchasingPermissions.View);
        return endpoints;
    }

    private static async Task<IResult> ExportAsync(string? search, string? supplier, string? sort, string? desc, SupplierPaymentQueries queries,
        ExcelExporter exporter, TimeProvider clock, CancellationToken ct)
    {
        var parse = new DownloadQuery();
        var query = new SupplierPaymentListQuery(search, parse.Guid(supplier), sort, parse.Bool(desc) ?? false);
        if (!parse.Valid)
        {
            return Results.BadRequest("supplier must be an id and desc true or false.");
        }

        var result = await queries.ExportAsync(query, ct);
        if (!result.IsSuccess)
        {
            return DownloadQuery.Refused(result.Error!);
        }

        var file = await exporter.ExportAsync("Supplier payments", Columns, result.Value.Rows, ct);
        return Results.File(file, ExcelExporter.ContentType, $"supplier-payments-{clock.GetUtcNow():yyyy-MM-dd}.xlsx");
    }
}
