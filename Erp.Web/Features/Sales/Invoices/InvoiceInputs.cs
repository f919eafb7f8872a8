using Erp.Domain.Sales.Pricing;

namespace Erp.Web.Features.Sales.Invoices;

/// <summary>
/// A new or edited invoice as typed, or as an integration (sales orders, deliveries) hands it over: plain values,
/// checked and resolved by <see cref="InvoiceCommands"/>.
/// </summary>
public sealed class InvoiceInput
{
    public Guid? CustomerId { get; set; }

    /// <summary>Empty: the stock location's organization, else the tenant's top organization.</summary>
    public Guid? OrganizationId { get; set; }

    public DateTime? InvoiceDate { get; set; } = DateTime.Today;

    /// <summary>Empty: the customer's terms, else its group's.</summary>
    public Guid? PaymentTermId { get; set; }

    /// <summary>Empty: from the payment terms (invoice date when there are none).</summary>
    public DateTime? DueDate { get; set; }

    /// <summary>Empty: the customer's currency.</summary>
    public string? Currency { get; set; }

    public decimal ExchangeRate { get; set; } = 1m;
    public bool PricesIncludeTax { get; set; }
    public DiscountKind OrderDiscountKind { get; set; }
    public decimal OrderDiscountValue { get; set; }
    public string? Notes { get; set; }

    /// <summary>A direct (counter) invoice: posting issues the product lines' stock from <see cref="StockLocationId"/>.</summary>
    public bool UpdateStock { get; set; }

    public Guid? StockLocationId { get; set; }
    public Guid? SourceOrderId { get; set; }
    public List<InvoiceLineInput> Lines { get; set; } = [];
}

public sealed class InvoiceLineInput
{
    /// <summary>Empty for a free-text line.</summary>
    public Guid? ProductId { get; set; }

    /// <summary>Empty on a product line: the product's name.</summary>
    public string? Description { get; set; }

    public decimal Quantity { get; set; } = 1m;
    public decimal UnitPrice { get; set; }
    public DiscountKind DiscountKind { get; set; }
    public decimal DiscountValue { get; set; }

    /// <summary>Empty: the product's tax category rate (free text: the default rate); an order line hands over its own.</summary>
    public decimal? TaxRatePercent { get; set; }

    public Guid? SourceOrderLineId { get; set; }
    public Guid? SourceDeliveryLineId { get; set; }
}
