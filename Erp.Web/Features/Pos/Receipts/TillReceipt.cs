using Erp.Domain.Pos.Registers;

namespace Erp.Web.Features.Pos.Receipts;

/// <summary>One line of a till receipt.</summary>
public sealed record TillReceiptLine(string Sku, string Name, decimal Quantity, decimal UnitPrice, decimal Discount, decimal Gross,
    decimal TaxRatePercent);

/// <summary>Tax of one rate: prices include tax on most tills, so the receipt shows what part of the total is tax.</summary>
public sealed record TillReceiptTax(decimal RatePercent, decimal Net, decimal Tax);

public sealed record TillReceiptPayment(string Method, decimal Tendered, decimal Amount);

/// <summary>Everything a till receipt prints, as it was at the sale.</summary>
public sealed record TillReceipt(
    Guid SaleId,
    string Number,
    DateTimeOffset SoldAt,
    string Shop,
    string Register,
    string Cashier,
    string Customer,
    string Currency,
    string? Header,
    string? Footer,
    string? TaxId,
    bool ShowLogo,
    bool PricesIncludeTax,
    ReceiptPaper Paper,
    IReadOnlyList<TillReceiptLine> Lines,
    IReadOnlyList<TillReceiptTax> Taxes,
    decimal Discount,
    decimal Net,
    decimal Tax,
    decimal Total,
    IReadOnlyList<TillReceiptPayment> Payments,
    decimal Change);
