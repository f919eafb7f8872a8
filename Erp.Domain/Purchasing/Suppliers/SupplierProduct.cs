using Erp.Domain.Common;
using Erp.Domain.Inventory.Valuation;

namespace Erp.Domain.Purchasing.Suppliers;

/// <summary>
/// A product a supplier supplies: its code for it, its price in its currency per base unit of the product, the
/// minimum order quantity and quantity price breaks. At most one supplier per product is preferred (the database
/// holds that); replenishment and requisitions order from the preferred one.
/// </summary>
public sealed class SupplierProduct : TenantEntity
{
    public const int MaxPriceBreaks = 10;

    private readonly List<SupplierPriceBreak> _priceBreaks = [];

    private SupplierProduct() { }

    public SupplierProduct(Guid supplierId, Guid productId, SupplierProductFields fields)
    {
        SupplierId = supplierId;
        ProductId = productId;
        Update(fields);
    }

    public Guid SupplierId { get; private set; }
    public Guid ProductId { get; private set; }
    public string? SupplierSku { get; private set; }
    public string Currency { get; private set; } = "";

    /// <summary>Price per base unit, 4 decimals.</summary>
    public decimal UnitPrice { get; private set; }

    public decimal MinimumOrderQuantity { get; private set; }

    /// <summary>Overrides the supplier's lead time for this product when set.</summary>
    public int? LeadTimeDays { get; private set; }

    public bool IsPreferred { get; private set; }
    public IReadOnlyList<SupplierPriceBreak> PriceBreaks => _priceBreaks;

    public void Update(SupplierProductFields fields)
    {
        if (fields.UnitPrice < 0m || fields.PriceBreaks.Any(b => b.UnitPrice < 0m))
        {
            throw new DomainException(PurchasingErrors.PriceNegative);
        }

        if (fields.MinimumOrderQuantity < 0m)
        {
            throw new DomainException(Error.Validation("The minimum order quantity cannot be negative."));
        }

        if (fields.LeadTimeDays is < 0 or > Supplier.MaxLeadTimeDays)
        {
            throw new DomainException(Error.Validation($"The lead time is between 0 and {Supplier.MaxLeadTimeDays} days."));
        }

        if (fields.PriceBreaks.Count > MaxPriceBreaks || fields.PriceBreaks.Any(b => b.MinQuantity <= 1m)
            || fields.PriceBreaks.Select(b => b.MinQuantity).Distinct().Count() != fields.PriceBreaks.Count)
        {
            throw new DomainException(Error.Validation(
                $"Price breaks start above 1 unit, each at a different quantity, at most {MaxPriceBreaks}."));
        }

        SupplierSku = Text.Optional(fields.SupplierSku, 100, "Supplier SKU");
        Currency = Common.Currency.Normalize(fields.Currency);
        UnitPrice = CostRounding.UnitCost(fields.UnitPrice);
        MinimumOrderQuantity = fields.MinimumOrderQuantity;
        LeadTimeDays = fields.LeadTimeDays;
        IsPreferred = fields.IsPreferred;
        _priceBreaks.Clear();
        _priceBreaks.AddRange(fields.PriceBreaks.OrderBy(b => b.MinQuantity)
            .Select(b => new SupplierPriceBreak(Id, b.MinQuantity, CostRounding.UnitCost(b.UnitPrice))));
    }

    public void SetPreferred(bool preferred) => IsPreferred = preferred;

    /// <summary>The unit price for an order of <paramref name="quantity"/>: the break with the highest minimum reached, else the list price.</summary>
    public decimal PriceFor(decimal quantity) =>
        _priceBreaks.Where(b => b.MinQuantity <= quantity).OrderByDescending(b => b.MinQuantity).Select(b => b.UnitPrice)
            .DefaultIfEmpty(UnitPrice).First();

    public int LeadTimeOr(int supplierLeadTimeDays) => LeadTimeDays ?? supplierLeadTimeDays;
}

public sealed record PriceBreakFields(decimal MinQuantity, decimal UnitPrice);

public sealed record SupplierProductFields(string? SupplierSku, string Currency, decimal UnitPrice, decimal MinimumOrderQuantity,
    int? LeadTimeDays, bool IsPreferred, IReadOnlyList<PriceBreakFields> PriceBreaks);

/// <summary>From <see cref="MinQuantity"/> units on, the unit price is <see cref="UnitPrice"/>.</summary>
public sealed class SupplierPriceBreak : Entity, ITenantOwned, IAudited
{
    private SupplierPriceBreak() { }

    internal SupplierPriceBreak(Guid supplierProductId, decimal minQuantity, decimal unitPrice)
    {
        SupplierProductId = supplierProductId;
        MinQuantity = minQuantity;
        UnitPrice = unitPrice;
    }

    public Guid TenantId { get; private set; }
    public Guid SupplierProductId { get; private set; }
    public decimal MinQuantity { get; private set; }
    public decimal UnitPrice { get; private set; }
}
