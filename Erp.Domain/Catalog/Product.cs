using Erp.Domain.Common;

namespace Erp.Domain.Catalog;

/// <summary>
/// A product: simple, a family with variants, a kit, or one variant of a family (a row of its own, so stock, sales
/// and prices always refer to one product id). SKU and barcode are unique per tenant (checked by the service and by
/// unique indexes).
/// </summary>
public sealed class Product : TenantEntity
{
    private readonly List<KitComponent> _components = [];

    private Product() { }

    public Product(ProductKind kind, ProductFields fields, string sku, string barcode, Guid? parentId = null, string? variantLabel = null)
    {
        if (kind == ProductKind.Variant && parentId is null)
        {
            throw new DomainException(CatalogErrors.NotAVariantProduct);
        }

        Kind = kind;
        ParentId = kind == ProductKind.Variant ? parentId : null;
        VariantLabel = kind == ProductKind.Variant ? Text.Optional(variantLabel, 200, "Variant") : null;
        Update(fields);
        SetCodes(sku, barcode);
    }

    public ProductKind Kind { get; private set; }
    public Guid? ParentId { get; private set; }
    public string? VariantLabel { get; private set; }
    public string Name { get; private set; } = "";
    public string Sku { get; private set; } = "";
    public string Barcode { get; private set; } = "";
    public string? Description { get; private set; }
    public Guid? CategoryId { get; private set; }
    public Guid? BrandId { get; private set; }
    public Guid UnitId { get; private set; }
    public Guid? PurchaseUnitId { get; private set; }
    public decimal Cost { get; private set; }
    public decimal Price { get; private set; }

    /// <summary>
    /// <see cref="Price"/> in ten-thousandths (see <see cref="SortKey"/>), kept in step by <see cref="Update"/>. Only for
    /// ORDER BY on SQLite, which stores decimals as text; the price itself stays an exact decimal.
    /// </summary>
    public long PriceSortKey { get; private set; }

    /// <summary><see cref="Cost"/> in ten-thousandths, like <see cref="PriceSortKey"/>.</summary>
    public long CostSortKey { get; private set; }
    public string? TaxCategory { get; private set; }
    public decimal ReorderPoint { get; private set; }
    public decimal ReorderQuantity { get; private set; }
    public bool IsActive { get; private set; } = true;
    public IReadOnlyList<KitComponent> Components => _components;

    public void Update(ProductFields fields)
    {
        if (fields.Cost < 0 || fields.Price < 0 || fields.ReorderPoint < 0 || fields.ReorderQuantity < 0)
        {
            throw new DomainException(CatalogErrors.NegativeAmount);
        }

        Name = Text.Required(fields.Name, 200, "Name");
        Description = Text.Optional(fields.Description, 2000, "Description");
        CategoryId = fields.CategoryId;
        BrandId = fields.BrandId;
        UnitId = fields.UnitId;
        PurchaseUnitId = fields.PurchaseUnitId == fields.UnitId ? null : fields.PurchaseUnitId;
        Cost = fields.Cost;
        Price = fields.Price;
        CostSortKey = SortKey(fields.Cost);
        PriceSortKey = SortKey(fields.Price);
        TaxCategory = Text.Optional(fields.TaxCategory, 50, "Tax category");
        ReorderPoint = fields.ReorderPoint;
        ReorderQuantity = fields.ReorderQuantity;
    }

    /// <summary>
    /// An amount as a whole number of ten-thousandths (the 4 places money is stored with), rounded half away from zero.
    /// Ordering by the key gives the order of the amounts (equal keys only for amounts equal to 4 places; the list breaks
    /// those ties on SKU). Amounts beyond ±922 trillion, which no product has, share the extreme key.
    /// </summary>
    public static long SortKey(decimal amount)
    {
        const decimal limit = long.MaxValue / 10_000m;
        if (amount >= limit || amount <= -limit)
        {
            return amount > 0 ? long.MaxValue : long.MinValue;
        }

        return (long)decimal.Round(amount * 10_000m, MidpointRounding.AwayFromZero);
    }

    /// <summary>SKU is trimmed and upper-cased; the barcode must be a valid EAN-13 (the service generates one when empty).</summary>
    public void SetCodes(string sku, string barcode)
    {
        Sku = Text.Required(sku, 64, "SKU").ToUpperInvariant();
        var code = (barcode ?? "").Trim();
        Barcode = Ean13.IsValid(code) ? code : throw new DomainException(CatalogErrors.InvalidEan13);
    }

    public void Archive() => IsActive = false;

    public void Restore() => IsActive = true;

    /// <summary>Replaces the kit's components. Components are checked to exist and be stockable by the service.</summary>
    public void SetComponents(IEnumerable<(Guid ProductId, decimal Quantity)> components)
    {
        if (Kind != ProductKind.Kit)
        {
            throw new DomainException(CatalogErrors.NotAKit);
        }

        var merged = components.GroupBy(c => c.ProductId).Select(g => (ProductId: g.Key, Quantity: g.Sum(c => c.Quantity))).ToList();
        if (merged.Count == 0)
        {
            throw new DomainException(CatalogErrors.KitNeedsComponents);
        }

        if (merged.Any(c => c.Quantity <= 0))
        {
            throw new DomainException(CatalogErrors.ComponentQuantity);
        }

        if (merged.Any(c => c.ProductId == Id))
        {
            throw new DomainException(CatalogErrors.ComponentIsKit);
        }

        _components.RemoveAll(c => !merged.Any(m => m.ProductId == c.ComponentId));
        foreach (var (productId, quantity) in merged)
        {
            var existing = _components.FirstOrDefault(c => c.ComponentId == productId);
            if (existing is null)
            {
                _components.Add(new KitComponent(Id, productId, quantity));
            }
            else
            {
                existing.ChangeQuantity(quantity);
            }
        }
    }

    /// <summary>Component quantities drawn from stock when <paramref name="kitsSold"/> kits are sold.</summary>
    public IReadOnlyList<(Guid ProductId, decimal Quantity)> ComponentsFor(decimal kitsSold) =>
        _components.Select(c => (c.ComponentId, c.Quantity * kitsSold)).ToList();
}

/// <summary>The editable fields shared by every kind of product.</summary>
public sealed record ProductFields(
    string Name, Guid UnitId, decimal Cost, decimal Price, Guid? CategoryId = null, Guid? BrandId = null,
    Guid? PurchaseUnitId = null, string? TaxCategory = null, decimal ReorderPoint = 0, decimal ReorderQuantity = 0,
    string? Description = null);

/// <summary>One line of a kit: how many of a component one kit holds.</summary>
public sealed class KitComponent : CatalogLine
{
    private KitComponent() { }

    internal KitComponent(Guid kitId, Guid componentId, decimal quantity)
    {
        KitId = kitId;
        ComponentId = componentId;
        Quantity = quantity;
    }

    public Guid KitId { get; private set; }
    public Guid ComponentId { get; private set; }
    public decimal Quantity { get; private set; }

    internal void ChangeQuantity(decimal quantity) => Quantity = quantity;
}
