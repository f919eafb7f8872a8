using Erp.Domain.Inventory.Receipts;

namespace Erp.Web.Features.Inventory.Receipts;

public sealed record GoodsReceiptListQuery(string? Search = null, GoodsReceiptStatus? Status = null, string? Sort = null, bool Desc = false);

public sealed record GoodsReceiptRow(Guid Id, string Number, DateOnly Date, GoodsReceiptStatus Status, string Location,
    string? SupplierReference, string Currency, decimal Total, int Lines);

public sealed record GoodsReceiptLineDetails(Guid Id, int LineNumber, Guid ProductId, string Sku, string ProductName, Guid UnitId,
    string UnitCode, decimal Quantity, decimal UnitCost, decimal Value, decimal BaseQuantity, string BaseUnitCode, decimal BaseUnitCost);

public sealed record GoodsReceiptDetails(Guid Id, string Number, GoodsReceiptStatus Status, Guid OrganizationId, string OrganizationName,
    string BaseCurrency, Guid LocationId, string LocationName, DateOnly Date, string? SupplierReference, string Currency,
    decimal ExchangeRate, string? Note, DateTimeOffset? PostedAt, IReadOnlyList<GoodsReceiptStatus> AllowedNext,
    IReadOnlyList<GoodsReceiptLineDetails> Lines)
{
    public decimal Total => Lines.Sum(l => l.Value);
}

public sealed record GoodsReceiptExportRows(IAsyncEnumerable<GoodsReceiptRow> Rows);

/// <summary>A receipt saved and posted in one step.</summary>
public sealed record GoodsReceiptPosted(Guid Id, string Number);
