using Erp.Domain.Common;
using Erp.Domain.Inventory.Valuation;
using Erp.Domain.Platform.Documents;

namespace Erp.Domain.Purchasing.Requisitions;

public enum RequisitionStatus
{
    Draft = 0,
    PendingApproval = 1,
    Approved = 2,
    Rejected = 3,
    Ordered = 4,
    Cancelled = 5,
}

/// <summary>
/// Someone asks for items at a location. Submitting approves it at once when its estimated value (in the
/// organization's base currency) is under the tenant's threshold; otherwise a holder of Purchasing.Approve other than
/// the requester approves or rejects it. Approved lines are turned into purchase orders (one per preferred supplier);
/// when every line is on an order the requisition is Ordered.
/// </summary>
public sealed class PurchaseRequisition : Document<RequisitionStatus>, IOrganizationOwned
{
    private static readonly StateMachine<RequisitionStatus> Machine = new StateMachine<RequisitionStatus>("purchase requisition")
        .Allow(RequisitionStatus.Draft, RequisitionStatus.PendingApproval, RequisitionStatus.Approved, RequisitionStatus.Cancelled)
        .Allow(RequisitionStatus.PendingApproval, RequisitionStatus.Approved, RequisitionStatus.Rejected, RequisitionStatus.Cancelled)
        .Allow(RequisitionStatus.Rejected, RequisitionStatus.Draft, RequisitionStatus.Cancelled)
        .Allow(RequisitionStatus.Approved, RequisitionStatus.Ordered, RequisitionStatus.Cancelled);

    private readonly List<PurchaseRequisitionLine> _lines = [];

    private PurchaseRequisition() { }

    public PurchaseRequisition(Guid organizationId, RequisitionHeader header, string? userId, string requesterName, DateTimeOffset at)
        : base(RequisitionStatus.Draft, userId, at)
    {
        OrganizationId = organizationId;
        RequestedById = userId;
        RequestedByName = Text.Required(requesterName, 200, "Requester");
        Edit(header);
    }

    public override string DocumentType => DocumentTypes.PurchaseRequisition;
    protected override StateMachine<RequisitionStatus> Transitions => Machine;

    public Guid OrganizationId { get; private set; }
    public Guid LocationId { get; private set; }
    public string? RequestedById { get; private set; }
    public string RequestedByName { get; private set; } = "";
    public DateOnly RequestDate { get; private set; }
    public DateOnly? NeededBy { get; private set; }
    public string? Reason { get; private set; }

    /// <summary>Sum of quantity × estimated unit cost, in the organization's base currency.</summary>
    public decimal EstimatedTotal { get; private set; }

    public string? ApprovedBy { get; private set; }
    public DateTimeOffset? ApprovedAt { get; private set; }
    public IReadOnlyList<PurchaseRequisitionLine> Lines => _lines;

    public void Edit(RequisitionHeader header)
    {
        EnsureDraft();
        LocationId = header.LocationId;
        RequestDate = header.RequestDate;
        NeededBy = header.NeededBy;
        Reason = Text.Optional(header.Reason, 1000, "Reason");
    }

    public void SetLines(IReadOnlyList<RequisitionLineData> lines)
    {
        EnsureDraft();
        _lines.Clear();
        var number = 0;
        foreach (var line in lines)
        {
            _lines.Add(new PurchaseRequisitionLine(Id, ++number, line));
        }

        EstimatedTotal = _lines.Sum(l => l.EstimatedAmount);
    }

    public bool NeedsApproval(decimal threshold) => threshold <= 0m || EstimatedTotal >= threshold;

    /// <summary>Submits: approved at once under the threshold, else waiting for approval.</summary>
    public Result Submit(decimal threshold, string? userId, DateTimeOffset at)
    {
        if (Status == RequisitionStatus.Draft && _lines.Count == 0)
        {
            return PurchasingErrors.NoLines;
        }

        if (NeedsApproval(threshold))
        {
            return MoveTo(RequisitionStatus.PendingApproval, userId, at);
        }

        var moved = MoveTo(RequisitionStatus.Approved, userId, at, "Under the approval threshold");
        if (moved.IsSuccess)
        {
            ApprovedAt = at;
        }

        return moved;
    }

