using Erp.Domain.Common;
using Erp.Domain.Inventory.Valuation;

namespace Erp.Tests.Domain.Inventory;

public class StockValuationTests
{
    /*
     * Moving average, hand-worked (unit cost round4, values round2, half away from zero):
     *  1. receive 10 @ 5.00    value 50.00                     on hand 10 / 50.00,  average 5.0000
     *  2. receive  5 @ 6.50    value 32.50                     on hand 15 / 82.50,  average 5.5000
     *  3. issue    4           4 × 5.5000 = 22.00              on hand 11 / 60.50,  average 5.5000
     *  4. receive  7 @ 7.1234  7 × 7.1234 = 49.8638 → 49.86    on hand 18 / 110.36, average 6.13111… → 6.1311
     *  5. issue    6           6 × 6.1311 = 36.7866 → 36.79    on hand 12 / 73.57,  average 6.13083… → 6.1308
     *  6. receive  3 @ 4.00    value 12.00                     on hand 15 / 85.57,  average 5.70466… → 5.7047
     *  7. issue    9           9 × 5.7047 = 51.3423 → 51.34    on hand  6 / 34.23,  average 5.7050
     *  8. issue    6 (last)    all that is left: 34.23 @ 5.7050 on hand  0 / 0.00
     * In 50.00 + 32.50 + 49.86 + 12.00 = 144.36 = out 22.00 + 36.79 + 51.34 + 34.23.
     */
    [Fact]
    public void MovingAverage_HandWorkedSequence()
    {
        var s = StockValuation.Empty(CostingMethod.MovingAverage);
        var steps = new List<(ValuationMovement Movement, decimal Qty, decimal Value, decimal Average)>();
        void Record(ValuationResult r)
        {
            s = r.State;
            Assert.Null(r.Reconciliation);
            steps.Add((r.Movement, s.Quantity, s.Value, s.UnitCost));
        }

        Record(s.Receive(10m, 5.00m));
        Record(s.Receive(5m, 6.50m));
        Record(s.Issue(4m));
        Record(s.Receive(7m, 7.1234m));
        Record(s.Issue(6m));
        Record(s.Receive(3m, 4.00m));
        Record(s.Issue(9m));
        Record(s.Issue(6m));

        (decimal Q, decimal Cost, decimal Value, decimal OnHandQ, decimal OnHandValue, decimal Average)[] expected =
        [
            (10m, 5.0000m, 50.00m, 10m, 50.00m, 5.0000m),
            (5m, 6.5000m, 32.50m, 15m, 82.50m, 5.5000m),
            (-4m, 5.5000m, -22.00m, 11m, 60.50m, 5.5000m),
            (7m, 7.1234m, 49.86m, 18m, 110.36m, 6.1311m),
            (-6m, 6.1311m, -36.79m, 12m, 73.57m, 6.1308m),
            (3m, 4.0000m, 12.00m, 15m, 85.57m, 5.7047m),
            (-9m, 5.7047m, -51.34m, 6m, 34.23m, 5.7050m),
            (-6m, 5.7050m, -34.23m, 0m, 0.00m, 5.7050m),
        ];
        Assert.Equal(expected.Length, steps.Count);
        for (var i = 0; i < expected.Length; i++)
        {
            var (m, q, v, avg) = steps[i];
            Assert.Equal(expected[i], (m.Quantity, m.UnitCost, m.Value, q, v, avg));
        }

        Assert.Equal(0m, steps.Sum(x => x.Movement.Value));
    }

