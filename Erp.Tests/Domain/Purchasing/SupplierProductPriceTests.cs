using Erp.Domain.Common;
using Erp.Domain.Purchasing.Suppliers;

namespace Erp.Tests.Domain.Purchasing;

public class SupplierProductPriceTests
{
    [Theory]
    [InlineData(1, 2.50)]
    [InlineData(49.9, 2.50)]
    [InlineData(50, 2.30)]
    [InlineData(99, 2.30)]
    [InlineData(100, 2.10)]
    [InlineData(5000, 2.10)]
    public void PriceFor_TakesTheBreakWithTheHighestMinimumReached_ElseTheListPrice(decimal quantity, decimal expected)
    {
        // Breaks given out of order: the product sorts them.
        var item = new SupplierProduct(Guid.NewGuid(), Guid.NewGuid(), new SupplierProductFields("X-1", "usd", 2.5m, 0m, null, false,
            [new PriceBreakFields(100m, 2.1m), new PriceBreakFields(50m, 2.3m)]));

        Assert.Equal(expected, item.PriceFor(quantity));
        Assert.Equal("USD", item.Currency);
    }

    [Fact]
    public void PriceBreaks_AtOneUnitOrTwiceTheSameQuantity_AreRefused()
    {
        Assert.Throws<DomainException>(() => new SupplierProduct(Guid.NewGuid(), Guid.NewGuid(),
            new SupplierProductFields(null, "USD", 2m, 0m, null, false, [new PriceBreakFields(1m, 1.5m)])));
        Assert.Throws<DomainException>(() => new SupplierProduct(Guid.NewGuid(), Guid.NewGuid(),
            new SupplierProductFields(null, "USD", 2m, 0m, null, false, [new PriceBreakFields(10m, 1.5m), new PriceBreakFields(10m, 1.4m)])));
    }
}
