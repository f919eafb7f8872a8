namespace Erp.Web.Features.Inventory.Transfers;

/// <summary>The transfer form: both locations, date, note and lines. Checked again by <see cref="TransferCommands"/>.</summary>
public sealed class TransferInput
{
    public Guid? FromLocationId { get; set; }
    public Guid? ToLocationId { get; set; }
    public DateOnly? Date { get; set; }
    public string? Note { get; set; }
    public List<TransferLineEdit> Lines { get; set; } = [];
}

/// <summary>One line of the form: a product, a quantity and the unit it is entered in (empty = the product's unit).</summary>
public sealed class TransferLineEdit
{
    public Guid? ProductId { get; set; }
    public Guid? UnitId { get; set; }
    public decimal Quantity { get; set; }
}
