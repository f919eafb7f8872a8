using CsCheck;
using Erp.Domain.Common;
using Erp.Domain.Purchasing.Receipts;

namespace Erp.Tests.Domain.Purchasing;

public class LandedCostTests
{
    [Fact]
    public void Spread_ByValue_CentsLeftGoToTheLargestRemainders()
    {
        // 10.00 over 30 / 50 / 70: exact 2.0000, 3.3333…, 4.6666… → floors 2.00 + 3.33 + 4.66 = 9.99; the cent goes to
        // the largest remainder, the third line (0.00666… > 0.00333… > 0).
        Assert.Equal([2.00m, 3.33m, 4.67m], LandedCost.Spread(10.00m, [30m, 50m, 70m]));
    }

    [Fact]
    public void Spread_TwoCentsLeft_GoToTheTwoLargestRemainders()
    {
        // 1.00 over three equal weights: 0.3333… each → 0.33 × 3 = 0.99 … one cent; 0.02 over 3 equal → 0.00666… each
        // → floors 0, two cents to the two largest remainders; equal remainders go to the earlier lines.
        Assert.Equal([0.34m, 0.33m, 0.33m], LandedCost.Spread(1.00m, [1m, 1m, 1m]));
        Assert.Equal([0.01m, 0.01m, 0.00m], LandedCost.Spread(0.02m, [1m, 1m, 1m]));
        // 0.05 over 1 / 2 / 4 (÷ 7): 0.00714…, 0.01428…, 0.02857… → floors 0.00 + 0.01 + 0.02 = 0.03; remainders
        // 0.00714, 0.00428, 0.00857 → the third, then the first get a cent.
        Assert.Equal([0.01m, 0.01m, 0.03m], LandedCost.Spread(0.05m, [1m, 2m, 4m]));
    }

    [Fact]
    public void Spread_ZeroWeightsGetNothing_AndZeroAmountGivesZeros()
    {
        Assert.Equal([0m, 12.34m, 0m], LandedCost.Spread(12.34m, [0m, 5m, 0m]));
        Assert.Equal([0m, 0m], LandedCost.Spread(0m, [3m, 4m]));
        Assert.Equal([0m, 0m], LandedCost.Spread(0m, [0m, 0m]));
    }

    [Fact]
    public void Spread_RefusesACostWithNothingToCarryIt_NegativeAmountsAndFractionsOfACent()
    {
        Assert.Throws<DomainException>(() => LandedCost.Spread(5m, [0m, 0m]));
        Assert.Throws<DomainException>(() => LandedCost.Spread(-1m, [1m]));
        Assert.Throws<DomainException>(() => LandedCost.Spread(1.001m, [1m]));
        Assert.Throws<DomainException>(() => LandedCost.Spread(1m, [-1m, 2m]));
    }

    [Fact]
    public void Spread_AlwaysSumsExactly_SharesWithinACentOfProportional()
    {
        Gen.Select(Gen.Int[0, 1_000_000], Gen.Int[0, 100_000].Array[1, 30])
            .Where((_, weights) => weights.Any(w => w > 0))
            .Sample((cents, weights) =>
            {
                var amount = cents / 100m;
                var w = weights.Select(x => x / 100m).ToList();
                var shares = LandedCost.Spread(amount, w);
                var total = w.Sum();
                return shares.Sum() == amount
                    && shares.Select((s, i) => Math.Abs(s - amount * w[i] / total)).All(d => d <= 0.01m)
                    && shares.Select((s, i) => w[i] == 0m ? s == 0m : s >= 0m).All(ok => ok);
            });
    }
}
