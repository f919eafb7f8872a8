using System.Globalization;
using Erp.Domain.Purchasing;
using Erp.Web.Features.Inventory.Stock;
using Erp.Web.Infrastructure.Exports;

namespace Erp.Web.Features.Purchasing.Suppliers;

/// <summary>The supplier list's Excel export and the import template: policy-checked, then checked again by the services.</summary>
public static class SupplierDownloadEndpoints
{
    public const string ExportPath = "/purchasing/suppliers/export.xlsx";
    public const string ImportTemplatePath = "/purchasing/suppliers/import-template.xlsx";

    /// <summary>The export's columns; the import reads the same headers (all but the code).</summary>
    public static readonly IReadOnlyList<ExcelColumn<SupplierRow>> Columns =
    [
        new("Code", r => r.Code, Width: 12),
        new("Name", r => r.Name, Width: 34),
        new("Tax id", r => r.TaxId, Width: 16),
        new("Email", r => r.Email, Width: 28),
        new("Phone", r => r.Phone, Width: 16),
        new("Website", r => r.Website, Width: 24),
        new("Address line 1", r => r.AddressLine1, Width: 26),
        new("Address line 2", r => r.AddressLine2, Width: 18),
        new("City", r => r.City, Width: 16),
        new("Postal code", r => r.PostalCode, Width: 11),
        new("State", r => r.State, Width: 8),
        new("Country", r => r.Country, Width: 8),
        new("Payment terms", r => r.PaymentTerms, Width: 16),
        new("Currency", r => r.CurrencyCode, Width: 9),
        new("Lead time (days)", r => r.LeadTimeDays, ExcelFormat.WholeNumber, Width: 10),
        new("Active", r => r.IsActive ? "yes" : "no", Width: 8),
        new("Notes", r => r.Notes, Width: 30),
    ];

    public static IEndpointRouteBuilder MapSupplierListDownloads(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(ExportPath, ExportAsync).RequireAuthorization(PurchasingPermissions.View);
        endpoints.MapGet(ImportTemplatePath, TemplateAsync).RequireAuthorization(PurchasingPermissions.ManageSuppliers);
        return endpoints;
    }

    public static string ExportUrl(SupplierListQuery query) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{ExportPath}?search={Uri.EscapeDataString(query.Search ?? "")}&active={query.Active}&country={query.Country}&currency={query.Currency}&sort={query.Sort}&desc={query.Desc}");

    private static async Task<IResult> ExportAsync(string? search, string? active, string? country, string? currency, string? sort,
        string? desc, SupplierQueries queries, ExcelExporter exporter, TimeProvider clock, CancellationToken ct)
    {
        var parse = new DownloadQuery();
        var query = new SupplierListQuery(search, parse.Bool(active), country, currency, sort, parse.Bool(desc) ?? false);
        if (!parse.Valid)
        {
            return Results.BadRequest("The active and desc filters must be empty, true or false.");
        }

        var result = await queries.ExportAsync(query, ct);
        if (!result.IsSuccess)
        {
            return DownloadQuery.Refused(result.Error!);
        }

        var file = await exporter.ExportAsync("Suppliers", Columns, result.Value.Rows, ct);
        return Results.File(file, ExcelExporter.ContentType, $"suppliers-{clock.GetUtcNow():yyyy-MM-dd}.xlsx");
    }

    /// <summary>An empty workbook with the import's headers, to fill in.</summary>
    private static async Task<IResult> TemplateAsync(ExcelExporter exporter, CancellationToken ct)
    {
        var columns = SupplierImportCommand.Columns.Select(h => new ExcelColumn<string>(h, _ => null, Width: 16)).ToList();
        var file = await exporter.ExportAsync("Suppliers", columns, AsyncEnumerable.Empty<string>(), ct);
        return Results.File(file, ExcelExporter.ContentType, "supplier-import-template.xlsx");
    }
}
