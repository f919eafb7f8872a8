using Erp.Domain.Inventory;

namespace Erp.Web.Features.Inventory.Stock;

/// <summary>
/// The stock list's filter and sort. <see cref="LocationId"/> includes its sub-locations; rows with nothing on hand
/// and nothing reserved are left out unless <see cref="IncludeEmpty"/> (or the "Out" status is asked for).
/// </summary>
public sealed record StockListQuery(
    string? Search = null,
    Guid? LocationId = null,
    Guid? CategoryId = null,
    StockStatus? Status = null,
    bool IncludeEmpty = false,
    string? Sort = null,
    bool Desc = false);

/// <summary>One product at one location.</summary>
public sealed record StockLevelRow(
    Guid ProductId,
    string Sku,
    string Name,
    string Unit,
    Guid LocationId,
    string Location,
    bool InTransit,
    decimal OnHand,
    decimal Reserved,
    decimal Available,
    decimal UnitCost,
    decimal Value,
    StockStatus Status)
{
    /// <summary>"In transit" for stock on its way, else the status.</summary>
    public string StatusText => InTransit ? StockLocationTree.InTransitLabel : StockStatusText.Of(Status);
}

/// <summary>A page of the stock list with the quantity and value of everything the filter matches.</summary>
public sealed record StockListPage(IReadOnlyList<StockLevelRow> Items, int Total, decimal TotalOnHand, decimal TotalValue);

public sealed record StockExportRows(IAsyncEnumerable<StockLevelRow> Rows);

public static class StockStatusText
{
    public static string Of(StockStatus status) => status switch
    {
        StockStatus.Out => "Out of stock",
        StockStatus.Low => "Low",
        _ => "In stock",
    };
}
