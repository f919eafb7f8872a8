using Erp.Domain.Common;
using Erp.Domain.Sales;
using Erp.Domain.Sales.Pricing;
using Erp.Domain.Sales.Taxes;

namespace Erp.Tests.Domain.Sales.Pricing;

public class PriceResolverTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);
    private readonly PriceList _list = new("Wholesale", "USD", pricesIncludeTax: false);
    private readonly PricedProduct _product = new(Guid.CreateVersion7(), null, 9.99m);

    private PriceListItem Item(decimal price, decimal min = 0m, DateOnly? from = null, DateOnly? to = null, Guid? productId = null) =>
        new(_list.Id, productId ?? _product.Id, price, min, from, to);

    [Theory]
    [InlineData(1, 8.00)]
    [InlineData(9.5, 8.00)]
    [InlineData(10, 7.50)]
    [InlineData(99, 7.50)]
    [InlineData(100, 7.00)]
    [InlineData(1000, 7.00)]
    public void Resolve_QuantityBreaks_HighestMinimumAtOrBelowTheQuantityWins(decimal quantity, decimal expected)
    {
        var items = new[] { Item(7.50m, 10), Item(8.00m), Item(7.00m, 100) };

        var price = PriceResolver.Resolve(_list, items, _product, quantity, Today);

        Assert.Equal(expected, price.UnitPrice);
        Assert.Equal(PriceSource.PriceList, price.Source);
        Assert.False(price.IncludesTax);
    }

    [Fact]
    public void Resolve_Validity_OnlyItemsValidOnTheDateCount_BothEndsIncluded()
    {
        var promo = Item(6.00m, 0, Today, Today.AddDays(6));
        var items = new[] { Item(8.00m), promo, Item(5.00m, 0, Today.AddDays(30)) };

        Assert.Equal(8.00m, PriceResolver.Resolve(_list, items, _product, 1, Today.AddDays(-1)).UnitPrice);
        Assert.Equal(8.00m, PriceResolver.Resolve(_list, items, _product, 1, Today.AddDays(7)).UnitPrice);
        Assert.Equal(5.00m, PriceResolver.Resolve(_list, items, _product, 1, Today.AddDays(30)).UnitPrice);
        // Same minimum quantity: the later-starting promotion beats the open-ended list price.
        Assert.Equal(promo.Id, PriceResolver.Resolve(_list, items, _product, 1, Today).PriceListItemId);
        Assert.Equal(6.00m, PriceResolver.Resolve(_list, items, _product, 1, Today.AddDays(6)).UnitPrice);
    }

    [Fact]
    public void Resolve_NoValidItem_NoListOrInactiveList_FallsBackToTheProductPriceExcludingTax()
    {
        var inclusive = new PriceList("Retail", "USD", pricesIncludeTax: true);
        var items = new[] { Item(7.50m, 10), new PriceListItem(inclusive.Id, _product.Id, 11.00m) };

        Assert.Equal(new ResolvedPrice(9.99m, false, PriceSource.ProductPrice), PriceResolver.Resolve(_list, items, _product, 5, Today));
        Assert.Equal(new ResolvedPrice(9.99m, false, PriceSource.ProductPrice), PriceResolver.Resolve(null, items, _product, 50, Today));
        Assert.Equal(new ResolvedPrice(9.99m, false, PriceSource.ProductPrice),
            PriceResolver.Resolve(_list, [Item(1m, 0, productId: Guid.CreateVersion7())], _product, 1, Today));
        var fromInclusive = PriceResolver.Resolve(inclusive, items, _product, 1, Today);
        Assert.Equal((11.00m, true), (fromInclusive.UnitPrice, fromInclusive.IncludesTax));
        inclusive.SetActive(false);
        Assert.Equal(PriceSource.ProductPrice, PriceResolver.Resolve(inclusive, items, _product, 1, Today).Source);
    }

    [Fact]
    public void Resolve_Variant_UsesItsOwnItemFirst_ThenItsFamilysItem()
    {
        var family = Guid.CreateVersion7();
        var variant = new PricedProduct(Guid.CreateVersion7(), family, 14.99m);
        var other = variant with { Id = Guid.CreateVersion7() };
        var items = new[] { Item(12.00m, 0, productId: family), Item(11.00m, 0, productId: variant.Id), Item(10.00m, 50, productId: family) };

        Assert.Equal(11.00m, PriceResolver.Resolve(_list, items, variant, 60, Today).UnitPrice);
        Assert.Equal(12.00m, PriceResolver.Resolve(_list, items, other, 1, Today).UnitPrice);
        Assert.Equal(10.00m, PriceResolver.Resolve(_list, items, other, 50, Today).UnitPrice);
    }

    [Fact]
    public void Item_BadValues_AreRefused_AndOverlapsAreDetected()
    {
        Assert.Equal(PricingErrors.NegativePrice, PriceListItem.Check(-1m, 0, null, null));
        Assert.Equal(PricingErrors.NegativeMinimumQuantity, PriceListItem.Check(1m, -1, null, null));
        Assert.Equal(PricingErrors.ValidToBeforeValidFrom, PriceListItem.Check(1m, 0, Today, Today.AddDays(-1)));
        Assert.Throws<DomainException>(() => Item(-1m));

        var january = Item(5m, 10, new DateOnly(2027, 1, 1), new DateOnly(2027, 1, 31));
        Assert.True(PriceListItem.Clash(_product.Id, 10, new DateOnly(2027, 1, 31), null, january));
        Assert.True(PriceListItem.Clash(_product.Id, 10, null, null, january));
        Assert.False(PriceListItem.Clash(_product.Id, 10, new DateOnly(2027, 2, 1), null, january));
        Assert.False(PriceListItem.Clash(_product.Id, 20, null, null, january));
        Assert.False(PriceListItem.Clash(Guid.CreateVersion7(), 10, null, null, january));
    }

    [Fact]
    public void TaxRate_ForCategory_MatchesCodeCaseInsensitively_ElseTheDefault()
    {
        var rates = TaxRate.StandardRates();
        var retired = new TaxRate("Luxury", "Luxury", 25m);
        retired.SetActive(false);
        var all = rates.Append(retired).ToList();

        Assert.Equal(8m, TaxRate.For(" reduced ", all)!.Percent);
        Assert.Equal(16m, TaxRate.For(null, all)!.Percent);
        Assert.Equal(16m, TaxRate.For("Unknown", all)!.Percent);
        Assert.Equal(16m, TaxRate.For("Luxury", all)!.Percent);
        Assert.Null(TaxRate.For("Standard", [retired]));
        Assert.Throws<DomainException>(() => new TaxRate("X", "X", 100.5m));
        Assert.Throws<DomainException>(() => rates[0].SetActive(false));
    }
}
