using Erp.Domain.Purchasing.Replenishment;

namespace Erp.Tests.Domain.Purchasing;

public class ReorderSizingTests
{
    [Theory]
    // on hand, on order, point, reorder qty, sold, window, lead, MOQ → proposed
    [InlineData(11, 0, 10, 0, 30, 30, 10, 0, 0)] // above the point: nothing
    [InlineData(8, 0, 10, 0, 52, 30, 10, 0, 18)] // velocity 52 / 30 × 10 = 17.33 > shortfall 2 → 18
    [InlineData(5, 0, 20, 50, 0, 30, 10, 0, 50)] // reorder quantity 50 > shortfall 15
    [InlineData(4, 0, 6, 0, 6, 30, 5, 24, 24)] // velocity 1, shortfall 2 → raised to the minimum 24
    [InlineData(0, 15, 40, 0, 30, 30, 5, 0, 26)] // shortfall 25 would end at the point → 26
    [InlineData(2, 12, 10, 0, 30, 30, 5, 0, 0)] // covered by what is on order
    [InlineData(10, 0, 10, 0, 0, 30, 5, 0, 0)] // at the point with no demand and no shortfall: nothing
    [InlineData(5, 0, 0, 10, 100, 30, 5, 0, 0)] // no reorder point: nothing
    public void QuantityFor_FollowsTheRules(double onHand, double onOrder, double point, double reorderQuantity, double sold, int window,
        int lead, double moq, double expected)
    {
        var quantity = ReorderSizing.QuantityFor(new ReorderNeed((decimal)onHand, (decimal)onOrder, (decimal)point, (decimal)reorderQuantity,
            (decimal)sold, window, lead, (decimal)moq));

        Assert.Equal((decimal)expected, quantity);
    }

    [Fact]
    public void AProposal_NeverLeavesTheItemAtOrBelowItsPoint_SoASecondRunProposesNothing()
    {
        foreach (var (onHand, point, sold) in new[] { (0m, 7m, 0m), (3.5m, 10m, 1m), (9m, 10m, 0.5m), (0m, 1m, 0m) })
        {
            var first = ReorderSizing.QuantityFor(new ReorderNeed(onHand, 0m, point, 0m, sold, 30, 7, 0m));
            Assert.True(first > 0m);
            Assert.Equal(0m, ReorderSizing.QuantityFor(new ReorderNeed(onHand, first, point, 0m, sold, 30, 7, 0m)));
        }
    }
}
