using Erp.Domain.Purchasing.Requisitions;

namespace Erp.Web.Features.Purchasing.Requisitions;

public sealed class RequisitionInput
{
    public Guid? LocationId { get; set; }
    public DateOnly? RequestDate { get; set; }
    public DateOnly? NeededBy { get; set; }
    public string? Reason { get; set; }
    public List<RequisitionLineInput> Lines { get; set; } = [];
}

public sealed class RequisitionLineInput
{
    public Guid? ProductId { get; set; }

    /// <summary>In the product's base unit.</summary>
    public decimal Quantity { get; set; }

    /// <summary>Empty = the preferred supplier's price (in the base currency) or the product's cost.</summary>
    public decimal? EstimatedUnitCost { get; set; }

    /// <summary>Empty = the product's preferred supplier when ordering.</summary>
    public Guid? SupplierId { get; set; }

    public string? Note { get; set; }
}

public sealed record RequisitionListQuery(string? Search = null, RequisitionStatus? Status = null, string? Sort = null, bool Desc = false);

public sealed record RequisitionRow(Guid Id, string Number, DateOnly RequestDate, DateOnly? NeededBy, RequisitionStatus Status,
    string Location, string RequestedBy, decimal EstimatedTotal, int Lines);

public sealed record RequisitionLineDetails(Guid Id, int LineNumber, Guid ProductId, string Sku, string ProductName, decimal Quantity,
    decimal EstimatedUnitCost, decimal EstimatedAmount, Guid? SupplierId, string? SupplierName, string? Note, Guid? PurchaseOrderId,
    string? PurchaseOrderNumber);

public sealed record RequisitionDetails(Guid Id, string Number, RequisitionStatus Status, Guid LocationId, string LocationName,
    string? RequestedById, string RequestedByName, DateOnly RequestDate, DateOnly? NeededBy, string? Reason, decimal EstimatedTotal,
    string? ApprovedBy, DateTimeOffset? ApprovedAt, IReadOnlyList<RequisitionStatus> AllowedNext, IReadOnlyList<RequisitionLineDetails> Lines);
