using Erp.Domain.Common;
using Erp.Domain.Inventory.Valuation;

namespace Erp.Domain.Inventory;

/// <summary>The tenant's inventory rules. One row per tenant; a tenant without a row uses <see cref="Defaults"/>.</summary>
public sealed class InventorySettings : TenantEntity
{
    private InventorySettings() { }

    public InventorySettings(CostingMethod costingMethod, bool allowNegativeStock, decimal approvalThreshold, decimal defaultReorderPoint)
        => Update(costingMethod, allowNegativeStock, approvalThreshold, defaultReorderPoint);

    /// <summary>Moving average, no negative stock, adjustments worth 1,000.00 or more need approval, no default reorder point.</summary>
    public static InventorySettings Defaults() => new(CostingMethod.MovingAverage, false, 1000m, 0m);

    public CostingMethod CostingMethod { get; private set; }
    public bool AllowNegativeStock { get; private set; }

    /// <summary>Adjustments (and scrap) whose absolute value reaches this amount need approval. 0 means always.</summary>
    public decimal ApprovalThreshold { get; private set; }

    /// <summary>Reorder point used for products that have none of their own.</summary>
    public decimal DefaultReorderPoint { get; private set; }

    public void Update(CostingMethod costingMethod, bool allowNegativeStock, decimal approvalThreshold, decimal defaultReorderPoint)
    {
        if (!Enum.IsDefined(costingMethod))
        {
            throw new DomainException(Error.Validation("Choose a costing method."));
        }

        if (approvalThreshold < 0m || defaultReorderPoint < 0m)
        {
            throw new DomainException(Error.Validation("Thresholds cannot be negative."));
        }

        CostingMethod = costingMethod;
        AllowNegativeStock = allowNegativeStock;
        ApprovalThreshold = approvalThreshold;
        DefaultReorderPoint = defaultReorderPoint;
    }
}
