using System.Collections.Immutable;
using Erp.Domain.Common;

namespace Erp.Domain.Inventory.Valuation;

/// <summary>
/// The valuation state of one product × location: quantity and value on hand, and for FIFO the receipt layers.
/// Immutable: <see cref="Receive"/> and <see cref="Issue"/> return the next state with the movement's valuation.
/// <para>Rules (also in docs/decisions.md, "Inventory valuation"):</para>
/// <list type="bullet">
/// <item>Unit costs are rounded to 4 decimals and values to 2, half away from zero (<see cref="CostRounding"/>).
/// A receipt is valued at round2(quantity × round4(cost)). Quantities are not rounded.</item>
/// <item>The on-hand value is always exactly the sum of the movement values: an issue that empties the stock (or a
/// FIFO layer) takes all the value that is left, so no cents are stranded.</item>
/// <item>Moving average: the average is round4(value / quantity) while stock is positive; an issue leaves at that
/// average, value round2(quantity × average), never more than the value on hand.</item>
/// <item>FIFO: an issue consumes the oldest layers first, each part valued at its layer's cost (a whole layer at
/// its remaining value); the movement's unit cost is round4(value / quantity).</item>
/// <item>Negative stock only with <c>allowNegative</c>: the missing units are valued at the last known cost (the
/// last average, or for FIFO the last receipt's cost). The next receipt is valued at its own cost, and the stock
/// is then re-valued to round2(new quantity × receipt cost); the difference is a zero-quantity reconciliation
/// movement, so the missing units end up costed at the receipt's cost.</item>
/// </list>
/// </summary>
public sealed class StockValuation
{
    private StockValuation(CostingMethod method, decimal quantity, decimal value, decimal lastUnitCost, ImmutableList<CostLayer> layers)
    {
        Method = method;
        Quantity = quantity;
        Value = value;
        LastUnitCost = lastUnitCost;
        layerList = layers;
    }

    /// <summary>An empty state (nothing on hand, no known cost).</summary>
    public static StockValuation Empty(CostingMethod method) => new(method, 0m, 0m, 0m, []);

    /// <summary>
    /// A stored state. FIFO layers that do not add up to the quantity (the tenant switched from moving average, or
    /// stock is not positive) are replaced by one layer holding the whole stock at its current value.
    /// </summary>
    public static StockValuation Restore(CostingMethod method, decimal quantity, decimal value, decimal lastUnitCost,
        IEnumerable<CostLayer> layers)
    {
        var list = ImmutableList<CostLayer>.Empty;
        if (method == CostingMethod.Fifo && quantity > 0m)
        {
            list = [.. layers];
            if (list.Sum(l => l.Quantity) != quantity || list.Sum(l => l.Value) != value)
            {
                list = [new CostLayer(quantity, CostRounding.UnitCost(value / quantity), value)];
            }
        }

        return new StockValuation(method, quantity, value, lastUnitCost, list);
    }

    public CostingMethod Method { get; }

    /// <summary>Quantity on hand (negative only after an issue with <c>allowNegative</c>).</summary>
    public decimal Quantity { get; }

    /// <summary>Value on hand, 2 decimals: positive with stock, 0 without, negative with negative stock.</summary>
    public decimal Value { get; }

    /// <summary>The last known unit cost: the last average (moving average) or the last receipt's cost (FIFO).</summary>
    public decimal LastUnitCost { get; }

    /// <summary>FIFO layers on hand, oldest first (empty for moving average and when stock is not positive).</summary>
    public IReadOnlyList<CostLayer> Layers => layerList;

    private readonly ImmutableList<CostLayer> layerList;

    /// <summary>The current unit cost: round4(value / quantity) while stock is positive, else the last known cost.</summary>
    public decimal UnitCost => Quantity > 0m ? CostRounding.UnitCost(Value / Quantity) : LastUnitCost;

    /// <summary>Stock coming in (purchase, goods receipt, return, positive adjustment) at the given unit cost.</summary>
    public ValuationResult Receive(decimal quantity, decimal unitCost)
    {
        RequirePositive(quantity);
        if (unitCost < 0m)
        {
            throw new DomainException(ValuationErrors.NegativeCost);
        }

        var cost = CostRounding.UnitCost(unitCost);
        return ReceiveMovement(new ValuationMovement(quantity, cost, CostRounding.Value(quantity * cost)));
    }

