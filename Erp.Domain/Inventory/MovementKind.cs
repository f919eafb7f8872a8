namespace Erp.Domain.Inventory;

/// <summary>Why stock moved; stored as a number, so append only.</summary>
public enum MovementKind
{
    Receipt = 1,
    AdjustmentIn = 2,
    AdjustmentOut = 3,
    TransferOut = 4,
    TransferIn = 5,
    CountGain = 6,
    CountLoss = 7,
    Scrap = 8,
    Sale = 9,
    SaleReturn = 10,
    Purchase = 11,
    PurchaseReturn = 12,
    ProductionIn = 13,
    ProductionOut = 14,

    /// <summary>A zero-quantity value correction when a receipt arrives while stock is negative.</summary>
    CostReconciliation = 15,

    /// <summary>Stock lost on the way: the part of a transfer closed without being received.</summary>
    TransitLoss = 16,
}
