using Erp.Domain.Inventory.Adjustments;

namespace Erp.Web.Features.Inventory.Adjustments;

public sealed record StockAdjustmentListQuery(AdjustmentKind Kind, string? Search = null, StockAdjustmentStatus? Status = null,
    string? Sort = null, bool Desc = false);

public sealed record StockAdjustmentRow(Guid Id, string Number, DateOnly Date, StockAdjustmentStatus Status, string Location,
    string Reason, decimal Value, int Lines);

public sealed record StockAdjustmentLineDetails(Guid Id, int LineNumber, Guid ProductId, string Sku, string ProductName, Guid UnitId,
    string UnitCode, decimal Quantity, decimal? UnitCost, decimal BaseQuantity, string BaseUnitCode, decimal Value);

public sealed record StockAdjustmentDetails(Guid Id, AdjustmentKind Kind, string Number, StockAdjustmentStatus Status,
    Guid OrganizationId, string OrganizationName, string BaseCurrency, Guid LocationId, string LocationName, Guid ReasonId,
    string Reason, DateOnly Date, string? Note, decimal Value, string? SubmittedBy, DateTimeOffset? SubmittedAt, string? ApprovedBy,
    DateTimeOffset? ApprovedAt, DateTimeOffset? PostedAt, IReadOnlyList<StockAdjustmentStatus> AllowedNext,
    IReadOnlyList<StockAdjustmentLineDetails> Lines)
{
    public string Title => Kind == AdjustmentKind.Scrap ? "Scrap" : "Stock adjustment";
}

public sealed record StockAdjustmentExportRows(IAsyncEnumerable<StockAdjustmentRow> Rows);
