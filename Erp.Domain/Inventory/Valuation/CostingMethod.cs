namespace Erp.Domain.Inventory.Valuation;

/// <summary>How outgoing stock is valued; chosen per tenant (moving average by default).</summary>
public enum CostingMethod
{
    /// <summary>Moving weighted average: an issue leaves at the current average unit cost.</summary>
    MovingAverage = 0,

    /// <summary>First in, first out: an issue consumes the oldest receipt layers first.</summary>
    Fifo = 1,
}
