using System.Globalization;
using Erp.Domain.Common;
using Erp.Domain.Sales;
using Erp.Domain.Sales.Orders;
using Erp.Domain.Sales.Quotations;
using Erp.Web.Features.Sales.Quotations;
using Erp.Web.Infrastructure.Documents;
using Erp.Web.Infrastructure.Exports;

namespace Erp.Web.Features.Sales.Orders;

/// <summary>
/// Excel exports of the quotation and order lists and the PDF of one quotation or order. The policy refuses users without
/// Sales.View; the services check it again and read only the signed-in tenant's documents (others → 404).
/// </summary>
public static class SalesOrderDownloadEndpoints
{
    public const string OrderExportPath = "/sales/orders/export.xlsx";
    public const string QuotationExportPath = "/sales/quotations/export.xlsx";

    public static readonly IReadOnlyList<ExcelColumn<SalesOrderRow>> OrderColumns =
    [
        new("Number", r => r.Number, Width: 18),
        new("Date", r => r.OrderDate, ExcelFormat.Date, Width: 12),
        new("Status", r => r.Status.ToString(), Width: 16),
        new("Customer code", r => r.CustomerCode, Width: 14),
        new("Customer", r => r.CustomerName, Width: 28),
        new("Ships from", r => r.Location, Width: 22),
        new("Currency", r => r.Currency, Width: 9),
        new("Total", r => r.Gross, ExcelFormat.Number, Width: 14),
        new("Lines", r => r.Lines, ExcelFormat.WholeNumber, Width: 7),
    ];

    public static readonly IReadOnlyList<ExcelColumn<QuotationRow>> QuotationColumns =
    [
        new("Number", r => r.Number, Width: 18),
        new("Date", r => r.QuotationDate, ExcelFormat.Date, Width: 12),
        new("Valid until", r => r.ValidUntil, ExcelFormat.Date, Width: 12),
        new("Status", r => r.Status.ToString(), Width: 11),
        new("Customer code", r => r.CustomerCode, Width: 14),
        new("Customer", r => r.CustomerName, Width: 28),
        new("Currency", r => r.Currency, Width: 9),
        new("Total", r => r.Gross, ExcelFormat.Number, Width: 14),
        new("Lines", r => r.Lines, ExcelFormat.WholeNumber, Width: 7),
    ];

    public static string OrderPdfUrl(Guid id) => $"/sales/orders/{id}/pdf";

    public static string QuotationPdfUrl(Guid id) => $"/sales/quotations/{id}/pdf";

    public static string OrderExportUrl(SalesOrderListQuery q) => string.Create(CultureInfo.InvariantCulture,
        $"{OrderExportPath}?search={Uri.EscapeDataString(q.Search ?? "")}&status={q.Status}&customer={q.CustomerId}&from={q.From:yyyy-MM-dd}&to={q.To:yyyy-MM-dd}&sort={q.Sort}&desc={q.Desc}");

    public static string QuotationExportUrl(QuotationListQuery q) => string.Create(CultureInfo.InvariantCulture,
        $"{QuotationExportPath}?search={Uri.EscapeDataString(q.Search ?? "")}&status={q.Status}&customer={q.CustomerId}&from={q.From:yyyy-MM-dd}&to={q.To:yyyy-MM-dd}&sort={q.Sort}&desc={q.Desc}");

    public static IEndpointRouteBuilder MapSalesOrderDownloads(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(OrderExportPath, ExportOrdersAsync).RequireAuthorization(SalesPermissions.View);
        endpoints.MapGet(QuotationExportPath, ExportQuotationsAsync).RequireAuthorization(SalesPermissions.View);
        endpoints.MapGet("/sales/orders/{id:guid}/pdf", OrderPdfAsync).RequireAuthorization(SalesPermissions.View);
        endpoints.MapGet("/sales/quotations/{id:guid}/pdf", QuotationPdfAsync).RequireAuthorization(SalesPermissions.View);
        return Deliveries.DeliveryEndpoints.MapDeliveryDownloads(endpoints);
    }

