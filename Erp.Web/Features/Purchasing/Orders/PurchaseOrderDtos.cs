using Erp.Domain.Purchasing.Orders;

namespace Erp.Web.Features.Purchasing.Orders;

public sealed record PurchaseOrderListQuery(string? Search = null, PurchaseOrderStatus? Status = null, Guid? SupplierId = null,
    PurchaseOrderSource? Source = null, DateOnly? From = null, DateOnly? To = null, string? Sort = null, bool Desc = false);

public sealed record PurchaseOrderRow(Guid Id, string Number, DateOnly OrderDate, DateOnly? ExpectedDate, PurchaseOrderStatus Status,
    PurchaseOrderSource Source, string SupplierCode, string SupplierName, string Location, string Currency, decimal NetTotal,
    decimal GrossTotal);

public sealed record PurchaseOrderLineDetails(Guid Id, int LineNumber, Guid ProductId, string Sku, string? SupplierSku, string Description,
    decimal Quantity, decimal UnitPrice, decimal TaxRatePercent, decimal NetAmount, decimal TaxAmount, decimal ReceivedQuantity,
    decimal RejectedQuantity, decimal BilledQuantity);

/// <summary>The buyer organization as the PDF prints it.</summary>
public sealed record BuyerOrganization(string Name, string? LegalName, string? Address, string? TaxId, string? Email, string? Phone,
    string BaseCurrency);

public sealed record PurchaseOrderDetails(Guid Id, string Number, PurchaseOrderStatus Status, PurchaseOrderSource Source,
    BuyerOrganization Organization, Guid SupplierId, string SupplierCode, string SupplierName, string? SupplierTaxId,
    string? SupplierAddress, Guid LocationId, string LocationName, string? DeliveryAddress, DateOnly OrderDate, DateOnly? ExpectedDate,
    string Currency, decimal ExchangeRate, string? PaymentTermName, string? Notes, string? BuyerName, DateTimeOffset? ApprovedAt,
    DateTimeOffset? SentAt, decimal NetTotal, decimal TaxTotal, decimal GrossTotal, IReadOnlyList<PurchaseOrderStatus> AllowedNext,
    IReadOnlyList<PurchaseOrderLineDetails> Lines)
{
    public bool AnythingReceived => Lines.Any(l => l.ReceivedQuantity > 0m || l.RejectedQuantity > 0m);
}

public sealed record PurchaseOrderExportRows(IAsyncEnumerable<PurchaseOrderRow> Rows);
