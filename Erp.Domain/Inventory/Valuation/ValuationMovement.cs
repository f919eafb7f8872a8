namespace Erp.Domain.Inventory.Valuation;

/// <summary>
/// The valuation of one movement: <see cref="Quantity"/> is signed (+ in, − out, 0 for a cost reconciliation),
/// <see cref="Value"/> is signed the same way and rounded to 2 decimals, <see cref="UnitCost"/> (4 decimals, never
/// negative) is the cost the movement was valued at.
/// </summary>
public sealed record ValuationMovement(decimal Quantity, decimal UnitCost, decimal Value)
{
    public bool IsReconciliation => Quantity == 0m;
}

/// <summary>A FIFO receipt layer still (partly) on hand; <see cref="Value"/> is what is left of the layer's value.</summary>
public sealed record CostLayer(decimal Quantity, decimal UnitCost, decimal Value);

/// <summary>
/// The outcome of one receipt or issue: the state afterwards, the movement's valuation and, only when a receipt
/// arrives while stock is negative, a zero-quantity reconciliation movement (see <see cref="StockValuation"/>).
/// </summary>
public sealed record ValuationResult(StockValuation State, ValuationMovement Movement, ValuationMovement? Reconciliation = null)
{
    /// <summary>The movements to record, in order (the movement, then the reconciliation if any).</summary>
    public IEnumerable<ValuationMovement> Movements =>
        Reconciliation is null ? [Movement] : [Movement, Reconciliation];
}
