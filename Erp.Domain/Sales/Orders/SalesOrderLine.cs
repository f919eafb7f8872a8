using Erp.Domain.Common;
using Erp.Domain.Sales.Pricing;

namespace Erp.Domain.Sales.Orders;

/// <summary>
/// One order line: the product as it was when ordered (SKU, name, unit, cost), the quantity in base units, the price and
/// discount as agreed, the tax rate snapshot and the totalled amounts; delivered and invoiced quantities grow later.
/// </summary>
public sealed class SalesOrderLine : Entity, ITenantOwned, IAudited
{
    private SalesOrderLine() { }

    internal SalesOrderLine(Guid orderId, int lineNumber, SalesLineData data, LineTotals totals)
    {
        OrderId = orderId;
        LineNumber = lineNumber;
        ProductId = data.ProductId;
        Sku = Text.Required(data.Sku, 100, "SKU");
        ProductName = Text.Required(data.ProductName, 300, "Product name");
        UnitCode = data.UnitCode;
        Quantity = data.Quantity;
        UnitPrice = data.UnitPrice;
        PriceOverridden = data.PriceOverridden;
        UnitCost = data.UnitCost;
        DiscountKind = data.Discount.Kind;
        DiscountValue = data.Discount.Value;
        TaxRatePercent = data.TaxRatePercent;
        Amount = totals.Amount;
        LineDiscount = totals.LineDiscount;
        OrderDiscountShare = totals.OrderDiscount;
        Net = totals.Net;
        Tax = totals.Tax;
        Gross = totals.Gross;
    }

    public Guid TenantId { get; private set; }
    public Guid OrderId { get; private set; }
    public int LineNumber { get; private set; }
    public Guid ProductId { get; private set; }
    public string Sku { get; private set; } = "";
    public string ProductName { get; private set; } = "";
    public string UnitCode { get; private set; } = "";
    public decimal Quantity { get; private set; }
    public decimal UnitPrice { get; private set; }
    public bool PriceOverridden { get; private set; }
    public decimal UnitCost { get; private set; }
    public DiscountKind DiscountKind { get; private set; }
    public decimal DiscountValue { get; private set; }
    public decimal TaxRatePercent { get; private set; }
    public decimal Amount { get; private set; }
    public decimal LineDiscount { get; private set; }
    public decimal OrderDiscountShare { get; private set; }
    public decimal Net { get; private set; }
    public decimal Tax { get; private set; }
    public decimal Gross { get; private set; }
    public decimal DeliveredQuantity { get; private set; }
    public decimal InvoicedQuantity { get; private set; }

    public decimal RemainingQuantity => Quantity - DeliveredQuantity;
    public Discount Discount => new(DiscountKind, DiscountValue);

    internal Result Deliver(decimal quantity)
    {
        if (quantity <= 0m)
        {
            return PricingErrors.QuantityNotPositive;
        }

        if (quantity > RemainingQuantity)
        {
            return new Error("sales.over_delivery", string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"{Sku}: only {RemainingQuantity:0.####} left to deliver, not {quantity:0.####}."));
        }

        DeliveredQuantity += quantity;
        return Result.Success();
    }

    /// <summary>For the invoicing feature: records an invoiced quantity (never more than ordered).</summary>
    public Result RecordInvoiced(decimal quantity)
    {
        if (quantity <= 0m || InvoicedQuantity + quantity > Quantity)
        {
            return new Error("sales.over_invoice", $"{Sku}: cannot invoice more than was ordered.");
        }

        InvoicedQuantity += quantity;
        return Result.Success();
    }
}
