namespace Erp.Domain.Catalog;

public enum ProductKind
{
    /// <summary>One stocked item.</summary>
    Simple = 0,

    /// <summary>A family (e.g. a T-shirt) whose sellable, stocked items are its variants (size × colour).</summary>
    WithVariants = 1,

    /// <summary>A bundle of other products; selling it draws its components' stock.</summary>
    Kit = 2,

    /// <summary>One variant of a <see cref="WithVariants"/> product: its own SKU, barcode, price and stock.</summary>
    Variant = 3,
}
