using System.Globalization;
using Erp.Domain.Common;
using Erp.Domain.Sales;
using Erp.Domain.Sales.Deliveries;
using Erp.Web.Infrastructure.Documents;
using Erp.Web.Infrastructure.Exports;

namespace Erp.Web.Features.Sales.Deliveries;

/// <summary>
/// The deliveries list in Excel and the delivery note PDF. The policy refuses users without Sales.Deliver; the services
/// check it again and read only the signed-in tenant's deliveries (others → 404).
/// </summary>
public static class DeliveryDownloadEndpoints
{
    public const string ExportPath = "/sales/deliveries/export.xlsx";

    public static readonly IReadOnlyList<ExcelColumn<DeliveryRow>> Columns =
    [
        new("Number", r => r.Number, Width: 18),
        new("Date", r => r.Date, ExcelFormat.Date, Width: 12),
        new("Status", r => r.Status.ToString(), Width: 11),
        new("Order", r => r.OrderNumber, Width: 18),
        new("Customer", r => r.Customer, Width: 30),
        new("Shipped from", r => r.Location, Width: 22),
        new("Lines", r => r.Lines, ExcelFormat.WholeNumber, Width: 7),
        new("Quantity", r => r.Quantity, ExcelFormat.Number, Width: 12),
    ];

    public static string PdfUrl(Guid id) => $"/sales/deliveries/{id}/pdf";

    public static string ExportUrl(DeliveryListQuery q) => string.Create(CultureInfo.InvariantCulture,
        $"{ExportPath}?search={Uri.EscapeDataString(q.Search ?? "")}&status={q.Status}&sort={q.Sort}&desc={q.Desc}");

    public static IEndpointRouteBuilder MapDeliveryDownloads(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(ExportPath, ExportAsync).RequireAuthorization(SalesPermissions.Deliver);
        endpoints.MapGet("/sales/deliveries/{id:guid}/pdf", PdfAsync).RequireAuthorization(SalesPermissions.Deliver);
        return endpoints;
    }

    private static async Task<IResult> ExportAsync(string? search, string? status, string? sort, string? desc,
        DeliveryQueries queries, ExcelExporter exporter, TimeProvider clock, CancellationToken ct)
    {
        DeliveryStatus? parsed = null;
        if (!string.IsNullOrWhiteSpace(status))
        {
            if (!Enum.TryParse<DeliveryStatus>(status.Trim(), true, out var value) || !Enum.IsDefined(value))
            {
                return Results.BadRequest("Unknown status.");
            }

            parsed = value;
        }

        var descending = false;
        if (!string.IsNullOrWhiteSpace(desc) && !bool.TryParse(desc, out descending))
        {
            return Results.BadRequest("desc must be true or false.");
        }

        var result = await queries.ExportAsync(new DeliveryListQuery(search, parsed, sort, descending), ct);
        if (!result.IsSuccess)
        {
            return Refused(result.Error!);
        }

        var file = await exporter.ExportAsync("Deliveries", Columns, result.Value.Rows, ct);
        return Results.File(file, ExcelExporter.ContentType, $"deliveries-{clock.GetUtcNow():yyyy-MM-dd}.xlsx");
    }

    private static async Task<IResult> PdfAsync(Guid id, DeliveryQueries queries, DocumentService documents, CancellationToken ct)
    {
        var delivery = await queries.GetAsync(id, ct);
        if (!delivery.IsSuccess)
        {
            return Refused(delivery.Error!);
        }

        var pdf = await documents.RenderPdfAsync<DeliveryNotePdf>(
            new Dictionary<string, object?> { [nameof(DeliveryNotePdf.Delivery)] = delivery.Value },
            new DocumentInfo($"Delivery note {delivery.Value.Number}", delivery.Value.OrganizationName), ct);
        return Results.File(pdf, "application/pdf", $"{delivery.Value.Number}.pdf");
    }

    private static IResult Refused(Error error) =>
        error == CommonErrors.Forbidden ? Results.Forbid() : Results.NotFound();
}
