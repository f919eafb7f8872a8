using Erp.Domain.Sales.Pricing;

namespace Erp.Web.Features.Sales.Orders;

/// <summary>The sales order form: header and lines as typed.</summary>
public sealed class SalesOrderInput
{
    public Guid? CustomerId { get; set; }
    public Guid? LocationId { get; set; }
    public DateTime? OrderDate { get; set; } = DateTime.Today;
    public DateTime? RequestedDeliveryDate { get; set; }

    /// <summary>Empty means the customer's currency.</summary>
    public string? Currency { get; set; }

    public decimal ExchangeRate { get; set; } = 1m;

    /// <summary>Empty means the customer's terms, else their group's.</summary>
    public Guid? PaymentTermId { get; set; }

    public DiscountKind OrderDiscountKind { get; set; }
    public decimal OrderDiscountValue { get; set; }
    public string? Notes { get; set; }
    public List<SalesLineInput> Lines { get; set; } = [];
}

/// <summary>A quotation or order line as typed. Quantity is in the product's own unit.</summary>
public sealed class SalesLineInput
{
    public Guid? ProductId { get; set; }
    public decimal Quantity { get; set; } = 1m;

    /// <summary>Empty: the price list's (or product's) price. A different price needs Sales.PriceOverride.</summary>
    public decimal? UnitPrice { get; set; }

    public DiscountKind DiscountKind { get; set; }
    public decimal DiscountValue { get; set; }
}
