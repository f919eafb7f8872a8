using System.Globalization;
using Erp.Domain.Common;

namespace Erp.Domain.Inventory;

public static class InventoryErrors
{
    public static readonly Error QuantityNotPositive = new("inventory.quantity_not_positive",
        "Quantities must be greater than zero.");

    public static readonly Error NoLines = new("inventory.no_lines", "Add at least one line.");

    public static readonly Error UnknownProduct = new("inventory.unknown_product", "The product was not found.");

    public static readonly Error UnknownLocation = new("inventory.unknown_location", "The location was not found.");

    public static Error KitHoldsNoStock(string sku) => new("inventory.kit_no_stock",
        $"{sku} is a kit: it holds no stock of its own. Receive or count its components instead.");

    public static Error ChooseVariant(string sku) => new("inventory.choose_variant",
        $"{sku} has variants: choose the variant (size, colour…) that moves.");

    public static Error Insufficient(string sku, string location, decimal onHand, decimal requested) =>
        new("inventory.insufficient_stock", string.Create(CultureInfo.InvariantCulture,
            $"Not enough {sku} at {location}: {Math.Max(onHand, 0m):0.####} on hand, {requested:0.####} needed. Stock may not go negative."));

    public static Error NotAvailable(string sku, string location, decimal available, decimal requested) =>
        new("inventory.not_available", string.Create(CultureInfo.InvariantCulture,
            $"Only {Math.Max(available, 0m):0.####} of {sku} available at {location} ({requested:0.####} asked): the rest is reserved or not in stock."));

    public static Error NotReserved(string sku, string location, decimal reserved, decimal requested) =>
        new("inventory.not_reserved", string.Create(CultureInfo.InvariantCulture,
            $"Only {reserved:0.####} of {sku} is reserved at {location}, not {requested:0.####}."));

    public static readonly Error ReorderOutOfRange = new("inventory.reorder_out_of_range",
        "Reorder point and reorder quantity must be between 0 and 1,000,000,000 (leave empty to use the product's).");

    public static Error NoConversion(string from, string to) => new("inventory.no_conversion",
        $"There is no conversion from {from} to {to}: add one under Catalog → Units, or enter the quantity in {to}.");
}
