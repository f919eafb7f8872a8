using Erp.Domain.Common;

namespace Erp.Domain.Sales.Pricing;

/// <summary>
/// One price of a price list: a product (a simple product, a kit, a variant, or a family whose variants have no item
/// of their own) from a minimum quantity (quantity breaks), optionally only between two dates (both inclusive).
/// </summary>
public sealed class PriceListItem : TenantEntity
{
    private PriceListItem() { }

    public PriceListItem(Guid priceListId, Guid productId, decimal price, decimal minQuantity = 0m, DateOnly? validFrom = null,
        DateOnly? validTo = null)
    {
        PriceListId = priceListId;
        Update(productId, price, minQuantity, validFrom, validTo);
    }

    public Guid PriceListId { get; private set; }
    public Guid ProductId { get; private set; }
    public decimal Price { get; private set; }
    public decimal MinQuantity { get; private set; }
    public DateOnly? ValidFrom { get; private set; }
    public DateOnly? ValidTo { get; private set; }

    public void Update(Guid productId, decimal price, decimal minQuantity, DateOnly? validFrom, DateOnly? validTo)
    {
        if (Check(price, minQuantity, validFrom, validTo) is { } refused)
        {
            throw new DomainException(refused);
        }

        ProductId = productId;
        Price = price;
        MinQuantity = minQuantity;
        ValidFrom = validFrom;
        ValidTo = validTo;
    }

    /// <summary>Why these values cannot make an item, or null.</summary>
    public static Error? Check(decimal price, decimal minQuantity, DateOnly? validFrom, DateOnly? validTo)
    {
        if (price < 0m)
        {
            return PricingErrors.NegativePrice;
        }

        if (minQuantity < 0m)
        {
            return PricingErrors.NegativeMinimumQuantity;
        }

        return validFrom is { } from && validTo is { } to && to < from ? PricingErrors.ValidToBeforeValidFrom : null;
    }

    public bool IsValidOn(DateOnly date) => (ValidFrom is null || ValidFrom <= date) && (ValidTo is null || date <= ValidTo);

    /// <summary>Same product and minimum quantity, and validity periods that share at least one day (open ends are endless).</summary>
    public static bool Clash(Guid productId, decimal minQuantity, DateOnly? from, DateOnly? to, PriceListItem other) =>
        other.ProductId == productId && other.MinQuantity == minQuantity
        && (from ?? DateOnly.MinValue) <= (other.ValidTo ?? DateOnly.MaxValue)
        && (other.ValidFrom ?? DateOnly.MinValue) <= (to ?? DateOnly.MaxValue);
}