    /// <summary>
    /// Stock coming in with its value already fixed (the other side of a transfer): the value is kept to the cent so
    /// that stock moved between locations neither gains nor loses value; the unit cost is round4(value / quantity).
    /// </summary>
    public ValuationResult ReceiveValued(decimal quantity, decimal value)
    {
        RequirePositive(quantity);
        if (value < 0m)
        {
            throw new DomainException(ValuationErrors.NegativeCost);
        }

        var rounded = CostRounding.Value(value);
        return ReceiveMovement(new ValuationMovement(quantity, CostRounding.UnitCost(rounded / quantity), rounded));
    }

    private ValuationResult ReceiveMovement(ValuationMovement movement)
    {
        var quantity = movement.Quantity;
        var cost = movement.UnitCost;
        var newQuantity = Quantity + quantity;

        if (Quantity < 0m)
        {
            // Reconcile: units issued before they were received take this receipt's cost.
            var target = CostRounding.Value(newQuantity * cost);
            var difference = target - (Value + movement.Value);
            var layers = Method == CostingMethod.Fifo && newQuantity > 0m
                ? [new CostLayer(newQuantity, cost, target)]
                : ImmutableList<CostLayer>.Empty;
            var reconciled = new StockValuation(Method, newQuantity, target, cost, layers);
            return new ValuationResult(reconciled, movement,
                difference == 0m ? null : new ValuationMovement(0m, cost, difference));
        }

        var newValue = Value + movement.Value;
        var next = Method == CostingMethod.Fifo
            ? new StockValuation(Method, newQuantity, newValue, cost, layerList.Add(new CostLayer(quantity, cost, movement.Value)))
            : new StockValuation(Method, newQuantity, newValue, CostRounding.UnitCost(newValue / newQuantity), []);
        return new ValuationResult(next, movement);
    }

    /// <summary>Stock coming in at the current unit cost (e.g. a "found" adjustment with no cost of its own).</summary>
    public ValuationResult ReceiveAtCurrentCost(decimal quantity) => Receive(quantity, UnitCost);

    /// <summary>
    /// Stock going out (sale, transfer out, scrap, negative adjustment), valued by the costing method.
    /// Refused with a <see cref="DomainException"/> if more than on hand and <paramref name="allowNegative"/> is false.
    /// </summary>
    public ValuationResult Issue(decimal quantity, bool allowNegative = false)
    {
        RequirePositive(quantity);
        if (quantity > Quantity && !allowNegative)
        {
            throw new DomainException(ValuationErrors.InsufficientStock(Quantity, quantity));
        }

        var covered = Math.Min(quantity, Math.Max(Quantity, 0m));
        var shortage = quantity - covered;
        return Method == CostingMethod.Fifo ? IssueFifo(quantity, covered, shortage) : IssueAverage(quantity, covered, shortage);
    }

    private ValuationResult IssueAverage(decimal quantity, decimal covered, decimal shortage)
    {
        var average = UnitCost;
        decimal value;
        if (covered == 0m)
        {
            value = 0m;
        }
        else if (covered == Quantity)
        {
            value = Value; // the last units take all the value that is left
        }
        else
        {
            value = Math.Min(CostRounding.Value(covered * average), Value); // never more than on hand
        }

        value += CostRounding.Value(shortage * average);
        var newQuantity = Quantity - quantity;
        var newValue = Value - value;
        var last = newQuantity > 0m ? CostRounding.UnitCost(newValue / newQuantity) : average;
        return new ValuationResult(
            new StockValuation(Method, newQuantity, newValue, last, []),
            new ValuationMovement(-quantity, average, -value));
    }

    private ValuationResult IssueFifo(decimal quantity, decimal covered, decimal shortage)
    {
        var layers = layerList;
        var value = 0m;
        var remaining = covered;
        while (remaining > 0m)
        {
            var oldest = layers[0];
            if (remaining >= oldest.Quantity)
            {
                value += oldest.Value; // a whole layer leaves with its remaining value
                remaining -= oldest.Quantity;
                layers = layers.RemoveAt(0);
            }
            else
            {
                var taken = Math.Min(CostRounding.Value(remaining * oldest.UnitCost), oldest.Value);
                value += taken;
                layers = layers.SetItem(0, oldest with { Quantity = oldest.Quantity - remaining, Value = oldest.Value - taken });
                remaining = 0m;
            }
        }

        value += CostRounding.Value(shortage * LastUnitCost);
        var next = new StockValuation(Method, Quantity - quantity, Value - value, LastUnitCost, layers);
        return new ValuationResult(next, new ValuationMovement(-quantity, CostRounding.UnitCost(value / quantity), -value));
    }

    private static void RequirePositive(decimal quantity)
    {
        if (quantity <= 0m)
        {
            throw new DomainException(ValuationErrors.QuantityNotPositive);
        }
    }
}
