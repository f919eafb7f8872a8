using CsCheck;
using Erp.Domain.Sales;
using Erp.Domain.Sales.Pricing;
using Erp.Domain.Sales.Taxes;

namespace Erp.Tests.Domain.Sales.Pricing;

public class SalesTotalsTests
{
    private static readonly TotalsLine Ten = new(1, 10.00m, 16);

    [Theory]
    [InlineData(0, 10, 16, "pricing.quantity")]
    [InlineData(-1, 10, 16, "pricing.quantity")]
    [InlineData(1, -0.01, 16, "pricing.negative_price")]
    [InlineData(1, 10, -1, "pricing.tax_rate")]
    [InlineData(1, 10, 100.01, "pricing.tax_rate")]
    public void Calculate_BadLine_IsRefusedNamingTheLine(decimal quantity, decimal price, decimal rate, string code)
    {
        var result = SalesTotals.Calculate([Ten, new TotalsLine(quantity, price, rate)], Discount.None, TaxRounding.PerLine, false, false);

        Assert.Equal(code, result.Error!.Code);
        Assert.StartsWith("Line 2: ", result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Calculate_BadDiscounts_AreRefused()
    {
        Result(Discount.Percent(100.5m), Discount.None, "pricing.discount_percent");
        Result(Discount.Percent(-1m), Discount.None, "pricing.discount_percent");
        Result(Discount.Amount(-0.01m), Discount.None, "pricing.negative_discount");
        Result(Discount.Amount(10.01m), Discount.None, "pricing.line_discount_too_large");
        Result(Discount.None, Discount.Amount(10.01m), "pricing.order_discount_too_large");
        Result(Discount.None, Discount.Percent(101m), "pricing.discount_percent");
        Result(Discount.Amount(10.00m), Discount.None, null);
        Result(Discount.None, Discount.Percent(100m), null);

        static void Result(Discount line, Discount order, string? code) => Assert.Equal(code,
            SalesTotals.Calculate([Ten with { Discount = line }], order, TaxRounding.PerLine, false, false).Error?.Code);
    }

    [Fact]
    public void Calculate_NoLines_IsAllZero()
    {
        var totals = SalesTotals.Calculate([], Discount.Amount(0m), TaxRounding.PerDocument, false, true).Value;

        Assert.Equal((0m, 0m, 0m), (totals.Net, totals.Tax, totals.Gross));
        Assert.Empty(totals.Taxes);
    }

    [Fact]
    public void Allocate_ManySmallLines_NeverGoesNegative()
    {
        // Rounding each exact share (0.005) half-up and giving the last line the rest would leave it at −0.04.
        var shares = MoneyRounding.Allocate(0.05m, Enumerable.Repeat(0.01m, 10).ToList());

        Assert.Equal(0.05m, shares.Sum());
        Assert.All(shares, s => Assert.InRange(s, 0m, 0.01m));
        Assert.Equal([0.01m, 0.01m, 0.01m, 0.01m, 0.01m, 0m, 0m, 0m, 0m, 0m], shares);
    }

    private static readonly Gen<TotalsLine> LineGen =
        Gen.Select(Gen.Int[1, 2000], Gen.Int[0, 500_000], Gen.Int[0, 6].Select(i => new[] { 0m, 5m, 8m, 12.5m, 16m, 20m, 100m }[i]), Gen.Int[0, 3], Gen.Int[0, 10_000])
            .Select((q, cents, rate, kind, d) =>
            {
                var quantity = q % 7 == 0 ? q / 4m : q;
                var price = cents / 100m;
                var amount = Math.Round(quantity * price, 2, MidpointRounding.AwayFromZero);
                var discount = kind switch
                {
                    1 => Discount.Percent(d / 100m),
                    2 => Discount.Amount(Math.Min(amount, d / 100m)),
                    _ => Discount.None,
                };
                return new TotalsLine(quantity, price, rate, discount);
            });

    [Fact]
    public void Calculate_RandomOrders_AddUpExactly()
    {
        Gen.Select(LineGen.Array[1, 12], Gen.Int[0, 2], Gen.Int[0, 10_000], Gen.Bool, Gen.Bool, Gen.Bool)
            .Sample((lines, orderKind, d, perDocument, exempt, inclusive) =>
            {
                var subtotal = lines.Sum(l => Math.Round(l.Quantity * l.UnitPrice, 2, MidpointRounding.AwayFromZero)
                                              - SalesTotals.DiscountOf(l.Discount, Math.Round(l.Quantity * l.UnitPrice, 2,
                                                  MidpointRounding.AwayFromZero), PricingErrors.LineDiscountTooLarge).Value);
                var order = orderKind switch
                {
                    1 => Discount.Percent(d / 100m),
                    2 => Discount.Amount(Math.Min(subtotal, d / 10m)),
                    _ => Discount.None,
                };
                var result = SalesTotals.Calculate(lines, order, perDocument ? TaxRounding.PerDocument : TaxRounding.PerLine, exempt, inclusive);
                Assert.True(result.IsSuccess, result.Error?.Message);
                var t = result.Value;
                var orderTotal = SalesTotals.DiscountOf(order, subtotal, PricingErrors.OrderDiscountTooLarge).Value;

                Assert.Equal(t.Gross, t.Net + t.Tax);
                Assert.All(t.Lines, l => Assert.Equal(l.Gross, l.Net + l.Tax));
                Assert.All(t.Lines, l => Assert.True(l.Net >= 0m && l.Tax >= 0m && Math.Round(l.Net, 2) == l.Net && Math.Round(l.Tax, 2) == l.Tax));
                Assert.Equal(t.Net, t.Lines.Sum(l => l.Net));
                Assert.Equal(t.Tax, t.Lines.Sum(l => l.Tax));
                Assert.Equal(t.Net, t.Taxes.Sum(r => r.Net));
                Assert.Equal(t.Tax, t.Taxes.Sum(r => r.Tax));
                Assert.Equal(orderTotal, t.Lines.Sum(l => l.OrderDiscount));
                Assert.Equal(subtotal - orderTotal, inclusive && !exempt ? t.Gross : inclusive ? t.Lines.Sum(l => l.Amount - l.TotalDiscount) : t.Net);
                Assert.Equal(t.TotalDiscount, t.Lines.Sum(l => l.TotalDiscount));
                if (exempt)
                {
                    Assert.Equal(0m, t.Tax);
                }

                if (perDocument && !exempt && !inclusive)
                {
                    Assert.All(t.Taxes, r => Assert.Equal(Math.Round(r.Net * r.RatePercent / 100m, 2, MidpointRounding.AwayFromZero), r.Tax));
                }
            });
    }

    [Fact]
    public void Allocate_RandomWeights_SumsExactlyAndStaysWithinOneCent()
    {
        Gen.Select(Gen.Int[0, 100_000].Array[1, 20], Gen.Int[0, 1000])
            .Sample((cents, per) =>
            {
                var weights = cents.Select(c => c / 100m).ToList();
                var total = Math.Round(weights.Sum() * per / 1000m, 2, MidpointRounding.AwayFromZero);
                var shares = MoneyRounding.Allocate(total, weights);
                Assert.Equal(weights.Sum() == 0m ? 0m : total, shares.Sum());
                for (var i = 0; i < weights.Count; i++)
                {
                    Assert.InRange(shares[i], 0m, weights[i]);
                    if (weights.Sum() > 0m)
                    {
                        Assert.True(Math.Abs(shares[i] - (total * weights[i] / weights.Sum())) < 0.01m);
                    }
                }
            });
    }
}
