using Erp.Domain.Sales.Payments;
using Erp.Domain.Sales.Pricing;
using Erp.Web.Features.Pos.Checkout;

namespace Erp.Tests.Web.Features.Pos.Checkout;

/// <summary>The till's cart: repeated scans add up, changed lines stay apart, totals as the server computes them.</summary>
public class CartTests
{
    private static readonly TillItem Water = new(Guid.NewGuid(), "W1", "4000000000017", "Water", 1.16m, 16m, 10m, null);
    private static readonly TillItem Bread = new(Guid.NewGuid(), "B1", "4000000000024", "Bread", 2.90m, 16m, 10m, null);

    [Fact]
    public void ScanningTheSameItemAgain_AddsToItsLine_UnlessThatLineWasChanged()
    {
        var cart = new Cart();
        cart.Add(Water);
        cart.Add(Bread);
        cart.Add(Water);
        Assert.Equal([(Water.ProductId, 2m), (Bread.ProductId, 1m)], cart.Lines.Select(l => (l.Item.ProductId, l.Quantity)));

        cart.Lines[0].DiscountKind = DiscountKind.Percent;
        cart.Lines[0].DiscountValue = 10m;
        cart.Add(Water);
        Assert.Equal(3, cart.Lines.Count);
        Assert.Equal(1m, cart.Lines[2].Quantity);
    }

    [Fact]
    public void Totals_FollowTheEngine_AndTheInputCarriesEveryChange()
    {
        var cart = new Cart();
        cart.Add(Water, 3m);
        var bread = cart.Add(Bread);
        bread.PriceOverride = 2.50m;
        cart.AddTender(new TillPaymentMethod(Guid.NewGuid(), "Cash", PaymentMethodKind.Cash), 10m);

        var totals = cart.Totals(pricesIncludeTax: true).Value;

        // 3 × 1.16 = 3.48 (net 3.00, tax 0.48); 2.50 → net 2.16, tax 0.34.
        Assert.Equal((5.98m, 5.16m, 0.82m), (totals.Gross, totals.Net, totals.Tax));
        var input = cart.ToInput(Guid.NewGuid());
        Assert.Equal([null, 2.50m], input.Lines.Select(l => l.UnitPrice));
        Assert.Equal(10m, Assert.Single(input.Payments).Amount);
        Assert.Equal(10m, cart.Tendered);
    }
}
