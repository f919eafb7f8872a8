namespace Erp.Web.Features.Inventory.Receipts;

/// <summary>The goods receipt form: header and lines as typed.</summary>
public sealed class GoodsReceiptInput
{
    public Guid? LocationId { get; set; }
    public DateTime? Date { get; set; } = DateTime.Today;
    public string? SupplierReference { get; set; }

    /// <summary>Empty means the organization's base currency.</summary>
    public string? Currency { get; set; }

    public decimal ExchangeRate { get; set; } = 1m;
    public string? Note { get; set; }
    public List<GoodsReceiptLineInput> Lines { get; set; } = [];
}

public sealed class GoodsReceiptLineInput
{
    public Guid? ProductId { get; set; }

    /// <summary>Empty means the product's own unit.</summary>
    public Guid? UnitId { get; set; }

    public decimal Quantity { get; set; }

    /// <summary>Cost per <see cref="UnitId"/> in the document's currency.</summary>
    public decimal UnitCost { get; set; }
}
