namespace Erp.Domain.Inventory;

/// <summary>
/// A product's stock over all locations, kept by the ledger with each movement so that product lists can filter and
/// sort by stock status without adding up stock levels. Not a business record (not audited): it is derived data.
/// </summary>
public sealed class ProductStock : Common.Entity, Common.ITenantOwned
{
    private ProductStock() { }

    public ProductStock(Guid productId) => ProductId = productId;

    public Guid TenantId { get; private set; }
    public Guid ProductId { get; private set; }
    public decimal OnHand { get; private set; }
    public StockStatus Status { get; private set; }

    public void Add(decimal quantity, decimal reorderPoint)
    {
        OnHand += quantity;
        Status = StockStatusRule.Of(OnHand, reorderPoint);
    }

    /// <summary>After the product's reorder point changed.</summary>
    public void Refresh(decimal reorderPoint) => Status = StockStatusRule.Of(OnHand, reorderPoint);
}