    public Result Approve(string? userId, DateTimeOffset at, string? note = null)
    {
        if (Status == RequisitionStatus.PendingApproval && userId is not null && userId == RequestedById)
        {
            return PurchasingErrors.SelfApproval;
        }

        var moved = MoveTo(RequisitionStatus.Approved, userId, at, note ?? "Approved");
        if (moved.IsSuccess)
        {
            ApprovedBy = userId;
            ApprovedAt = at;
        }

        return moved;
    }

    public Result Reject(string? userId, DateTimeOffset at, string? reason) =>
        MoveTo(RequisitionStatus.Rejected, userId, at, reason?.Trim(), reasonRequired: true);

    public Result Reopen(string? userId, DateTimeOffset at) => MoveTo(RequisitionStatus.Draft, userId, at);

    public Result Cancel(string? userId, DateTimeOffset at, string? reason) =>
        _lines.Any(l => l.PurchaseOrderId is not null)
            ? Error.Validation($"Requisition {Number} is already partly on purchase orders.")
            : MoveTo(RequisitionStatus.Cancelled, userId, at, reason?.Trim(), reasonRequired: true);

    /// <summary>Records that a line went onto a purchase order; the last one makes the requisition Ordered.</summary>
    public Result MarkOrdered(Guid lineId, Guid purchaseOrderId, string? userId, DateTimeOffset at)
    {
        if (Status != RequisitionStatus.Approved)
        {
            return Error.Validation($"Only an approved requisition can be ordered; {Number} is {Status}.");
        }

        var line = _lines.Single(l => l.Id == lineId);
        line.PurchaseOrderId = purchaseOrderId;
        return _lines.All(l => l.PurchaseOrderId is not null) ? MoveTo(RequisitionStatus.Ordered, userId, at) : Result.Success();
    }

    private void EnsureDraft()
    {
        if (Status != RequisitionStatus.Draft)
        {
            throw new DomainException(PurchasingErrors.NotDraft("requisition", Status.ToString()));
        }
    }
}

public sealed record RequisitionHeader(Guid LocationId, DateOnly RequestDate, DateOnly? NeededBy, string? Reason);

/// <summary>A requested product, quantity in its base unit, at an estimated cost per base unit in the base currency.</summary>
public sealed record RequisitionLineData(Guid ProductId, string Sku, string ProductName, decimal Quantity, decimal EstimatedUnitCost,
    Guid? SupplierId, string? Note = null);

public sealed class PurchaseRequisitionLine : Entity, ITenantOwned, IAudited
{
    private PurchaseRequisitionLine() { }

    internal PurchaseRequisitionLine(Guid requisitionId, int lineNumber, RequisitionLineData data)
    {
        if (data.Quantity <= 0m)
        {
            throw new DomainException(PurchasingErrors.QuantityNotPositive);
        }

        if (data.EstimatedUnitCost < 0m)
        {
            throw new DomainException(PurchasingErrors.PriceNegative);
        }

        RequisitionId = requisitionId;
        LineNumber = lineNumber;
        ProductId = data.ProductId;
        Sku = Text.Required(data.Sku, 100, "SKU");
        ProductName = Text.Required(data.ProductName, 300, "Product");
        Quantity = data.Quantity;
        EstimatedUnitCost = CostRounding.UnitCost(data.EstimatedUnitCost);
        EstimatedAmount = CostRounding.Value(Quantity * EstimatedUnitCost);
        SupplierId = data.SupplierId;
        Note = Text.Optional(data.Note, 500, "Note");
    }

    public Guid TenantId { get; private set; }
    public Guid RequisitionId { get; private set; }
    public int LineNumber { get; private set; }
    public Guid ProductId { get; private set; }
    public string Sku { get; private set; } = "";
    public string ProductName { get; private set; } = "";
    public decimal Quantity { get; private set; }
    public decimal EstimatedUnitCost { get; private set; }
    public decimal EstimatedAmount { get; private set; }

    /// <summary>The supplier asked for; null = the product's preferred supplier when ordering.</summary>
    public Guid? SupplierId { get; private set; }

    public string? Note { get; private set; }
    public Guid? PurchaseOrderId { get; internal set; }
}
