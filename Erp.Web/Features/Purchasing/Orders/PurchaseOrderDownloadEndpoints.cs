using System.Globalization;
using Erp.Domain.Common;
using Erp.Domain.Purchasing;
using Erp.Domain.Purchasing.Orders;
using Erp.Web.Infrastructure.Documents;
using Erp.Web.Infrastructure.Exports;

namespace Erp.Web.Features.Purchasing.Orders;

/// <summary>The purchase order PDF and the Excel export of the list's view. Other tenants' orders are 404.</summary>
public static class PurchaseOrderDownloadEndpoints
{
    public const string ExportPath = "/purchasing/orders/export.xlsx";

    public static readonly IReadOnlyList<ExcelColumn<PurchaseOrderRow>> Columns =
    [
        new("Number", r => r.Number, Width: 18),
        new("Date", r => r.OrderDate, ExcelFormat.Date, Width: 12),
        new("Expected", r => r.ExpectedDate, ExcelFormat.Date, Width: 12),
        new("Status", r => r.Status.ToString(), Width: 16),
        new("Source", r => r.Source.ToString(), Width: 14),
        new("Supplier code", r => r.SupplierCode, Width: 12),
        new("Supplier", r => r.SupplierName, Width: 28),
        new("Location", r => r.Location, Width: 20),
        new("Currency", r => r.Currency, Width: 9),
        new("Net", r => r.NetTotal, ExcelFormat.Number, Width: 14),
        new("Total", r => r.GrossTotal, ExcelFormat.Number, Width: 14),
    ];

    public static string ExportUrl(PurchaseOrderListQuery q) => string.Create(CultureInfo.InvariantCulture,
        $"{ExportPath}?search={Uri.EscapeDataString(q.Search ?? "")}&status={q.Status}&supplier={q.SupplierId}&source={q.Source}&from={q.From:yyyy-MM-dd}&to={q.To:yyyy-MM-dd}&sort={q.Sort}&desc={q.Desc}");

    public static IEndpointRouteBuilder MapPurchaseOrderEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(ExportPath, ExportAsync).RequireAuthorization(PurchasingPermissions.View);
        endpoints.MapGet("/purchasing/orders/{id:guid}/pdf", PdfAsync).RequireAuthorization(PurchasingPermissions.View);
        return endpoints;
    }

    private static async Task<IResult> ExportAsync(string? search, string? status, string? supplier, string? source, string? from,
        string? to, string? sort, string? desc, PurchaseOrderQueries queries, ExcelExporter exporter, TimeProvider clock, CancellationToken ct)
    {
        if (!TryEnum(status, out PurchaseOrderStatus? parsedStatus) || !TryEnum(source, out PurchaseOrderSource? parsedSource)
            || !TryGuid(supplier, out var supplierId) || !TryDate(from, out var fromDate) || !TryDate(to, out var toDate)
            || !(string.IsNullOrWhiteSpace(desc) || bool.TryParse(desc, out _)))
        {
            return Results.BadRequest("The filters must be empty or valid: status and source names, a supplier id, yyyy-MM-dd dates, true/false.");
        }

        var query = new PurchaseOrderListQuery(search, parsedStatus, supplierId, parsedSource, fromDate, toDate, sort,
            !string.IsNullOrWhiteSpace(desc) && bool.Parse(desc));
        var result = await queries.ExportAsync(query, ct);
        if (!result.IsSuccess)
        {
            return Refused(result.Error!);
        }

        var file = await exporter.ExportAsync("Purchase orders", Columns, result.Value.Rows, ct);
        return Results.File(file, ExcelExporter.ContentType, $"purchase-orders-{clock.GetUtcNow():yyyy-MM-dd}.xlsx");
    }

    private static async Task<IResult> PdfAsync(Guid id, PurchaseOrderQueries queries, DocumentService documents, CancellationToken ct)
    {
        var order = await queries.GetAsync(id, ct);
        if (!order.IsSuccess)
        {
            return Refused(order.Error!);
        }

        var pdf = await documents.RenderPdfAsync<PurchaseOrderPdf>(
            new Dictionary<string, object?> { [nameof(PurchaseOrderPdf.Order)] = order.Value },
            new DocumentInfo($"Purchase order {order.Value.Number}", order.Value.Organization.Name), ct);
        return Results.File(pdf, "application/pdf", $"{order.Value.Number}.pdf");
    }

    internal static bool TryEnum<T>(string? text, out T? value) where T : struct, Enum
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

    private static bool TryGuid(string? text, out Guid? value)
    {
        value = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (!Guid.TryParse(text, out var parsed))
        {
            return false;
        }

        value = parsed;
        return true;
    }

    private static bool TryDate(string? text, out DateOnly? value)
    {
        value = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            return false;
        }

        value = parsed;
        return true;
    }

    private static IResult Refused(Error error) => error == CommonErrors.Forbidden ? Results.Forbid() : Results.NotFound();
}
