using Erp.Domain.Sales.Invoices;
using Erp.Domain.Sales.Pricing;

namespace Erp.Web.Features.Sales.Invoices;

/// <summary>The invoice list's filters: <see cref="Overdue"/> keeps open invoices whose due date has passed.</summary>
public sealed record InvoiceListQuery(string? Search = null, SalesInvoiceStatus? Status = null, Guid? CustomerId = null,
    bool Overdue = false, string? Sort = null, bool Desc = false);

public sealed record InvoiceRow(Guid Id, string Number, DateOnly InvoiceDate, DateOnly DueDate, SalesInvoiceStatus Status,
    Guid CustomerId, string CustomerCode, string CustomerName, string Currency, decimal Gross, decimal Paid, decimal Due, bool IsOverdue);

public sealed record InvoiceLineDetails(Guid Id, int LineNumber, Guid? ProductId, string? Sku, string Description, decimal Quantity,
    decimal UnitPrice, DiscountKind DiscountKind, decimal DiscountValue, decimal TaxRatePercent, decimal UnitCost, decimal Amount,
    decimal LineDiscount, decimal OrderDiscount, decimal Net, decimal Tax, decimal Gross, decimal CreditedQuantity, decimal CreditedNet,
    decimal CreditedTax)
{
    public decimal RemainingQuantity => Quantity - CreditedQuantity;
    public decimal RemainingNet => Net - CreditedNet;
}

public sealed record InvoiceTaxLine(decimal RatePercent, decimal Net, decimal Tax);

/// <summary>A payment or credit note set against the invoice.</summary>
public sealed record InvoiceSettlement(Guid SourceId, string Kind, string Number, DateOnly Date, decimal Amount, string? Method);

public sealed record InvoiceCreditNoteRow(Guid Id, string Number, DateOnly Date, CreditNoteKind Kind, decimal Gross, string Reason);

/// <summary>The organization block of a printed invoice.</summary>
public sealed record InvoiceIssuer(string Name, string? LegalName, string? TaxId, string? Address, string? Email, string? Phone);

public sealed record InvoiceDetails(Guid Id, string Number, SalesInvoiceStatus Status, Guid OrganizationId, InvoiceIssuer Issuer,
    Guid CustomerId, string CustomerCode, string CustomerName, string? CustomerTaxId, string? CustomerAddress, bool TaxExempt,
    DateOnly InvoiceDate, Guid? PaymentTermId, string? PaymentTermName, DateOnly DueDate, string Currency, decimal ExchangeRate,
    bool PricesIncludeTax, DiscountKind OrderDiscountKind, decimal OrderDiscountValue, string? Notes, bool UpdateStock,
    Guid? StockLocationId, string? StockLocationName, Guid? SourceOrderId, decimal Net, decimal Tax, decimal Gross, decimal Discount,
    decimal Paid, decimal Credited, decimal Due, DateTimeOffset? PostedAt, bool IsOverdue, IReadOnlyList<SalesInvoiceStatus> AllowedNext,
    IReadOnlyList<InvoiceLineDetails> Lines, IReadOnlyList<InvoiceTaxLine> Taxes, IReadOnlyList<InvoiceSettlement> Settlements,
    IReadOnlyList<InvoiceCreditNoteRow> CreditNotes)
{
    public bool IsDraft => Status == SalesInvoiceStatus.Draft;
    public bool IsOpen => Status is SalesInvoiceStatus.Posted or SalesInvoiceStatus.PartiallyPaid;
    public string DisplayNumber => Number.Length > 0 ? Number : "Draft";
}

public sealed record InvoiceExportRows(IAsyncEnumerable<InvoiceRow> Rows);
