using Erp.Domain.Sales.Orders;
using Erp.Domain.Sales.Pricing;

namespace Erp.Web.Features.Sales.Orders;

public sealed record SalesOrderListQuery(string? Search = null, SalesOrderStatus? Status = null, Guid? CustomerId = null,
    DateOnly? From = null, DateOnly? To = null, string? Sort = null, bool Desc = false);

public sealed record SalesOrderRow(Guid Id, string Number, DateOnly OrderDate, SalesOrderStatus Status, string CustomerCode,
    string CustomerName, string Location, string Currency, decimal Gross, int Lines);

public sealed record SalesOrderLineDetails(Guid Id, int LineNumber, Guid ProductId, string Sku, string ProductName, string UnitCode,
    decimal Quantity, decimal UnitPrice, bool PriceOverridden, Discount Discount, decimal TaxRatePercent, decimal Amount,
    decimal LineDiscount, decimal OrderDiscountShare, decimal Net, decimal Tax, decimal Gross, decimal DeliveredQuantity,
    decimal InvoicedQuantity);

public sealed record SalesOrderDetails(Guid Id, string Number, SalesOrderStatus Status, Guid OrganizationId, string OrganizationName,
    Guid CustomerId, string CustomerCode, string CustomerName, Guid LocationId, string LocationName, DateOnly OrderDate,
    DateOnly? RequestedDeliveryDate, string Currency, decimal ExchangeRate, string BaseCurrency, Guid? PaymentTermId,
    string? PaymentTerm, string? PriceList, bool PricesIncludeTax, bool TaxExempt, Discount OrderDiscount, string? Notes,
    decimal Net, decimal Tax, decimal Gross, decimal TotalDiscount, IReadOnlyList<RateTotals> Taxes, Guid? QuotationId,
    string? QuotationNumber, string? ApprovalReason, string? SubmittedBy, IReadOnlyList<SalesOrderStatus> AllowedNext,
    IReadOnlyList<SalesOrderLineDetails> Lines);

public sealed record SalesOrderExportRows(IAsyncEnumerable<SalesOrderRow> Rows);
