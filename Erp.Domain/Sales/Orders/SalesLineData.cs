using Erp.Domain.Sales.Pricing;

namespace Erp.Domain.Sales.Orders;

/// <summary>
/// A quotation or order line as the service prepared it: the product as it is now (name, SKU, unit code and cost kept
/// on the line), the quantity in the product's base unit, the unit price in the document's terms and the tax rate.
/// </summary>
public sealed record SalesLineData(Guid ProductId, string Sku, string ProductName, string UnitCode, decimal Quantity,
    decimal UnitPrice, Discount Discount, decimal TaxRatePercent, decimal UnitCost, bool PriceOverridden);

/// <summary>The pricing context of a sales document, fixed when its lines are totalled.</summary>
public sealed record SalesPricingTerms(bool PricesIncludeTax, bool TaxExempt, Taxes.TaxRounding Rounding);
