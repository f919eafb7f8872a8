using System.Globalization;
using Erp.Domain.Common;
using Erp.Domain.Inventory;
using Erp.Domain.Inventory.Transfers;
using Erp.Web.Components.Shared;
using Erp.Web.Infrastructure.Documents;
using Erp.Web.Infrastructure.Exports;

namespace Erp.Web.Features.Inventory.Transfers;

/// <summary>
/// Downloads of the transfers screens: the list as Excel and one transfer as PDF. The policy refuses users without
/// the permission; the queries check it again and read only the signed-in tenant's transfers (others → 404).
/// </summary>
public static class TransferDownloadEndpoints
{
    public const string ExportPath = "/inventory/transfers/export.xlsx";

    public static readonly IReadOnlyList<ExcelColumn<TransferRow>> Columns =
    [
        new("Number", r => r.Number, Width: 18),
        new("Date", r => r.Date, ExcelFormat.Date, Width: 12),
        new("Status", r => StatusStyles.Humanize(r.Status.ToString()), Width: 18),
        new("From", r => r.From, Width: 26),
        new("To", r => r.To, Width: 26),
        new("Lines", r => r.LineCount, ExcelFormat.WholeNumber, Width: 8),
        new("Shipped value", r => r.ShippedValue, ExcelFormat.Number, Width: 14),
        new("Note", r => r.Note, Width: 40),
    ];

    public static string PdfPath(Guid id) => $"/inventory/transfers/{id}/pdf";

    public static IEndpointRouteBuilder MapTransferDownloads(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(ExportPath, ExportAsync).RequireAuthorization(InventoryPermissions.View);
        endpoints.MapGet("/inventory/transfers/{id:guid}/pdf", PdfAsync).RequireAuthorization(InventoryPermissions.View);
        return endpoints;
    }

    /// <summary>The list's view as a query string, for the Excel button.</summary>
    public static string ExportUrl(TransferListQuery query) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{ExportPath}?search={Uri.EscapeDataString(query.Search ?? "")}&status={query.Status}&sort={query.Sort}&desc={query.Desc}");

    // Filters come as plain strings: an empty value means "any".
    private static async Task<IResult> ExportAsync(string? search, string? status, string? sort, string? desc,
        TransferQueries queries, ExcelExporter exporter, TimeProvider clock, CancellationToken ct)
    {
        TransferStatus? statusFilter = null;
        if (!string.IsNullOrWhiteSpace(status))
        {
            if (!Enum.TryParse<TransferStatus>(status.Trim(), ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed)
                || int.TryParse(status, out _))
            {
                return Results.BadRequest("The status filter must be empty or a transfer status such as Shipped.");
            }

            statusFilter = parsed;
        }

        var descending = false;
        if (!string.IsNullOrWhiteSpace(desc) && !bool.TryParse(desc.Trim(), out descending))
        {
            return Results.BadRequest("The desc filter must be empty, true or false.");
        }

        var result = await queries.ExportAsync(new TransferListQuery(search, statusFilter, sort, descending), ct);
        if (!result.IsSuccess)
        {
            return Refused(result.Error!);
        }

        var file = await exporter.ExportAsync("Transfers", Columns, result.Value.Rows, ct);
        return Results.File(file, ExcelExporter.ContentType, $"transfers-{clock.GetUtcNow():yyyy-MM-dd}.xlsx");
    }

    private static async Task<IResult> PdfAsync(Guid id, TransferQueries queries, DocumentService documents, TimeProvider clock,
        CancellationToken ct)
    {
        var details = await queries.DetailsAsync(id, ct);
        if (!details.IsSuccess)
        {
            return Refused(details.Error!);
        }

        var transfer = details.Value;
        var pdf = await documents.RenderPdfAsync<TransferPdf>(
            new Dictionary<string, object?> { [nameof(TransferPdf.Print)] = new TransferPrint(transfer, clock.GetUtcNow()) },
            new DocumentInfo($"Stock transfer {transfer.Number}", transfer.OrganizationName), ct);
        return Results.File(pdf, "application/pdf", $"transfer-{transfer.Number}.pdf");
    }

    private static IResult Refused(Error error) =>
        error == CommonErrors.Forbidden ? Results.Forbid() : Results.NotFound();
}
