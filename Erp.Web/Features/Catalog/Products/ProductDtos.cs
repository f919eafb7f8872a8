using Erp.Web.Infrastructure.Grids;
using System.ComponentModel.DataAnnotations;
using Erp.Domain.Catalog;
using Erp.Domain.Inventory;

namespace Erp.Web.Features.Catalog.Products;

/// <summary>The product form; the service checks everything again (and the entity guards its own rules).</summary>
public sealed class ProductInput
{
    public ProductKind Kind { get; set; } = ProductKind.Simple;

    [Required, MaxLength(200)]
    public string Name { get; set; } = "";

    [Required, MaxLength(64)]
    public string Sku { get; set; } = "";

    [RegularExpression("^[0-9]{13}$", ErrorMessage = "An EAN-13 barcode has 13 digits; leave it empty to generate one.")]
    public string? Barcode { get; set; }

    [MaxLength(2000)]
    public string? Description { get; set; }

    public Guid? CategoryId { get; set; }
    public Guid? BrandId { get; set; }

    [Required(ErrorMessage = "Choose the unit the product is sold and stocked in.")]
    public Guid? UnitId { get; set; }

    public Guid? PurchaseUnitId { get; set; }

    [Range(0, 1_000_000_000, ErrorMessage = "Cost cannot be negative.")]
    public decimal Cost { get; set; }

    [Range(0, 1_000_000_000, ErrorMessage = "Price cannot be negative.")]
    public decimal Price { get; set; }

    [MaxLength(50)]
    public string? TaxCategory { get; set; }

    [Range(0, 1_000_000_000, ErrorMessage = "Reorder point cannot be negative.")]
    public decimal ReorderPoint { get; set; }

    [Range(0, 1_000_000_000, ErrorMessage = "Reorder quantity cannot be negative.")]
    public decimal ReorderQuantity { get; set; }

    /// <summary>For a new product with variants: the attribute values to combine.</summary>
    public List<VariantAxis> Axes { get; set; } = [];

    /// <summary>For a kit: its components.</summary>
    public List<ComponentInput> Components { get; set; } = [];

    public ProductFields ToFields() => new(Name, UnitId ?? Guid.Empty, Cost, Price, CategoryId, BrandId, PurchaseUnitId,
        TaxCategory, ReorderPoint, ReorderQuantity, Description);
}

public sealed class ComponentInput
{
    public Guid? ProductId { get; set; }
    public decimal Quantity { get; set; } = 1;
}

/// <summary>One product in the grid and the Excel export.</summary>
public sealed record ProductRow(Guid Id, string Sku, string Name, string? VariantLabel, ProductKind Kind, string Barcode,
    string? Category, string? Brand, string Unit, decimal Cost, decimal Price, string? TaxCategory, bool IsActive,
    decimal? OnHand = null, StockStatus? Stock = null)
{
    public string DisplayName => VariantLabel is null ? Name : $"{Name} ({VariantLabel})";
}

/// <summary>
/// The grid's view: search in name, SKU and barcode; category (with its sub-categories), brand, kind and status
/// filters; a whitelisted sort key (<see cref="ProductQueries.SortKeys"/>). The export reads the same fields.
/// <see cref="Stock"/> keeps simple products and variants with that stock status (no stock row = out); kits and
/// families hold no stock and never match it.
/// </summary>
public sealed record ProductListQuery(string? Search = null, Guid? CategoryId = null, Guid? BrandId = null,
    ProductKind? Kind = null, bool? Active = true, string? Sort = null, bool Desc = false, StockStatus? Stock = null);

public sealed record ProductExportRows(IAsyncEnumerable<ProductRow> Rows);

public sealed record ProductDetails(
    Guid Id, ProductKind Kind, string Name, string Sku, string Barcode, string? Description, Guid? CategoryId, Guid? BrandId,
    Guid UnitId, Guid? PurchaseUnitId, decimal Cost, decimal Price, string? TaxCategory, decimal ReorderPoint,
    decimal ReorderQuantity, bool IsActive, long Version, Guid? ParentId, string? ParentName, string? VariantLabel)
{
    public ProductInput ToInput() => new()
    {
        Kind = Kind, Name = Name, Sku = Sku, Barcode = Barcode, Description = Description, CategoryId = CategoryId,
        BrandId = BrandId, UnitId = UnitId, PurchaseUnitId = PurchaseUnitId, Cost = Cost, Price = Price,
        TaxCategory = TaxCategory, ReorderPoint = ReorderPoint, ReorderQuantity = ReorderQuantity,
    };
}

public sealed record VariantRow(Guid Id, string Sku, string Barcode, string? Label, decimal Price, bool IsActive);

public sealed record ComponentRow(Guid ProductId, string Sku, string Name, decimal Quantity, string Unit);

public sealed record CatalogOption(Guid Id, string Name, int Depth = 0);

public sealed record UnitOption(Guid Id, string Code, string Name, Guid? BaseUnitId, decimal Factor)
{
    public Guid RootId => BaseUnitId ?? Id;
}

public sealed record AttributeOption(Guid Id, string Name, IReadOnlyList<string> Values);

/// <summary>Everything the product form offers in its pickers.</summary>
public sealed record ProductFormOptions(IReadOnlyList<CatalogOption> Categories, IReadOnlyList<CatalogOption> Brands,
    IReadOnlyList<UnitOption> Units, IReadOnlyList<AttributeOption> Attributes);
