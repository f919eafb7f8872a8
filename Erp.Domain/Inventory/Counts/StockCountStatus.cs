namespace Erp.Domain.Inventory.Counts;

/// <summary>Where a stock count stands; stored as a number, so append only.</summary>
public enum StockCountStatus
{
    /// <summary>Scope chosen, nothing frozen yet.</summary>
    Draft = 1,

    /// <summary>Expected quantities frozen; counting (by hand or by scanning).</summary>
    InProgress = 2,

    /// <summary>Counting done; differences are checked before posting.</summary>
    Review = 3,

    /// <summary>Differences posted to the stock ledger; final.</summary>
    Posted = 4,

    Cancelled = 5,
}
