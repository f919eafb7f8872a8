namespace Erp.Domain.Inventory;

/// <summary>
/// Remembers that the inventory managers were told a product × location reached its reorder point, so the hourly
/// low-stock job tells them once per dip. The job removes the row when the stock is above the point again.
/// Bookkeeping of the job (not audited).
/// </summary>
public sealed class LowStockAlert : Common.Entity, Common.ITenantOwned
{
    private LowStockAlert() { }

    public LowStockAlert(Guid productId, Guid locationId, decimal onHand, decimal reorderPoint, DateTimeOffset notifiedAt)
    {
        ProductId = productId;
        LocationId = locationId;
        OnHand = onHand;
        ReorderPoint = reorderPoint;
        NotifiedAt = notifiedAt;
    }

    public Guid TenantId { get; private set; }
    public Guid ProductId { get; private set; }
    public Guid LocationId { get; private set; }

    /// <summary>On hand and the reorder point when the alert was sent.</summary>
    public decimal OnHand { get; private set; }
    public decimal ReorderPoint { get; private set; }
    public DateTimeOffset NotifiedAt { get; private set; }
}
