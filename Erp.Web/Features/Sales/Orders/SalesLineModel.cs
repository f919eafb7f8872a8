using Erp.Domain.Sales.Pricing;
using Erp.Web.Features.Sales.Pricing;

namespace Erp.Web.Features.Sales.Orders;

/// <summary>One line of the quotation/order form while it is typed.</summary>
public sealed class SalesLineModel
{
    public SalesProductOption? Product { get; set; }
    public decimal Quantity { get; set; } = 1m;

    /// <summary>Empty: the customer's list price (or the product's price) when saved.</summary>
    public decimal? UnitPrice { get; set; }

    public DiscountKind DiscountKind { get; set; }
    public decimal DiscountValue { get; set; }

    public SalesLineInput ToInput() => new()
    {
        ProductId = Product?.Id, Quantity = Quantity, UnitPrice = UnitPrice, DiscountKind = DiscountKind, DiscountValue = DiscountValue,
    };
}
