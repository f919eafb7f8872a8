using Erp.Domain.Purchasing.Bills;

namespace Erp.Web.Features.Purchasing.Bills;

public sealed record BillListQuery(string? Search = null, SupplierBillStatus? Status = null, Guid? SupplierId = null, DateOnly? DueBefore = null,
    string? Sort = null, bool Desc = false);

public sealed record BillRow(Guid Id, string Number, DateOnly BillDate, DateOnly DueDate, SupplierBillStatus Status, Guid SupplierId,
    string SupplierCode, string SupplierName, string SupplierInvoiceNumber, string? OrderNumber, string Currency, decimal Gross, decimal Paid,
    decimal Due);

public sealed record BillExportRows(IAsyncEnumerable<BillRow> Rows);

public sealed record BillLineRow(int LineNumber, Guid? OrderLineId, string? Sku, string Description, decimal Quantity, decimal UnitPrice,
    decimal TaxRatePercent, decimal NetAmount, decimal TaxAmount, decimal? Ordered, decimal? Received, decimal? BilledBefore,
    decimal? OrderUnitPrice, string? MatchIssue);

public sealed record BillPaymentRow(Guid PaymentId, string Number, DateOnly Date, string Method, decimal Amount);

public sealed record BillDetail(Guid Id, string Number, SupplierBillStatus Status, Guid SupplierId, string SupplierCode, string SupplierName,
    string SupplierInvoiceNumber, DateOnly BillDate, DateOnly DueDate, string? PaymentTermName, string Currency, decimal ExchangeRate,
    Guid? PurchaseOrderId, string? OrderNumber, string? Notes, decimal NetTotal, decimal TaxTotal, decimal GrossTotal, decimal PaidAmount,
    decimal AmountDue, string? HoldReason, DateTimeOffset? ApprovedAt, IReadOnlyList<BillLineRow> Lines, IReadOnlyList<BillPaymentRow> Payments)
{
    public bool IsPayable => Status is SupplierBillStatus.Open or SupplierBillStatus.PartiallyPaid;
}

