using System.Globalization;
using Erp.Domain.Common;

namespace Erp.Domain.Inventory.Valuation;

public static class ValuationErrors
{
    public static readonly Error QuantityNotPositive = new("inventory.quantity_not_positive",
        "The quantity must be greater than zero.");

    public static readonly Error NegativeCost = new("inventory.negative_cost", "A unit cost cannot be negative.");

    public static Error InsufficientStock(decimal onHand, decimal requested) => new("inventory.insufficient_stock",
        string.Create(CultureInfo.InvariantCulture,
            $"Only {Math.Max(onHand, 0m):0.####} on hand, so {requested:0.####} cannot be issued; stock may not go negative."));
}
