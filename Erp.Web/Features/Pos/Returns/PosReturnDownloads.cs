using Erp.Domain.Common;
using Erp.Domain.Pos;
using Erp.Web.Infrastructure.Documents;

namespace Erp.Web.Features.Pos.Returns;

/// <summary>The return receipt PDF; another tenant's return is not found.</summary>
public static class PosReturnDownloads
{
    public static string ReceiptUrl(Guid id) => $"/pos/returns/{id}/receipt.pdf";

    public static IEndpointRouteBuilder MapPosReturnDownloads(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/pos/returns/{id:guid}/receipt.pdf", ReceiptAsync).RequireAuthorization(PosPermissions.Return);
        return endpoints;
    }

    private static async Task<IResult> ReceiptAsync(Guid id, PosReturnQueries queries, DocumentService documents, CancellationToken ct)
    {
        var taken = await queries.GetAsync(id, ct);
        if (!taken.IsSuccess)
        {
            return taken.Error == CommonErrors.Forbidden ? Results.Forbid() : Results.NotFound();
        }

        var pdf = await documents.RenderPdfAsync<PosReturnReceiptPdf>(
            new Dictionary<string, object?> { [nameof(PosReturnReceiptPdf.Return)] = taken.Value },
            new DocumentInfo($"Return {taken.Value.Number}", taken.Value.OrganizationName), ct);
        return Results.File(pdf, "application/pdf", $"{taken.Value.Number}.pdf");
    }
}