    /*
     * FIFO, hand-worked, same receipts (layers oldest first, as quantity @ cost = remaining value):
     *  1. receive 10 @ 5.00    50.00   layers [10@5.00=50.00]
     *  2. receive  5 @ 6.50    32.50   layers [10@5.00=50.00, 5@6.50=32.50]
     *  3. issue    4           4 × 5.00 = 20.00, unit 5.0000          layers [6@5.00=30.00, 5@6.50=32.50]
     *  4. receive  7 @ 7.1234  7 × 7.1234 = 49.8638 → 49.86           layers [6@5=30.00, 5@6.50=32.50, 7@7.1234=49.86]
     *  5. issue    8           6@5.00 = 30.00 (whole layer) + 2 × 6.50 = 13.00 → 43.00, unit 43/8 = 5.3750
     *                                                                  layers [3@6.50=19.50, 7@7.1234=49.86]
     *  6. receive  3 @ 4.00    12.00   layers [3@6.50=19.50, 7@7.1234=49.86, 3@4.00=12.00]
     *  7. issue    9           3@6.50 = 19.50 + 6 × 7.1234 = 42.7404 → 42.74 → 62.24, unit 62.24/9 = 6.91555… → 6.9156
     *                                                                  layers [1@7.1234=7.12, 3@4.00=12.00]
     *  8. issue    4 (last)    7.12 (what is left of the layer: 49.86 − 42.74) + 12.00 = 19.12, unit 4.7800; on hand 0 / 0.00
     * In 144.36 = out 20.00 + 43.00 + 62.24 + 19.12.
     */
    [Fact]
    public void Fifo_HandWorkedSequence_ConsumesOldestLayersAcrossSeveralLayers()
    {
        var s = StockValuation.Empty(CostingMethod.Fifo);
        var movements = new List<ValuationMovement>();
        ValuationMovement Step(ValuationResult r)
        {
            s = r.State;
            Assert.Null(r.Reconciliation);
            movements.Add(r.Movement);
            return r.Movement;
        }

        Assert.Equal(new ValuationMovement(10m, 5.0000m, 50.00m), Step(s.Receive(10m, 5.00m)));
        Assert.Equal(new ValuationMovement(5m, 6.5000m, 32.50m), Step(s.Receive(5m, 6.50m)));
        Assert.Equal(new ValuationMovement(-4m, 5.0000m, -20.00m), Step(s.Issue(4m)));
        Assert.Equal([new CostLayer(6m, 5.00m, 30.00m), new CostLayer(5m, 6.50m, 32.50m)], s.Layers);
        Assert.Equal(new ValuationMovement(7m, 7.1234m, 49.86m), Step(s.Receive(7m, 7.1234m)));
        Assert.Equal(new ValuationMovement(-8m, 5.3750m, -43.00m), Step(s.Issue(8m)));
        Assert.Equal([new CostLayer(3m, 6.50m, 19.50m), new CostLayer(7m, 7.1234m, 49.86m)], s.Layers);
        Assert.Equal(new ValuationMovement(3m, 4.0000m, 12.00m), Step(s.Receive(3m, 4.00m)));
        Assert.Equal((13m, 81.36m), (s.Quantity, s.Value));
        Assert.Equal(new ValuationMovement(-9m, 6.9156m, -62.24m), Step(s.Issue(9m)));
        Assert.Equal([new CostLayer(1m, 7.1234m, 7.12m), new CostLayer(3m, 4.00m, 12.00m)], s.Layers);
        Assert.Equal(new ValuationMovement(-4m, 4.7800m, -19.12m), Step(s.Issue(4m)));

        Assert.Equal((0m, 0m), (s.Quantity, s.Value));
        Assert.Empty(s.Layers);
        Assert.Equal(0m, movements.Sum(m => m.Value));
    }

    [Fact]
    public void MovingAverage_LastUnitsTakeTheRemainingValue_NoStrandedCents()
    {
        // 3 @ 1/3 → cost 0.3333, value 1.00. Issuing 1 at a time: 0.3333 → 0.33 (0.67 left, average 0.3350);
        // 0.335 → 0.34 (0.33 left); the last unit takes the remaining 0.33. Total out 1.00, nothing stranded.
        var s = StockValuation.Empty(CostingMethod.MovingAverage).Receive(3m, 1m / 3m).State;
        Assert.Equal(1.00m, s.Value);
        var a = s.Issue(1m);
        var b = a.State.Issue(1m);
        var c = b.State.Issue(1m);
        Assert.Equal([-0.33m, -0.34m, -0.33m], new[] { a.Movement.Value, b.Movement.Value, c.Movement.Value });
        Assert.Equal((0m, 0m), (c.State.Quantity, c.State.Value));
    }

