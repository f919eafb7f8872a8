namespace Erp.Domain.Platform;

public enum LocationKind
{
    Shop = 1,
    Warehouse = 2,
    Zone = 3,
    Aisle = 4,
    Bin = 5,
}