    private static async Task<IResult> ExportOrdersAsync(string? search, string? status, string? customer, string? from, string? to,
        string? sort, string? desc, SalesOrderQueries queries, ExcelExporter exporter, TimeProvider clock, CancellationToken ct)
    {
        if (!TryEnum(status, out SalesOrderStatus? parsedStatus) || !TryFilters(customer, from, to, desc, out var filters))
        {
            return Results.BadRequest("The filters must be empty or valid: status name, customer id, dates yyyy-mm-dd, desc true/false.");
        }

        var result = await queries.ExportAsync(new SalesOrderListQuery(search, parsedStatus, filters.Customer, filters.From, filters.To, sort,
            filters.Desc), ct);
        if (!result.IsSuccess)
        {
            return Refused(result.Error!);
        }

        var file = await exporter.ExportAsync("Sales orders", OrderColumns, result.Value.Rows, ct);
        return Results.File(file, ExcelExporter.ContentType, $"sales-orders-{clock.GetUtcNow():yyyy-MM-dd}.xlsx");
    }

    private static async Task<IResult> ExportQuotationsAsync(string? search, string? status, string? customer, string? from, string? to,
        string? sort, string? desc, QuotationQueries queries, ExcelExporter exporter, TimeProvider clock, CancellationToken ct)
    {
        if (!TryEnum(status, out QuotationStatus? parsedStatus) || !TryFilters(customer, from, to, desc, out var filters))
        {
            return Results.BadRequest("The filters must be empty or valid: status name, customer id, dates yyyy-mm-dd, desc true/false.");
        }

        var result = await queries.ExportAsync(new QuotationListQuery(search, parsedStatus, filters.Customer, filters.From, filters.To, sort,
            filters.Desc), ct);
        if (!result.IsSuccess)
        {
            return Refused(result.Error!);
        }

        var file = await exporter.ExportAsync("Quotations", QuotationColumns, result.Value.Rows, ct);
        return Results.File(file, ExcelExporter.ContentType, $"quotations-{clock.GetUtcNow():yyyy-MM-dd}.xlsx");
    }

    private static async Task<IResult> OrderPdfAsync(Guid id, SalesOrderQueries queries, DocumentService documents, CancellationToken ct)
    {
        var order = await queries.GetAsync(id, ct);
        if (!order.IsSuccess)
        {
            return Refused(order.Error!);
        }

        var pdf = await documents.RenderPdfAsync<SalesOrderPdf>(
            new Dictionary<string, object?> { [nameof(SalesOrderPdf.Order)] = order.Value },
            new DocumentInfo($"Sales order {order.Value.Number}", order.Value.OrganizationName), ct);
        return Results.File(pdf, "application/pdf", $"{order.Value.Number}.pdf");
    }

    private static async Task<IResult> QuotationPdfAsync(Guid id, QuotationQueries queries, DocumentService documents, CancellationToken ct)
    {
        var quotation = await queries.GetAsync(id, ct);
        if (!quotation.IsSuccess)
        {
            return Refused(quotation.Error!);
        }

        var pdf = await documents.RenderPdfAsync<QuotationPdf>(
            new Dictionary<string, object?> { [nameof(QuotationPdf.Quotation)] = quotation.Value },
            new DocumentInfo($"Quotation {quotation.Value.Number}", quotation.Value.OrganizationName), ct);
        return Results.File(pdf, "application/pdf", $"{quotation.Value.Number}.pdf");
    }

    private sealed record Filters(Guid? Customer, DateOnly? From, DateOnly? To, bool Desc);

    private static bool TryFilters(string? customer, string? from, string? to, string? desc, out Filters filters)
    {
        filters = new Filters(null, null, null, false);
        Guid? customerId = null;
        DateOnly? fromDate = null, toDate = null;
        var descending = false;
        if (!string.IsNullOrWhiteSpace(customer))
        {
            if (!Guid.TryParse(customer, out var parsed))
            {
                return false;
            }

            customerId = parsed;
        }

        if (!TryDate(from, out fromDate) || !TryDate(to, out toDate)
            || (!string.IsNullOrWhiteSpace(desc) && !bool.TryParse(desc.Trim(), out descending)))
        {
            return false;
        }

        filters = new Filters(customerId, fromDate, toDate, descending);
        return true;
    }

    private static bool TryDate(string? text, out DateOnly? value)
    {
        value = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (!DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            return false;
        }

        value = parsed;
        return true;
    }

    private static bool TryEnum<T>(string? text, out T? value) where T : struct, Enum
    {
        value = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (!Enum.TryParse<T>(text.Trim(), ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed))
        {
            return false;
        }

        value = parsed;
        return true;
    }

    private static IResult Refused(Error error) =>
        error == CommonErrors.Forbidden ? Results.Forbid() : Results.NotFound();
}
