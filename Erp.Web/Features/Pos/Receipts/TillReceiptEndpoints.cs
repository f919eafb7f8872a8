using Erp.Domain.Pos;
using Erp.Domain.Pos.Registers;
using Erp.Web.Features.Inventory.Stock;
using Erp.Web.Infrastructure.Documents;

namespace Erp.Web.Features.Pos.Receipts;

public static class TillReceiptEndpoints
{
    /// <summary>The receipt of a sale: its register's paper unless <c>paper</c> says 58, 80 or A4; <c>copy=true</c> for a reprint.</summary>
    public static string Url(Guid saleId, bool copy = false, ReceiptPaper? paper = null) =>
        $"/pos/sales/{saleId}/receipt.pdf?copy={(copy ? "true" : "false")}{(paper is { } p ? $"&paper={p}" : "")}";

    public static IEndpointRouteBuilder MapTillReceipts(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/pos/sales/{id:guid}/receipt.pdf", ReceiptPdfAsync).RequireAuthorization(PosPermissions.Sell);
        return endpoints;
    }

    private static async Task<IResult> ReceiptPdfAsync(Guid id, string? paper, string? copy, TillReceiptQueries queries,
        DocumentService documents, CancellationToken ct)
    {
        var query = new DownloadQuery();
        var size = query.Enum<ReceiptPaper>(paper);
        var isCopy = query.Bool(copy) ?? false;
        if (!query.Valid)
        {
            return Results.BadRequest("paper must be Mm58, Mm80 or A4 and copy true or false.");
        }

        var receipt = await queries.GetAsync(id, ct);
        if (!receipt.IsSuccess)
        {
            return DownloadQuery.Refused(receipt.Error!);
        }

        var printed = receipt.Value with { Paper = size ?? receipt.Value.Paper };
        var parameters = new Dictionary<string, object?> { [nameof(TillReceiptPdf.Receipt)] = printed, [nameof(TillReceiptPdf.Copy)] = isCopy };
        var pdf = printed.Paper == ReceiptPaper.A4
            ? await documents.RenderPdfAsync<TillReceiptPdf>(parameters, new DocumentInfo($"Receipt {printed.Number}", printed.Shop), ct)
            : await documents.RenderRollPdfAsync<TillReceiptPdf>(parameters,
                new RollPaper((int)printed.Paper, TillReceiptPdf.RollHeightMm(printed)), ct);
        return Results.File(pdf, "application/pdf", $"{printed.Number}{(isCopy ? "-copy" : "")}.pdf");
    }
}
