using Erp.Domain.Inventory.Adjustments;

namespace Erp.Web.Features.Inventory.Adjustments;

/// <summary>The adjustment (or scrap) form as typed.</summary>
public sealed class StockAdjustmentInput
{
    public AdjustmentKind Kind { get; set; } = AdjustmentKind.Adjustment;
    public Guid? LocationId { get; set; }
    public Guid? ReasonId { get; set; }
    public DateTime? Date { get; set; } = DateTime.Today;
    public string? Note { get; set; }
    public List<StockAdjustmentLineInput> Lines { get; set; } = [];
}

public sealed class StockAdjustmentLineInput
{
    public Guid? ProductId { get; set; }

    /// <summary>Empty means the product's own unit.</summary>
    public Guid? UnitId { get; set; }

    /// <summary>Adjustment: + found, − lost. Scrap: the quantity disposed of, as a positive number.</summary>
    public decimal Quantity { get; set; }

    /// <summary>For increases only: cost per <see cref="UnitId"/>; empty means the current cost.</summary>
    public decimal? UnitCost { get; set; }
}

/// <summary>What posting did: posted at once, or sent for approval because its value reached the threshold.</summary>
public enum AdjustmentPostOutcome
{
    Posted,
    AwaitingApproval,
}
