using Erp.Domain.Common;
using Erp.Domain.Sales;
using Erp.Web.Infrastructure.Documents;

namespace Erp.Web.Features.Sales.Deliveries;

/// <summary>The delivery note PDF: Sales.View, and only the signed-in tenant's deliveries (others → 404).</summary>
public static class DeliveryEndpoints
{
    public static string PdfUrl(Guid id) => $"/sales/deliveries/{id}/pdf";

    public static IEndpointRouteBuilder MapDeliveryDownloads(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/sales/deliveries/{id:guid}/pdf", PdfAsync).RequireAuthorization(SalesPermissions.View);
        return endpoints;
    }

    private static async Task<IResult> PdfAsync(Guid id, DeliveryQueries queries, DocumentService documents, CancellationToken ct)
    {
        var delivery = await queries.GetAsync(id, ct);
        if (!delivery.IsSuccess)
        {
            return delivery.Error == CommonErrors.Forbidden ? Results.Forbid() : Results.NotFound();
        }

        var pdf = await documents.RenderPdfAsync<DeliveryNotePdf>(
            new Dictionary<string, object?> { [nameof(DeliveryNotePdf.Delivery)] = delivery.Value },
            new DocumentInfo($"Delivery note {delivery.Value.Number}", delivery.Value.OrganizationName), ct);
        return Results.File(pdf, "application/pdf", $"{delivery.Value.Number}.pdf");
    }
}
