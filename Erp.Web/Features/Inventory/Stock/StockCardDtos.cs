using Erp.Domain.Inventory;

namespace Erp.Web.Features.Inventory.Stock;

/// <summary>
/// The stock card's filter: one product, optionally one location (with its sub-locations) and a date range (days in the
/// tenant's time zone, both ends included), oldest or newest first.
/// </summary>
public sealed record StockCardQuery(Guid ProductId, Guid? LocationId = null, DateOnly? From = null, DateOnly? To = null, bool NewestFirst = false);

/// <summary>
/// One movement as it was: the product's SKU and name at the time, the location's balance before and after, and the
/// running total over the locations the card covers (opening balance before the date range included).
/// </summary>
public sealed record StockCardRow(
    Guid Id,
    DateTimeOffset OccurredAt,
    MovementKind Kind,
    string SourceType,
    Guid SourceId,
    string SourceNumber,
    string? SourceUrl,
    Guid LocationId,
    string Location,
    decimal Quantity,
    decimal UnitCost,
    decimal Value,
    decimal OnHandBefore,
    decimal OnHandAfter,
    decimal RunningTotal,
    string ProductSku,
    string ProductName,
    string User,
    string? Note)
{
    public string KindText => MovementKindText.Of(Kind);
}

/// <summary>The product a card is about: current name and SKU when it still exists, else those of its latest movement.</summary>
public sealed record StockCardProduct(Guid Id, string Sku, string Name, string Unit, bool IsDeleted, decimal OnHand);

public sealed record StockCardExport(StockCardProduct Product, IAsyncEnumerable<StockCardRow> Rows);

public static class MovementKindText
{
    public static string Of(MovementKind kind) => kind switch
    {
        MovementKind.Receipt => "Receipt",
        MovementKind.AdjustmentIn => "Adjustment in",
        MovementKind.AdjustmentOut => "Adjustment out",
        MovementKind.TransferOut => "Transfer out",
        MovementKind.TransferIn => "Transfer in",
        MovementKind.CountGain => "Count gain",
        MovementKind.CountLoss => "Count loss",
        MovementKind.Scrap => "Scrap",
        MovementKind.Sale => "Sale",
        MovementKind.SaleReturn => "Sale return",
        MovementKind.Purchase => "Purchase",
        MovementKind.PurchaseReturn => "Purchase return",
        MovementKind.ProductionIn => "Production in",
        MovementKind.ProductionOut => "Production out",
        MovementKind.CostReconciliation => "Cost reconciliation",
        MovementKind.TransitLoss => "Lost in transit",
        _ => kind.ToString(),
    };
}
