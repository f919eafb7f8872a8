using System.Globalization;
using Erp.Domain.Purchasing;
using Erp.Web.Features.Inventory.Stock;
using Erp.Web.Infrastructure.Documents;
using Erp.Web.Infrastructure.Exports;

namespace Erp.Web.Features.Purchasing.Receipts;

/// <summary>
/// The receipts list in Excel (exactly the grid's view) and one receipt's goods received note as PDF. The policy
/// refuses users without Purchasing.View; the queries check it again and read only the signed-in tenant's receipts.
/// </summary>
public static class PurchaseReceiptDownloadEndpoints
{
    public const string ExportPath = "/purchasing/receipts/export.xlsx";

    public static readonly IReadOnlyList<ExcelColumn<PurchaseReceiptRow>> Columns =
    [
        new("Number", r => r.Number, Width: 18),
        new("Date", r => r.Date, ExcelFormat.Date, Width: 12),
        new("Purchase order", r => r.OrderNumber, Width: 18),
        new("Supplier", r => r.SupplierName, Width: 28),
        new("Delivery note", r => r.DeliveryNote, Width: 18),
        new("Lines", r => r.Lines, ExcelFormat.WholeNumber, Width: 7),
        new("Landed costs", r => r.LandedCosts, ExcelFormat.Number, Width: 14),
        new("Stock value", r => r.StockValue, ExcelFormat.Number, Width: 14),
    ];

    public static string PdfUrl(Guid id) => $"/purchasing/receipts/{id}/pdf";

    public static string ExportUrl(PurchaseReceiptListQuery q) => string.Create(CultureInfo.InvariantCulture,
        $"{ExportPath}?search={Uri.EscapeDataString(q.Search ?? "")}&supplier={q.SupplierId}&from={DownloadQuery.Format(q.From)}&to={DownloadQuery.Format(q.To)}&sort={q.Sort}&desc={q.Desc}");

    public static IEndpointRouteBuilder Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(ExportPath, ExportAsync).RequireAuthorization(PurchasingPermissions.View);
        endpoints.MapGet("/purchasing/receipts/{id:guid}/pdf", PdfAsync).RequireAuthorization(PurchasingPermissions.View);
        return endpoints;
    }

    private static async Task<IResult> ExportAsync(string? search, string? supplier, string? from, string? to, string? sort, string? desc,
        PurchaseReceiptQueries queries, ExcelExporter exporter, TimeProvider clock, CancellationToken ct)
    {
        var query = new DownloadQuery();
        var supplierId = query.Guid(supplier);
        var (fromDay, toDay) = (query.Date(from), query.Date(to));
        var descending = query.Bool(desc) ?? false;
        if (!query.Valid)
        {
            return Results.BadRequest("supplier must be an id, the dates yyyy-MM-dd and desc true or false.");
        }

        var rows = await queries.ExportAsync(new PurchaseReceiptListQuery(search, supplierId, fromDay, toDay, sort, descending), ct);
        if (!rows.IsSuccess)
        {
            return DownloadQuery.Refused(rows.Error!);
        }

        var file = await exporter.ExportAsync("Purchase receipts", Columns, rows.Value.Rows, ct);
        return Results.File(file, ExcelExporter.ContentType, $"purchase-receipts-{clock.GetUtcNow():yyyy-MM-dd}.xlsx");
    }

    private static async Task<IResult> PdfAsync(Guid id, PurchaseReceiptQueries queries, DocumentService documents, CancellationToken ct)
    {
        var receipt = await queries.GetAsync(id, ct);
        if (!receipt.IsSuccess)
        {
            return DownloadQuery.Refused(receipt.Error!);
        }

        var pdf = await documents.RenderPdfAsync<PurchaseReceiptPdf>(
            new Dictionary<string, object?> { [nameof(PurchaseReceiptPdf.Receipt)] = receipt.Value },
            new DocumentInfo($"Goods received note {receipt.Value.Number}", receipt.Value.OrganizationName), ct);
        return Results.File(pdf, "application/pdf", $"{receipt.Value.Number}.pdf");
    }
}
