using Erp.Domain.Catalog;
using Erp.Domain.Common;

namespace Erp.Tests.Domain.Catalog;

public class CatalogDomainTests
{
    private static readonly Unit Piece = new("PCS", "Piece");
    private static readonly Unit Box = new("BOX12", "Box of 12", Piece.Id, 12m);
    private static readonly Unit Kg = new("KG", "Kilogram");

    [Fact]
    public void SortKey_OrdersLikeTheExactAmounts_IncludingNegativeLargeAndFourDecimalValues()
    {
        decimal[] amounts = [10m, 2m, -2m, -10.5m, 9.9999m, 0.0001m, -0.0001m, 0m, 123456789012.3456m, -123456789012.3456m,
            922337203685477.5806m, -922337203685477.5806m, 922337203685477.5805m, 1.00005m, 1.00004m];
        var byAmount = amounts.OrderBy(a => a).ToList();
        var byKey = amounts.OrderBy(Product.SortKey).ToList();

        Assert.Equal(byAmount, byKey);
        Assert.Equal(12_345L, Product.SortKey(1.2345m));
        Assert.Equal(-105_000L, Product.SortKey(-10.5m));
        Assert.Equal(10_001L, Product.SortKey(1.00005m)); // the 4 stored places, half away from zero
        // Beyond ±922 trillion (no real price) the keys clamp; the list then orders those few by SKU.
        Assert.Equal(long.MaxValue, Product.SortKey(999999999999999.9999m));
        Assert.Equal(long.MaxValue, Product.SortKey(decimal.MaxValue));
        Assert.Equal(long.MinValue, Product.SortKey(decimal.MinValue));
    }

    [Fact]
    public void SortKeys_StayInStepWithPriceAndCost()
    {
        var product = new Product(ProductKind.Simple, new ProductFields("Tea", Piece.Id, 1.5m, 2.25m), "TEA", Ean13.InStore(1));
        Assert.Equal((15_000L, 22_500L), (product.CostSortKey, product.PriceSortKey));

        product.Update(new ProductFields("Tea", Piece.Id, 0.0001m, 1234.5678m));

        Assert.Equal((1L, 12_345_678L), (product.CostSortKey, product.PriceSortKey));
    }

    [Fact]
    public void Convert_TwoBoxesOfTwelve_IsTwentyFourPieces()
    {
        Assert.Equal(24m, UnitConversion.Convert(2m, Box, Piece).Value);
        Assert.Equal(2m, UnitConversion.Convert(24m, Piece, Box).Value);
        Assert.Equal(0.5m, UnitConversion.Convert(6m, Piece, Box).Value);
    }

    [Fact]
    public void Convert_BetweenUnitsWithoutCommonBase_IsRefused()
    {
        Assert.Equal(CatalogErrors.NotConvertible, UnitConversion.Convert(1m, Box, Kg).Error);
    }

    [Fact]
    public void Unit_WithZeroOrNegativeFactor_IsRefused()
    {
        Assert.Throws<DomainException>(() => new Unit("BAD", "Bad", Piece.Id, 0m));
        Assert.Throws<DomainException>(() => new Unit("BAD", "Bad", Piece.Id, -12m));
    }

    [Theory]
    [InlineData("4006381333931", true)]
    [InlineData("5901234123457", true)]
    [InlineData("4006381333932", false)]
    [InlineData("400638133393", false)]
    [InlineData("40063813339A1", false)]
    [InlineData("", false)]
    public void Ean13_IsValid_ChecksLengthDigitsAndCheckDigit(string code, bool valid) => Assert.Equal(valid, Ean13.IsValid(code));

    [Fact]
    public void Ean13_InStore_GeneratesValidCodesInTheInStoreRange()
    {
        var codes = Enumerable.Range(1, 1000).Select(n => Ean13.InStore(n)).ToList();

        Assert.All(codes, c => Assert.True(Ean13.IsValid(c), c));
        Assert.All(codes, c => Assert.StartsWith("200", c, StringComparison.Ordinal));
        Assert.Equal(1000, codes.Distinct().Count());
        Assert.Equal(42, Ean13.SequenceOf(Ean13.InStore(42)));
        Assert.Equal("2000000000015", Ean13.InStore(1));
    }

    [Fact]
    public void Generate_ThreeSizesByFourColours_YieldsTwelveUniqueSkus()
    {
        var result = VariantGenerator.Generate("tee", [
            new VariantAxis("Size", ["S", "M", "L"]),
            new VariantAxis("Colour", ["Black", "White", "Red", "Navy blue"]),
        ]);

        var variants = result.Value;
        Assert.Equal(12, variants.Count);
        Assert.Equal(12, variants.Select(v => v.Sku).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Contains(variants, v => v.Sku == "TEE-M-NAVYBL" && v.Label == "Size: M · Colour: Navy blue");
    }

    [Fact]
    public void Generate_ValuesWithTheSameSkuPart_StillGetUniqueSkus()
    {
        var variants = VariantGenerator.Generate("CAP", [new VariantAxis("Colour", ["Red!", "Red?", "Red"])]).Value;

        Assert.Equal(["CAP-RED", "CAP-RED2", "CAP-RED3"], variants.Select(v => v.Sku));
    }

    [Fact]
    public void Generate_WithoutValues_IsRefused() =>
        Assert.Equal(CatalogErrors.VariantsNeedAxes, VariantGenerator.Generate("X", [new VariantAxis("Size", [])]).Error);

    [Fact]
    public void Product_WithNegativePriceOrInvalidBarcode_IsRefused()
    {
        var negative = Assert.Throws<DomainException>(() =>
            new Product(ProductKind.Simple, new ProductFields("Water", Piece.Id, 1m, -1m), "W", Ean13.InStore(1)));
        Assert.Equal(CatalogErrors.NegativeAmount, negative.Error);
        var badCode = Assert.Throws<DomainException>(() =>
            new Product(ProductKind.Simple, new ProductFields("Water", Piece.Id, 1m, 1m), "W", "4006381333932"));
        Assert.Equal(CatalogErrors.InvalidEan13, badCode.Error);
    }

    [Fact]
    public void Kit_SoldTwice_DrawsTwiceItsComponents()
    {
        var cola = Guid.NewGuid();
        var water = Guid.NewGuid();
        var kit = new Product(ProductKind.Kit, new ProductFields("Party pack", Piece.Id, 3m, 9m), "PARTY", Ean13.InStore(9));
        kit.SetComponents([(cola, 6m), (water, 4m), (water, 2m)]);

        var drawn = kit.ComponentsFor(2m);

        Assert.Equal(12m, drawn.Single(d => d.ProductId == cola).Quantity);
        Assert.Equal(12m, drawn.Single(d => d.ProductId == water).Quantity);
    }

    [Fact]
    public void Kit_WithoutComponentsOrWithItself_IsRefused()
    {
        var kit = new Product(ProductKind.Kit, new ProductFields("Kit", Piece.Id, 0m, 0m), "KIT", Ean13.InStore(3));

        Assert.Equal(CatalogErrors.KitNeedsComponents, Assert.Throws<DomainException>(() => kit.SetComponents([])).Error);
        Assert.Equal(CatalogErrors.ComponentIsKit, Assert.Throws<DomainException>(() => kit.SetComponents([(kit.Id, 1m)])).Error);
        Assert.Equal(CatalogErrors.ComponentQuantity,
            Assert.Throws<DomainException>(() => kit.SetComponents([(Guid.NewGuid(), 0m)])).Error);
    }
}
