using System.Globalization;
using Erp.Domain.Pos;
using Erp.Domain.Pos.Registers;
using Erp.Web.Features.Inventory.Stock;
using Erp.Web.Infrastructure.Documents;
using Erp.Web.Infrastructure.Exports;

namespace Erp.Web.Features.Pos.Returns;

/// <summary>The return receipt PDF, on the register's paper unless <c>paper</c> says Mm58, Mm80 or A4; another tenant's is not found.</summary>
public static class PosReturnDownloads
{
    public static string ReceiptUrl(Guid id, ReceiptPaper? paper = null) =>
        $"/pos/returns/{id}/receipt.pdf{(paper is { } p ? $"?paper={p}" : "")}";

    public const string ExportPath = "/pos/returns/export.xlsx";

    public static readonly IReadOnlyList<ExcelColumn<PosReturnRow>> Columns =
    [
        new("Return", r => r.Number, Width: 18),
        new("Returned at (UTC)", r => r.ReturnedAt.UtcDateTime, ExcelFormat.DateTime, Width: 18),
        new("Sale", r => r.OriginalNumber, Width: 18),
        new("Cashier", r => r.Cashier, Width: 20),
        new("Customer", r => r.Customer, Width: 26),
        new("Currency", r => r.Currency, Width: 9),
        new("Returned", r => r.Gross, ExcelFormat.Number, Width: 14),
        new("Paid towards exchange", r => r.Exchanged, ExcelFormat.Number, Width: 14),
        new("Lines", r => r.Lines, ExcelFormat.WholeNumber, Width: 7),
    ];

    public static string ExportUrl(PosReturnListQuery q) => string.Create(CultureInfo.InvariantCulture,
        $"{ExportPath}?search={Uri.EscapeDataString(q.Search ?? "")}&from={q.From:yyyy-MM-dd}&to={q.To:yyyy-MM-dd}&sort={q.Sort}&desc={q.Desc}");

    public static IEndpointRouteBuilder MapPosReturnDownloads(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(ExportPath, ExportAsync).RequireAuthorization(PosPermissions.Return);
        endpoints.MapGet("/pos/returns/{id:guid}/receipt.pdf", ReceiptAsync).RequireAuthorization(PosPermissions.Return);
        return endpoints;
    }

    private static async Task<IResult> ExportAsync(string? search, string? from, string? to, string? sort, string? desc,
        PosReturnListQueries queries, ExcelExporter exporter, TimeProvider clock, CancellationToken ct)
    {
        var query = new DownloadQuery();
        var list = new PosReturnListQuery(search, query.Date(from), query.Date(to), sort, query.Bool(desc) ?? false);
        if (!query.Valid)
        {
            return Results.BadRequest("The dates are yyyy-MM-dd and desc true or false.");
        }

        var rows = await queries.ExportAsync(list, ct);
        if (!rows.IsSuccess)
        {
            return DownloadQuery.Refused(rows.Error!);
        }

        var file = await exporter.ExportAsync("POS returns", Columns, rows.Value, ct);
        return Results.File(file, ExcelExporter.ContentType, $"pos-returns-{clock.GetUtcNow():yyyy-MM-dd}.xlsx");
    }

    private static async Task<IResult> ReceiptAsync(Guid id, string? paper, PosReturnQueries queries, DocumentService documents,
        CancellationToken ct)
    {
        var query = new DownloadQuery();
        var size = query.Enum<ReceiptPaper>(paper);
        if (!query.Valid)
        {
            return Results.BadRequest("paper must be Mm58, Mm80 or A4.");
        }

        var taken = await queries.GetAsync(id, ct);
        if (!taken.IsSuccess)
        {
            return DownloadQuery.Refused(taken.Error!);
        }

        var printed = size ?? taken.Value.Paper;
        var parameters = new Dictionary<string, object?>
        {
            [nameof(PosReturnReceiptPdf.Return)] = taken.Value, [nameof(PosReturnReceiptPdf.Paper)] = printed,
        };
        var pdf = printed == ReceiptPaper.A4
            ? await documents.RenderPdfAsync<PosReturnReceiptPdf>(parameters,
                new DocumentInfo($"Return {taken.Value.Number}", taken.Value.OrganizationName), ct)
            : await documents.RenderRollPdfAsync<PosReturnReceiptPdf>(parameters,
                new RollPaper((int)printed, PosReturnReceiptPdf.RollHeightMm(taken.Value)), ct);
        return Results.File(pdf, "application/pdf", $"{taken.Value.Number}.pdf");
    }
}
