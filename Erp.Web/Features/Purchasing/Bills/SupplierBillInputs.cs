namespace Erp.Web.Features.Purchasing.Bills;

/// <summary>
/// A supplier's invoice as entered. With <see cref="PurchaseOrderId"/> the lines that name an order line are matched
/// three ways; lines without one (freight, fees) are free. Currency and exchange rate default to the order's (or the
/// supplier's currency); the due date defaults from the supplier's payment term.
/// </summary>
public sealed class BillInput
{
    public Guid? SupplierId { get; set; }
    public Guid? PurchaseOrderId { get; set; }
    public string? SupplierInvoiceNumber { get; set; }
    public DateTime? BillDate { get; set; } = DateTime.Today;

    /// <summary>Empty: the bill date plus the supplier's payment term (or the bill date without one).</summary>
    public DateTime? DueDate { get; set; }

    /// <summary>Empty: the order's currency, else the supplier's.</summary>
    public string? Currency { get; set; }

    /// <summary>Units of the organization's base currency per unit of the bill's currency; null: the order's rate (1 for the base currency).</summary>
    public decimal? ExchangeRate { get; set; }

    public string? Notes { get; set; }
    public List<BillLineInput> Lines { get; set; } = [];
}

/// <summary>
/// A billed line. <see cref="OrderLineId"/> ties it to the order (product, SKU and description come from the order
/// line); without it the line is free text. The figures below the price are shown by the editor only: the service
/// reads them from the order again.
/// </summary>
public sealed class BillLineInput
{
    public Guid? OrderLineId { get; set; }
    public string? Description { get; set; }
    public decimal Quantity { get; set; }
    public decimal UnitPrice { get; set; }
    public decimal TaxRatePercent { get; set; }

    public string? Sku { get; set; }
    public decimal? Ordered { get; set; }
    public decimal? Received { get; set; }
    public decimal? BilledBefore { get; set; }
    public decimal? OrderUnitPrice { get; set; }
}

/// <summary>What "Record bill" from an order starts with: the input prefilled and the tenant's price tolerance for the preview.</summary>
public sealed record BillDraft(BillInput Input, string SupplierName, string? OrderNumber, decimal PriceTolerancePercent);

public sealed record BillRecorded(Guid Id, string Number, bool Held, string? HoldReason);
