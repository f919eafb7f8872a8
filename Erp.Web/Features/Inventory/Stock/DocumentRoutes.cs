using Erp.Domain.Platform.Documents;

namespace Erp.Web.Features.Inventory.Stock;

/// <summary>
/// Where a movement's source document is shown: the one map from document type to page, used by the stock card.
/// A type without a page (yet) gives null and the number is shown without a link.
/// </summary>
public static class DocumentRoutes
{
    private static readonly Dictionary<string, string> Lists = new(StringComparer.Ordinal)
    {
        [DocumentTypes.GoodsReceipt] = "/inventory/receipts",
        [DocumentTypes.StockAdjustment] = "/inventory/adjustments",
        [DocumentTypes.StockTransfer] = "/inventory/transfers",
        [DocumentTypes.StockCount] = "/inventory/counts",
        [DocumentTypes.SalesOrder] = "/sales/orders",
        [DocumentTypes.SalesInvoice] = "/sales/invoices",
        [DocumentTypes.PurchaseOrder] = "/purchasing/orders",
        [DocumentTypes.ProductionOrder] = "/manufacturing/orders",
    };

    public static string? For(string documentType, Guid documentId) =>
        Lists.TryGetValue(documentType, out var list) ? $"{list}/{documentId}" : null;
}
