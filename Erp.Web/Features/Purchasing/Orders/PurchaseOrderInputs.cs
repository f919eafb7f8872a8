namespace Erp.Web.Features.Purchasing.Orders;

/// <summary>A purchase order as the editor (or a caller) enters it.</summary>
public sealed class PurchaseOrderInput
{
    public Guid? SupplierId { get; set; }

    /// <summary>The delivery location (a location of the user's tenant).</summary>
    public Guid? LocationId { get; set; }

    public DateOnly? OrderDate { get; set; }

    /// <summary>Empty = the organization's base currency.</summary>
    public string? Currency { get; set; }

    /// <summary>Ignored (1) when the currency is the organization's base currency.</summary>
    public decimal ExchangeRate { get; set; } = 1m;

    /// <summary>Empty = order date + the supplier's lead time.</summary>
    public DateOnly? ExpectedDate { get; set; }

    public string? Notes { get; set; }
    public List<PurchaseOrderLineInput> Lines { get; set; } = [];
}

public sealed class PurchaseOrderLineInput
{
    public Guid? ProductId { get; set; }

    /// <summary>In the product's base unit.</summary>
    public decimal Quantity { get; set; }

    /// <summary>Empty = the supplier product's price for the quantity, else the product's cost.</summary>
    public decimal? UnitPrice { get; set; }

    /// <summary>Empty = the rate of the product's tax category (else the tenant's default rate).</summary>
    public decimal? TaxRatePercent { get; set; }
}
