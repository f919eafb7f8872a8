using Erp.Domain.Common;
using Erp.Domain.Platform.Documents;

namespace Erp.Domain.Inventory.Adjustments;

/// <summary>An adjustment corrects stock both ways (found / lost); scrap only disposes of stock.</summary>
public enum AdjustmentKind
{
    Adjustment = 1,
    Scrap = 2,
}

public enum StockAdjustmentStatus
{
    Draft = 0,
    Submitted = 1,
    Posted = 2,
    Cancelled = 3,
}

/// <summary>
/// A stock adjustment or scrap at one location, for one reason. Drafts worth less than the tenant's approval threshold
/// post at once; others are submitted and posted when someone else with the approve permission approves them
/// (rejecting sends them back to draft with a reason).
/// </summary>
public sealed class StockAdjustment : Document<StockAdjustmentStatus>, IOrganizationOwned
{
    private static readonly StateMachine<StockAdjustmentStatus> Machine = new StateMachine<StockAdjustmentStatus>("stock adjustment")
        .Allow(StockAdjustmentStatus.Draft, StockAdjustmentStatus.Submitted, StockAdjustmentStatus.Posted, StockAdjustmentStatus.Cancelled)
        .Allow(StockAdjustmentStatus.Submitted, StockAdjustmentStatus.Posted, StockAdjustmentStatus.Draft);

    private readonly List<StockAdjustmentLine> _lines = [];

    private StockAdjustment() { }

    public StockAdjustment(AdjustmentKind kind, Guid organizationId, StockAdjustmentHeader header, string? userId, DateTimeOffset at)
        : base(StockAdjustmentStatus.Draft, userId, at)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new DomainException(Error.Validation("Choose adjustment or scrap."));
        }

        Kind = kind;
        OrganizationId = organizationId;
        Apply(header);
    }

    public override string DocumentType => Kind == AdjustmentKind.Scrap ? DocumentTypes.Scrap : DocumentTypes.StockAdjustment;
    protected override StateMachine<StockAdjustmentStatus> Transitions => Machine;

    public AdjustmentKind Kind { get; private set; }
    public Guid OrganizationId { get; private set; }
    public Guid LocationId { get; private set; }
    public Guid ReasonId { get; private set; }

    /// <summary>The reason's name when it was chosen (reasons can be renamed later).</summary>
    public string ReasonName { get; private set; } = "";

    public DateOnly DocumentDate { get; private set; }
    public string? Note { get; private set; }

    /// <summary>Sum of the absolute line values: estimated at current cost while draft, the posted values once posted.</summary>
    public decimal Value { get; private set; }

    public string? SubmittedBy { get; private set; }
    public DateTimeOffset? SubmittedAt { get; private set; }
    public string? ApprovedBy { get; private set; }
    public DateTimeOffset? ApprovedAt { get; private set; }
    public DateTimeOffset? PostedAt { get; private set; }
    public IReadOnlyList<StockAdjustmentLine> Lines => _lines;

    public string Title => Kind == AdjustmentKind.Scrap ? "scrap" : "stock adjustment";

    public void Edit(StockAdjustmentHeader header)
    {
        EnsureDraft();
        Apply(header);
    }

    /// <summary>Replaces every line (drafts only).</summary>
    public void SetLines(IReadOnlyList<StockAdjustmentLineData> lines)
    {
        EnsureDraft();
        _lines.Clear();
        var number = 0;
        foreach (var line in lines)
        {
            if (Kind == AdjustmentKind.Scrap && line.BaseQuantity > 0m)
            {
                throw new DomainException(InventoryDocumentErrors.ScrapIncreases);
            }

            _lines.Add(new StockAdjustmentLine(Id, ++number, line));
        }

        Value = _lines.Sum(l => l.Value);
    }

    /// <summary>Re-estimates the draft's value at the current cost per base unit of each product (lines without a cost of their own).</summary>
    public void Reestimate(IReadOnlyDictionary<Guid, decimal> currentCostByProduct)
    {
        EnsureDraft();
        foreach (var line in _lines.Where(l => l.BaseUnitCost is null))
        {
            line.Estimate(currentCostByProduct.GetValueOrDefault(line.ProductId));
        }

        Value = _lines.Sum(l => l.Value);
    }

    /// <summary>True when this adjustment's value needs an approver: it reaches the threshold (a threshold of 0 means always).</summary>
    public bool NeedsApproval(decimal threshold) => threshold <= 0m || Value >= threshold;

    /// <summary>Sends a draft for approval.</summary>
    public Result Submit(string? userId, DateTimeOffset at)
    {
        var moved = CheckLines() ?? MoveTo(StockAdjustmentStatus.Submitted, userId, at);
        if (moved.IsSuccess)
        {
            SubmittedBy = userId;
            SubmittedAt = at;
        }

        return moved;
    }

    /// <summary>Posts a draft directly (below the threshold), or a submitted one on approval by someone other than the submitter.</summary>
    public Result Post(string? userId, DateTimeOffset at, string? approvalNote = null)
    {
        var approving = Status == StockAdjustmentStatus.Submitted;
        if (approving && string.Equals(userId, SubmittedBy, StringComparison.Ordinal))
        {
            return InventoryDocumentErrors.SelfApproval;
        }

        var moved = CheckLines() ?? MoveTo(StockAdjustmentStatus.Posted, userId, at, approving ? approvalNote ?? "Approved" : null);
        if (moved.IsSuccess)
        {
            PostedAt = at;
            if (approving)
            {
                ApprovedBy = userId;
                ApprovedAt = at;
            }
        }

        return moved;
    }

    /// <summary>The posted value of each line (absolute), from the ledger's movements.</summary>
    public void RecordPostedValues(IReadOnlyDictionary<Guid, decimal> valueByLine)
    {
        foreach (var line in _lines)
        {
            line.RecordPostedValue(valueByLine.GetValueOrDefault(line.Id));
        }

        Value = _lines.Sum(l => l.Value);
    }

    /// <summary>An approver sends a submitted adjustment back to draft, with a reason.</summary>
    public Result Reject(string? userId, DateTimeOffset at, string? reason)
    {
        if (Status != StockAdjustmentStatus.Submitted)
        {
            return DocumentErrors.IllegalTransition(Title, Status.ToString(), "rejected");
        }

        var moved = MoveTo(StockAdjustmentStatus.Draft, userId, at, reason?.Trim(), reasonRequired: true);
        if (moved.IsSuccess)
        {
            SubmittedBy = null;
            SubmittedAt = null;
        }

        return moved;
    }

    public Result Cancel(string? userId, DateTimeOffset at, string? reason) =>
        MoveTo(StockAdjustmentStatus.Cancelled, userId, at, reason?.Trim(), reasonRequired: true);

    private Result? CheckLines() =>
        Status == StockAdjustmentStatus.Draft && _lines.Count == 0 ? Result.Failure(InventoryErrors.NoLines) : null;

    private void Apply(StockAdjustmentHeader header)
    {
        LocationId = header.LocationId;
        ReasonId = header.ReasonId;
        ReasonName = Text.Required(header.ReasonName, 100, "Reason");
        DocumentDate = header.DocumentDate;
        Note = Text.Optional(header.Note, 1000, "Note");
    }

    private void EnsureDraft()
    {
        if (Status != StockAdjustmentStatus.Draft)
        {
            throw new DomainException(InventoryDocumentErrors.NotDraft(Title, Status.ToString()));
        }
    }
}

