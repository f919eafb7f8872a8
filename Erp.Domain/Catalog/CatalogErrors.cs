using Erp.Domain.Common;

namespace Erp.Domain.Catalog;

public static class CatalogErrors
{
    public static readonly Error ProductNotFound = Error.NotFound("The product");
    public static readonly Error CategoryNotFound = new("catalog.category_not_found", "The chosen category was not found.");
    public static readonly Error BrandNotFound = new("catalog.brand_not_found", "The chosen brand was not found.");
    public static readonly Error UnitNotFound = new("catalog.unit_not_found", "The chosen unit was not found.");
    public static readonly Error AttributeNotFound = Error.NotFound("The attribute");
    public static readonly Error SkuTaken = new("catalog.sku_taken", "Another product (or a deleted one) already uses this SKU.");
    public static readonly Error BarcodeTaken = new("catalog.barcode_taken", "Another product (or a deleted one) already uses this barcode.");
    public static readonly Error InvalidEan13 = new("catalog.invalid_ean13",
        "The barcode is not a valid EAN-13: it needs 13 digits and a correct check digit (leave it empty to generate one).");
    public static readonly Error NegativeAmount = new("catalog.negative_amount", "Prices, costs and reorder quantities cannot be negative.");
    public static readonly Error NoConversion = new("catalog.no_conversion",
        "The purchase unit has no conversion to the product's unit: define it on the Units page first (e.g. Box = 12 Piece).");
    public static readonly Error NotConvertible = new("catalog.not_convertible", "These two units have no conversion between them.");
    public static readonly Error InvalidFactor = new("catalog.invalid_factor", "A unit's conversion factor must be greater than zero.");
    public static readonly Error VariantsNeedAxes = new("catalog.variants_need_axes",
        "Choose at least one attribute with at least one value to generate variants.");
    public static readonly Error TooManyVariants = new("catalog.too_many_variants", "At most 500 variants can be generated for one product.");
    public static readonly Error NotAVariantProduct = new("catalog.not_variant_product", "Only a product with variants has variants.");
    public static readonly Error NotAKit = new("catalog.not_kit", "Only a kit has components.");
    public static readonly Error KitNeedsComponents = new("catalog.kit_needs_components", "A kit needs at least one component.");
    public static readonly Error ComponentQuantity = new("catalog.component_quantity", "Each component needs a quantity greater than zero.");
    public static readonly Error ComponentIsKit = new("catalog.component_invalid",
        "A kit's components must be existing simple products or variants, not the kit itself, another kit or a product with variants.");
    public static readonly Error ChangedByAnotherUser = new("catalog.concurrency",
        "Someone else changed this product since you opened it. Your changes were not saved; reload to see theirs.");
    public static readonly Error NameTaken = new("catalog.name_taken", "Another entry already uses this name.");
    public static readonly Error CodeTaken = new("catalog.code_taken", "Another unit already uses this code.");
    public static readonly Error CategoryCycle = new("catalog.category_cycle", "A category cannot be placed under itself or one of its sub-categories.");
    public static readonly Error ImageTooLarge = new("catalog.image_too_large", "Images must be PNG, JPEG or WebP and at most 1 MB.");
    public static readonly Error InUse = new("catalog.in_use", "This entry is still used by products; change them first.");

    public static Error HasStock(string sku, string location, decimal onHand) => new("catalog.product_has_stock",
        string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{sku} still has {onHand:0.####} on hand at {location}. Bring its stock to zero first (sell, transfer or adjust it), or archive the product instead."));

    public static Error UsedInKit(string kitSku) => new("catalog.product_in_kit",
        $"This product is a component of the kit {kitSku}. Remove it from the kit first, or archive the product instead.");
}
