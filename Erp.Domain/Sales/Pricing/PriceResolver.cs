namespace Erp.Domain.Sales.Pricing;

public enum PriceSource
{
    /// <summary>The product's own selling price (<c>Product.Price</c>, tax-exclusive).</summary>
    ProductPrice = 0,
    PriceList = 1,
}

/// <summary>A resolved unit price and whether it includes tax; for a list price, the item and its minimum quantity.</summary>
public sealed record ResolvedPrice(decimal UnitPrice, bool IncludesTax, PriceSource Source, Guid? PriceListItemId = null,
    decimal MinQuantity = 0m);

/// <summary>What the resolver needs to know about the product being priced.</summary>
public sealed record PricedProduct(Guid Id, Guid? ParentId, decimal Price);

/// <summary>
/// The unit price of a product for a customer's price list, quantity and date. Among the list's items valid on the date
/// whose minimum quantity is at most the quantity, the one with the highest minimum quantity wins; items of the product
/// itself come before items of its family (for a variant). An inactive list, no list, or no matching item → the
/// product's own price, which is tax-exclusive.
/// </summary>
public static class PriceResolver
{
    public static ResolvedPrice Resolve(PriceList? list, IEnumerable<PriceListItem> items, PricedProduct product, decimal quantity,
        DateOnly date)
    {
        if (list is { IsActive: true })
        {
            var candidates = items.Where(i => i.PriceListId == list.Id && i.IsValidOn(date) && i.MinQuantity <= quantity).ToList();
            var best = Best(candidates, product.Id) ?? (product.ParentId is { } parent ? Best(candidates, parent) : null);
            if (best is not null)
            {
                return new ResolvedPrice(best.Price, list.PricesIncludeTax, PriceSource.PriceList, best.Id, best.MinQuantity);
            }
        }

        return new ResolvedPrice(product.Price, false, PriceSource.ProductPrice);
    }

    // Overlapping items with the same minimum quantity are refused when saved; should two ever meet, the later start wins.
    private static PriceListItem? Best(List<PriceListItem> candidates, Guid productId) =>
        candidates.Where(i => i.ProductId == productId).OrderByDescending(i => i.MinQuantity)
            .ThenByDescending(i => i.ValidFrom ?? DateOnly.MinValue).FirstOrDefault();
}
