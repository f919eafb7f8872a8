namespace Erp.Domain.Inventory;

/// <summary>Stock status of a product (all locations) or of one product × location.</summary>
public enum StockStatus
{
    /// <summary>Nothing (or less than nothing) on hand.</summary>
    Out = 0,

    /// <summary>On hand, but at or below the reorder point.</summary>
    Low = 1,

    InStock = 2,
}

public static class StockStatusRule
{
    public static StockStatus Of(decimal onHand, decimal reorderPoint) =>
        onHand <= 0m ? StockStatus.Out : onHand <= reorderPoint ? StockStatus.Low : StockStatus.InStock;
}
