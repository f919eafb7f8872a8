namespace Erp.Domain.Inventory.Transfers;

/// <summary>Where a stock transfer stands; stored as a number, so append only.</summary>
public enum TransferStatus
{
    Draft = 1,
    Shipped = 2,
    PartiallyReceived = 3,
    Received = 4,
    Cancelled = 5,

    /// <summary>Closed before everything arrived: what was still in transit was written off as a transit loss.</summary>
    Closed = 6,
}