public sealed record StockAdjustmentHeader(Guid LocationId, Guid ReasonId, string ReasonName, DateOnly DocumentDate, string? Note);

/// <summary>
/// A line as entered (signed <see cref="Quantity"/> of <see cref="UnitId"/>, optional cost per that unit for increases)
/// and converted by the service: signed base quantity, cost per base unit, and the cost used for the estimate.
/// </summary>
public sealed record StockAdjustmentLineData(Guid ProductId, Guid UnitId, decimal Quantity, decimal? UnitCost, decimal BaseQuantity,
    decimal? BaseUnitCost, decimal EstimatedUnitCost);

/// <summary>One line of an adjustment: + found, − lost (scrap: always −).</summary>
public sealed class StockAdjustmentLine : Entity, ITenantOwned, IAudited
{
    private StockAdjustmentLine() { }

    internal StockAdjustmentLine(Guid adjustmentId, int lineNumber, StockAdjustmentLineData data)
    {
        if (data.Quantity == 0m || data.BaseQuantity == 0m || Math.Sign(data.Quantity) != Math.Sign(data.BaseQuantity))
        {
            throw new DomainException(Error.Validation("Enter a quantity change other than zero (+ found, − lost)."));
        }

        if (data.UnitCost is not null && data.BaseQuantity < 0m)
        {
            throw new DomainException(InventoryDocumentErrors.CostOnDecrease);
        }

        if (data.UnitCost < 0m || data.BaseUnitCost < 0m || data.EstimatedUnitCost < 0m)
        {
            throw new DomainException(Error.Validation("Unit costs cannot be negative."));
        }

        AdjustmentId = adjustmentId;
        LineNumber = lineNumber;
        ProductId = data.ProductId;
        UnitId = data.UnitId;
        Quantity = data.Quantity;
        UnitCost = data.UnitCost is { } c ? Valuation.CostRounding.UnitCost(c) : null;
        BaseQuantity = data.BaseQuantity;
        BaseUnitCost = data.BaseUnitCost is { } b ? Valuation.CostRounding.UnitCost(b) : null;
        Value = Valuation.CostRounding.Value(Math.Abs(BaseQuantity) * Valuation.CostRounding.UnitCost(BaseUnitCost ?? data.EstimatedUnitCost));
    }

    public Guid TenantId { get; private set; }
    public Guid AdjustmentId { get; private set; }
    public int LineNumber { get; private set; }
    public Guid ProductId { get; private set; }
    public Guid UnitId { get; private set; }

    /// <summary>Signed change in <see cref="UnitId"/>: + found, − lost.</summary>
    public decimal Quantity { get; private set; }

    public decimal? UnitCost { get; private set; }
    public decimal BaseQuantity { get; private set; }
    public decimal? BaseUnitCost { get; private set; }

    /// <summary>Absolute value: estimated while draft, as posted by the ledger afterwards.</summary>
    public decimal Value { get; private set; }

    internal void RecordPostedValue(decimal value) => Value = Math.Abs(value);

    internal void Estimate(decimal unitCost) =>
        Value = Valuation.CostRounding.Value(Math.Abs(BaseQuantity) * Valuation.CostRounding.UnitCost(BaseUnitCost ?? unitCost));
}
