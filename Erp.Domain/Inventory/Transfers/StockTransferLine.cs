using Erp.Domain.Common;

namespace Erp.Domain.Inventory.Transfers;

/// <summary>
/// One product on a transfer: the quantity as entered (in <see cref="UnitCode"/>) and in the product's base unit, then
/// what was shipped, received and written off, each with the value it moved at. Replaced as a whole while the
/// transfer is a draft, so it is audited but not soft-deleted on its own.
/// </summary>
public sealed class StockTransferLine : Entity, ITenantOwned, IAudited
{
    private StockTransferLine() { }

    internal StockTransferLine(Guid transferId, int lineNo, TransferLineInput input)
    {
        if (input.Quantity <= 0m || input.BaseQuantity <= 0m)
        {
            throw new DomainException(InventoryErrors.QuantityNotPositive);
        }

        TransferId = transferId;
        LineNo = lineNo;
        ProductId = input.ProductId;
        ProductSku = Text.Required(input.ProductSku, 64, "SKU");
        ProductName = Text.Required(input.ProductName, 200, "Product name");
        UnitId = input.UnitId;
        UnitCode = Text.Required(input.UnitCode, 20, "Unit");
        BaseUnitCode = Text.Required(input.BaseUnitCode, 20, "Unit");
        Quantity = input.Quantity;
        BaseQuantity = input.BaseQuantity;
    }

    public Guid TenantId { get; private set; }
    public Guid TransferId { get; private set; }
    public int LineNo { get; private set; }
    public Guid ProductId { get; private set; }
    public string ProductSku { get; private set; } = "";
    public string ProductName { get; private set; } = "";
    public Guid UnitId { get; private set; }
    public string UnitCode { get; private set; } = "";
    public string BaseUnitCode { get; private set; } = "";

    /// <summary>As entered, in <see cref="UnitCode"/>.</summary>
    public decimal Quantity { get; private set; }

    /// <summary>In the product's base unit (<see cref="BaseUnitCode"/>); shipped, received and lost quantities are too.</summary>
    public decimal BaseQuantity { get; private set; }

    public decimal ShippedQuantity { get; private set; }
    public decimal ShippedValue { get; private set; }
    public decimal ReceivedQuantity { get; private set; }
    public decimal ReceivedValue { get; private set; }
    public decimal LostQuantity { get; private set; }
    public decimal LostValue { get; private set; }

    /// <summary>Shipped and neither received nor written off yet: what is in transit for this line.</summary>
    public decimal Outstanding => ShippedQuantity - ReceivedQuantity - LostQuantity;

    /// <summary>Shipped − received: the difference the document reports (what is in transit or was lost).</summary>
    public decimal Difference => ShippedQuantity - ReceivedQuantity;

    internal void Shipped(decimal quantity, decimal value)
    {
        ShippedQuantity = quantity;
        ShippedValue = value;
    }

    internal void Received(decimal quantity, decimal value)
    {
        ReceivedQuantity += quantity;
        ReceivedValue += value;
    }

    internal void Lost(decimal quantity, decimal value)
    {
        LostQuantity += quantity;
        LostValue += value;
    }
}

/// <summary>A line as the service resolved it: product and unit checked, quantity converted to the base unit.</summary>
public sealed record TransferLineInput(Guid ProductId, string ProductSku, string ProductName, Guid UnitId, string UnitCode,
    string BaseUnitCode, decimal Quantity, decimal BaseQuantity);

/// <summary>Quantity (base unit) and value that moved for one line.</summary>
public sealed record TransferLineMove(Guid LineId, decimal Quantity, decimal Value);
