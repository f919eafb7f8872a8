using Erp.Domain.Common;

namespace Erp.Domain.Inventory.Counts;

/// <summary>
/// One product at one location of a count: the quantity expected when the count was frozen (base unit) and the
/// quantity counted (null until counted). Owned by its count: tenant-owned and audited, never deleted on its own.
/// </summary>
public sealed class StockCountLine : Entity, ITenantOwned, IAudited, IVersioned
{
    public const decimal MaxQuantity = 1_000_000_000m;

    private StockCountLine() { }

    internal StockCountLine(Guid countId, Guid productId, Guid locationId, ProductSnapshot product, decimal expected, bool addedByScan)
    {
        CountId = countId;
        ProductId = productId;
        LocationId = locationId;
        Sku = product.Sku;
        ProductName = product.Name;
        ExpectedQuantity = expected;
        AddedWhileCounting = addedByScan;
    }

    public Guid TenantId { get; private set; }
    public Guid CountId { get; private set; }
    public Guid ProductId { get; private set; }
    public Guid LocationId { get; private set; }
    public string Sku { get; private set; } = "";
    public string ProductName { get; private set; } = "";

    /// <summary>On hand (base unit) at the moment the count was frozen.</summary>
    public decimal ExpectedQuantity { get; private set; }

    /// <summary>Counted quantity in the base unit; null = not counted (left out of the posting).</summary>
    public decimal? CountedQuantity { get; private set; }

    /// <summary>True for a line added after the freeze (a product found by scanning or added by hand).</summary>
    public bool AddedWhileCounting { get; private set; }

    public string? CountedBy { get; private set; }
    public DateTimeOffset? CountedAt { get; private set; }

    /// <summary>The quantity and value the posting moved (counted − expected); set when the count is posted.</summary>
    public decimal? PostedQuantity { get; private set; }
    public decimal? PostedValue { get; private set; }

    public long Version { get; private set; }

    public decimal? Difference => CountedQuantity - ExpectedQuantity;

    internal void SetCounted(decimal? quantity, string? userId, DateTimeOffset at)
    {
        if (quantity < 0m)
        {
            throw new DomainException(CountErrors.NegativeCount);
        }

        if (quantity > MaxQuantity)
        {
            throw new DomainException(CountErrors.QuantityTooLarge(MaxQuantity));
        }

        CountedQuantity = quantity;
        CountedBy = userId;
        CountedAt = at;
    }

    internal void MarkPosted(decimal quantity, decimal value)
    {
        PostedQuantity = quantity;
        PostedValue = value;
    }
}
