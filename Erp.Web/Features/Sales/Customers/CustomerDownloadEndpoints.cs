using System.Globalization;
using Erp.Domain.Common;
using Erp.Domain.Sales;
using Erp.Domain.Sales.Customers;
using Erp.Web.Infrastructure.Exports;

namespace Erp.Web.Features.Sales.Customers;

/// <summary>The customer list's Excel export and the import template: policy-checked, then checked again by the services.</summary>
public static class CustomerDownloadEndpoints
{
    public const string ExportPath = "/sales/customers/export.xlsx";
    public const string ImportTemplatePath = "/sales/customers/import-template.xlsx";

    public static readonly IReadOnlyList<ExcelColumn<CustomerRow>> Columns =
    [
        new("Code", r => r.Code, Width: 14),
        new("Name", r => r.Name, Width: 36),
        new("Kind", r => r.Kind.ToString(), Width: 10),
        new("Tax id", r => r.TaxId, Width: 16),
        new("Email", r => r.Email, Width: 28),
        new("Phone", r => r.Phone, Width: 16),
        new("City", r => r.City, Width: 18),
        new("Country", r => r.Country, Width: 9),
        new("Group", r => r.Group, Width: 16),
        new("Payment terms", r => r.PaymentTerms, Width: 16),
        new("Credit limit", r => r.CreditLimit, ExcelFormat.Number, Width: 14),
        new("Currency", r => r.CurrencyCode, Width: 9),
        new("Tags", r => string.Join(", ", r.TagList), Width: 20),
        new("Status", r => r.Status.ToString(), Width: 10),
    ];

    public static IEndpointRouteBuilder MapCustomerDownloads(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(ExportPath, ExportAsync).RequireAuthorization(SalesPermissions.View);
        endpoints.MapGet(ImportTemplatePath, TemplateAsync).RequireAuthorization(SalesPermissions.Manage);
        return endpoints;
    }

    public static string ExportUrl(CustomerListQuery query) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{ExportPath}?search={Uri.EscapeDataString(query.Search ?? "")}&group={query.GroupId}&status={query.Status}&tag={Uri.EscapeDataString(query.Tag ?? "")}&country={query.Country}&sort={query.Sort}&desc={query.Desc}");

    private static async Task<IResult> ExportAsync(string? search, string? group, string? status, string? tag, string? country,
        string? sort, string? desc, CustomerQueries queries, ExcelExporter exporter, TimeProvider clock, CancellationToken ct)
    {
        Guid? groupId = null;
        CustomerStatus? customerStatus = null;
        if (!string.IsNullOrWhiteSpace(group))
        {
            if (!Guid.TryParse(group, out var g))
            {
                return Results.BadRequest("The group filter must be empty or a valid id.");
            }

            groupId = g;
        }

        if (!string.IsNullOrWhiteSpace(status))
        {
            if (!Enum.TryParse<CustomerStatus>(status, true, out var s) || !Enum.IsDefined(s) || char.IsDigit(status[0]))
            {
                return Results.BadRequest("The status filter must be empty, Active or Blocked.");
            }

            customerStatus = s;
        }

        var result = await queries.ExportAsync(new CustomerListQuery(search, groupId, customerStatus, tag, country, sort,
            bool.TryParse(desc, out var d) && d), ct);
        if (!result.IsSuccess)
        {
            return result.Error == CommonErrors.Forbidden ? Results.Forbid() : Results.NotFound();
        }

        var file = await exporter.ExportAsync("Customers", Columns, result.Value.Rows, ct);
        return Results.File(file, ExcelExporter.ContentType, $"customers-{clock.GetUtcNow():yyyy-MM-dd}.xlsx");
    }

    /// <summary>An empty workbook with the import's headers, to fill in.</summary>
    private static async Task<IResult> TemplateAsync(ExcelExporter exporter, CancellationToken ct)
    {
        var columns = CustomerImportCommand.Columns.Select(h => new ExcelColumn<string>(h, _ => null, Width: 16)).ToList();
        var file = await exporter.ExportAsync("Customers", columns, AsyncEnumerable.Empty<string>(), ct);
        return Results.File(file, ExcelExporter.ContentType, "customer-import-template.xlsx");
    }
}
