namespace Erp.Domain.Platform;

public enum LocationKind
{
    Shop = 1,
    Warehouse = 2,
    Zone = 3,
    Aisle = 4,
    Bin = 5,

    /// <summary>Stock shipped by a transfer and not yet received; one per organization, kept by the system.</summary>
    Transit = 6,
}
