using Erp.Domain.Sales.Pricing;
using Erp.Domain.Sales.Quotations;

namespace Erp.Web.Features.Sales.Quotations;

public sealed record QuotationListQuery(string? Search = null, QuotationStatus? Status = null, Guid? CustomerId = null,
    DateOnly? From = null, DateOnly? To = null, string? Sort = null, bool Desc = false);

public sealed record QuotationRow(Guid Id, string Number, DateOnly QuotationDate, DateOnly ValidUntil, QuotationStatus Status,
    string CustomerCode, string CustomerName, string Currency, decimal Gross, int Lines);

public sealed record QuotationLineDetails(Guid Id, int LineNumber, Guid ProductId, string Sku, string ProductName, string UnitCode,
    decimal Quantity, decimal UnitPrice, Discount Discount, decimal TaxRatePercent, decimal Net, decimal Tax, decimal Gross);

public sealed record QuotationDetails(Guid Id, string Number, QuotationStatus Status, string OrganizationName, Guid CustomerId,
    string CustomerCode, string CustomerName, Guid LocationId, string LocationName, DateOnly QuotationDate, DateOnly ValidUntil,
    string Currency, decimal ExchangeRate, string? PriceList, bool PricesIncludeTax, bool TaxExempt, Discount OrderDiscount,
    string? Notes, decimal Net, decimal Tax, decimal Gross, decimal TotalDiscount, IReadOnlyList<RateTotals> Taxes,
    Guid? SalesOrderId, string? SalesOrderNumber, IReadOnlyList<QuotationStatus> AllowedNext, IReadOnlyList<QuotationLineDetails> Lines);

public sealed record QuotationExportRows(IAsyncEnumerable<QuotationRow> Rows);

/// <summary>The order a quotation was converted into.</summary>
public sealed record ConvertedOrder(Guid OrderId, string Number);
