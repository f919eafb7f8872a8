using Erp.Domain.Pos;
using Erp.Domain.Pos.Registers;
using Erp.Web.Features.Inventory.Stock;
using Erp.Web.Infrastructure.Documents;

namespace Erp.Web.Features.Pos.Returns;

/// <summary>The return receipt PDF, on the register's paper unless <c>paper</c> says Mm58, Mm80 or A4; another tenant's is not found.</summary>
public static class PosReturnDownloads
{
    public static string ReceiptUrl(Guid id, ReceiptPaper? paper = null) =>
        $"/pos/returns/{id}/receipt.pdf{(paper is { } p ? $"?paper={p}" : "")}";

    public static IEndpointRouteBuilder MapPosReturnDownloads(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/pos/returns/{id:guid}/receipt.pdf", ReceiptAsync).RequireAuthorization(PosPermissions.Return);
        return endpoints;
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
