using Erp.Domain.Purchasing.Receipts;

namespace Erp.Web.Features.Purchasing.Receipts;

public sealed record PurchaseReceiptListQuery(string? Search = null, Guid? SupplierId = null, DateOnly? From = null, DateOnly? To = null,
    string? Sort = null, bool Desc = false);

/// <summary><see cref="StockValue"/>: what the receipt added to the stock value, in the base currency.</summary>
public sealed record PurchaseReceiptRow(Guid Id, string Number, DateOnly Date, Guid OrderId, string OrderNumber, string SupplierName,
    string? DeliveryNote, int Lines, decimal LandedCosts, decimal StockValue);

public sealed record PurchaseReceiptExportRows(IAsyncEnumerable<PurchaseReceiptRow> Rows);

public sealed record PurchaseReceiptLineDetails(Guid Id, int LineNumber, Guid ProductId, string Sku, string Description,
    string LocationName, decimal Accepted, decimal Rejected, decimal Quarantined, string? QuarantineLocationName, string? QualityNote,
    decimal UnitPrice, decimal LandedCost, decimal UnitCost)
{
    public decimal Kept => Accepted + Quarantined;
}

public sealed record PurchaseReceiptChargeDetails(string Description, decimal Amount);

public sealed record ReceiptMovementDetails(Guid ProductId, string Sku, string LocationName, decimal Quantity, decimal UnitCost,
    decimal Value, string? Note);

public sealed record PurchaseReceiptDetails(Guid Id, string Number, PurchaseReceiptStatus Status, string OrganizationName,
    string BaseCurrency, Guid OrderId, string OrderNumber, Guid SupplierId, string SupplierName, DateOnly Date, string? DeliveryNote,
    string Currency, decimal ExchangeRate, LandedCostBasis Basis, string? Notes, string? ReceivedByName,
    IReadOnlyList<PurchaseReceiptLineDetails> Lines, IReadOnlyList<PurchaseReceiptChargeDetails> Charges,
    IReadOnlyList<ReceiptMovementDetails> Movements)
{
    public decimal LandedCostTotal => Charges.Sum(c => c.Amount);
    public decimal StockValue => Movements.Sum(m => m.Value);
}

/// <summary>A purchase order as the receiving page shows it: header and the lines still expected.</summary>
public sealed record ReceivingOrder(Guid Id, string Number, string Status, bool OpenForReceipt, Guid OrganizationId, string BaseCurrency,
    string SupplierName, Guid LocationId, string LocationName, DateOnly OrderDate, DateOnly? ExpectedDate, string Currency,
    decimal ExchangeRate, decimal TolerancePercent, IReadOnlyList<ReceivingOrderLine> Lines);

public sealed record ReceivingOrderLine(Guid Id, int LineNumber, Guid ProductId, string Sku, string? Barcode, string? SupplierSku,
    string Description, decimal Ordered, decimal Received, decimal Rejected, decimal UnitPrice)
{
    public decimal Outstanding => Math.Max(0m, Ordered - Received);
}