    [Theory]
    [InlineData(CostingMethod.MovingAverage)]
    [InlineData(CostingMethod.Fifo)]
    public void Issue_MoreThanOnHand_IsRefusedWithClearMessage(CostingMethod method)
    {
        var s = StockValuation.Empty(method).Receive(2m, 5m).State;
        var ex = Assert.Throws<DomainException>(() => s.Issue(3m));
        Assert.Equal("inventory.insufficient_stock", ex.Error.Code);
        Assert.Equal("Only 2 on hand, so 3 cannot be issued; stock may not go negative.", ex.Message);
        Assert.Equal((2m, 10.00m), (s.Quantity, s.Value)); // unchanged
        Assert.Throws<DomainException>(() => StockValuation.Empty(method).Issue(1m));
    }

    [Theory]
    [InlineData(CostingMethod.MovingAverage)]
    [InlineData(CostingMethod.Fifo)]
    public void AllowNegative_ValuesMissingUnitsAtLastCost_AndTheNextReceiptReconciles(CostingMethod method)
    {
        // 2 @ 5.00 on hand; issue 5: 2 leave with their 10.00, 3 are missing and leave at the last cost 5.00 → 25.00.
        var s = StockValuation.Empty(method).Receive(2m, 5m).State;
        var issue = s.Issue(5m, allowNegative: true);
        Assert.Equal(new ValuationMovement(-5m, 5.0000m, -25.00m), issue.Movement);
        Assert.Equal((-3m, -15.00m), (issue.State.Quantity, issue.State.Value));

        // Receive 10 @ 6.00 = 60.00: 7 remain, worth 7 × 6.00 = 42.00; -15 + 60 = 45 → reconciliation −3.00
        // (the 3 missing units really cost 6.00, not 5.00).
        var receipt = issue.State.Receive(10m, 6m);
        Assert.Equal(new ValuationMovement(10m, 6.0000m, 60.00m), receipt.Movement);
        Assert.Equal(new ValuationMovement(0m, 6.0000m, -3.00m), receipt.Reconciliation);
        Assert.Equal((7m, 42.00m, 6.0000m), (receipt.State.Quantity, receipt.State.Value, receipt.State.UnitCost));
        Assert.Equal(receipt.State.Value, new[] { 10.00m, -25.00m, 60.00m, -3.00m }.Sum());
        if (method == CostingMethod.Fifo)
        {
            Assert.Equal([new CostLayer(7m, 6.00m, 42.00m)], receipt.State.Layers);
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(-0.5)]
    public void ZeroOrNegativeQuantity_IsRefused(double quantity)
    {
        var q = (decimal)quantity;
        foreach (var method in Enum.GetValues<CostingMethod>())
        {
            var s = StockValuation.Empty(method).Receive(5m, 1m).State;
            Assert.Equal("inventory.quantity_not_positive", Assert.Throws<DomainException>(() => s.Receive(q, 1m)).Error.Code);
            var ex = Assert.Throws<DomainException>(() => s.Issue(q, allowNegative: true));
            Assert.Equal("The quantity must be greater than zero.", ex.Message);
        }
    }

    [Fact]
    public void NegativeCost_IsRefused_ZeroCostIsAllowed()
    {
        var s = StockValuation.Empty(CostingMethod.MovingAverage);
        var ex = Assert.Throws<DomainException>(() => s.Receive(1m, -0.01m));
        Assert.Equal("A unit cost cannot be negative.", ex.Message);
        Assert.Equal(0m, s.Receive(4m, 0m).State.Value);
    }

    [Fact]
    public void ReturnAtCurrentCost_KeepsTheAverage()
    {
        var s = StockValuation.Empty(CostingMethod.MovingAverage).Receive(4m, 2.5m).State.Issue(1m).State;
        var back = s.ReceiveAtCurrentCost(1m);
        Assert.Equal(new ValuationMovement(1m, 2.5000m, 2.50m), back.Movement);
        Assert.Equal((4m, 10.00m), (back.State.Quantity, back.State.Value));
    }

    [Theory]
    [InlineData(CostingMethod.MovingAverage)]
    [InlineData(CostingMethod.Fifo)]
    public void ReceiveValued_KeepsTheValueToTheCent_SoATransferNeitherGainsNorLoses(CostingMethod method)
    {
        // 3 @ 1/3 at the source: 1.00. Moving 2 out: 0.67 (moving average) or 0.67 (FIFO, one layer).
        var source = StockValuation.Empty(method).Receive(3m, 1m / 3m).State;
        var shipped = source.Issue(2m);

        var arrived = StockValuation.Empty(method).ReceiveValued(2m, -shipped.Movement.Value);

        Assert.Equal(-shipped.Movement.Value, arrived.Movement.Value);
        Assert.Equal(0.3350m, arrived.Movement.UnitCost); // round4(0.67 / 2)
        Assert.Equal(1.00m, shipped.State.Value + arrived.State.Value);
    }

    [Fact]
    public void Restore_OfFifoWithoutMatchingLayers_StartsOneLayerAtTheCurrentValue()
    {
        // Stock valued under moving average (10 worth 55.00) when the tenant switches to FIFO.
        var restored = StockValuation.Restore(CostingMethod.Fifo, 10m, 55.00m, 5.5m, []);

        Assert.Equal([new CostLayer(10m, 5.5000m, 55.00m)], restored.Layers);
        var issued = restored.Receive(5m, 7m).State.Issue(12m);
        Assert.Equal(-69.00m, issued.Movement.Value); // 10 @ 5.50 = 55.00, then 2 @ 7.00 = 14.00
    }

    /// <summary>1,000 seeded random sequences per method: the ledger and the valuation never drift apart.</summary>
    [Theory]
    [InlineData(CostingMethod.MovingAverage)]
    [InlineData(CostingMethod.Fifo)]
    public void RandomSequences_OnHandEqualsSumOfMovements(CostingMethod method)
    {
        var random = new Random(20261123 + (int)method);
        for (var sequence = 0; sequence < 1000; sequence++)
        {
            var allowNegative = sequence % 4 == 0;
            var s = StockValuation.Empty(method);
            decimal sumQuantity = 0m, sumValue = 0m;
            var length = random.Next(1, 40);
            for (var step = 0; step < length; step++)
            {
                // Quantities with up to 3 decimals, costs with up to 6 (rounded to 4 by the engine).
                var quantity = random.Next(1, 5000) / (random.Next(2) == 0 ? 1m : 1000m);
                ValuationResult result;
                if (random.Next(2) == 0)
                {
                    result = s.Receive(quantity, random.Next(0, 10_000_000) / 1_000_000m);
                }
                else if (!allowNegative && quantity > s.Quantity)
                {
                    Assert.Throws<DomainException>(() => s.Issue(quantity));
                    if (s.Quantity <= 0m)
                    {
                        continue;
                    }

                    result = s.Issue(random.Next(2) == 0 ? s.Quantity : Math.Max(s.Quantity / 2m, 0.001m));
                }
                else
                {
                    result = s.Issue(quantity, allowNegative);
                }

                s = result.State;
                foreach (var m in result.Movements)
                {
                    sumQuantity += m.Quantity;
                    sumValue += m.Value;
                    Assert.True(m.UnitCost >= 0m && m.UnitCost == decimal.Round(m.UnitCost, 4), $"unit cost {m.UnitCost}");
                    Assert.Equal(decimal.Round(m.Value, 2), m.Value);
                }

                var where = $"{method} sequence {sequence} step {step}";
                Assert.True(sumQuantity == s.Quantity, $"{where}: quantity {s.Quantity} vs movements {sumQuantity}");
                Assert.True(sumValue == s.Value, $"{where}: value {s.Value} vs movements {sumValue}");
                Assert.True(allowNegative || s.Quantity >= 0m, $"{where}: negative stock {s.Quantity}");
                Assert.True(Math.Sign(s.Value) * Math.Sign(s.Quantity) >= 0 && (s.Quantity != 0m || s.Value == 0m),
                    $"{where}: value {s.Value} has the wrong sign for quantity {s.Quantity}");
                if (method == CostingMethod.Fifo)
                {
                    Assert.Equal(Math.Max(s.Quantity, 0m), s.Layers.Sum(l => l.Quantity));
                    Assert.Equal(s.Quantity > 0m ? s.Value : 0m, s.Layers.Sum(l => l.Value));
                    Assert.All(s.Layers, l => Assert.True(l.Quantity > 0m && l.Value >= 0m));
                }
            }
        }
    }
}
