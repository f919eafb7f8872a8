using Erp.Web.Features.Purchasing.Performance;

namespace Erp.Tests.Web.Features.Purchasing.Performance;

public class SupplierPerformanceCalculatorTests
{
    [Fact]
    public void Calculate_MatchesTheFiguresWorkedOutByHand()
    {
        var d = (int day) => new DateOnly(2026, 5, day);
        ReceiptFact[] receipts =
        [
            new(d(10), d(10), d(1), 0m, 40m),   // on the expected day: on time; lead 9; 0 of 40 rejected
            new(d(14), d(12), d(4), 3m, 20m),   // two days late; lead 10; 3 of 20 rejected
            new(d(20), null, d(13), 1m, 10m),   // no expected date: on time; lead 7; 1 of 10 rejected
            new(d(21), d(25), d(20), 0m, 5m),   // early: on time; lead 1
        ];
        OrderLineFact[] lines =
        [
            new(10m, 10m, 2.00m, 1.80m),        // (2.00 − 1.80) × 10 = +2.00 on 18.00
            new(20m, 25m, 4.50m, 5.00m),        // over-received counts 20 of 20; (4.50 − 5.00) × 20 = −10.00 on 100.00
            new(8m, 2m, 1.25m, null),           // first time ordered: no variance
            new(12m, 0m, 3.00m, 3.00m),         // same price: 0 on 36.00
        ];

        var figures = SupplierPerformanceCalculator.Calculate(receipts, lines);

        // On time: 3 of 4 = 75 %. Lead: (9 + 10 + 7 + 1) / 4 = 6.75 days.
        // Rejected: (0 + 3 + 1 + 0) / (40 + 20 + 10 + 5) = 4 / 75 = 5.333… → 5.33 %.
        // Fill: (10 + 20 + 2 + 0) / (10 + 20 + 8 + 12) = 32 / 50 = 64 %.
        // Price variance: (2.00 − 10.00 + 0) / (18 + 100 + 36) = −8 / 154 = −5.194… → −5.19 %.
        Assert.Equal(new PerformanceFigures(4, 4, 75m, 6.75m, 64m, 5.33m, -5.19m), figures);
    }

    [Fact]
    public void Calculate_WithNothingToMeasure_GivesNoFigures()
    {
        Assert.Equal(PerformanceFigures.Empty, SupplierPerformanceCalculator.Calculate([], []));
        Assert.Equal(new PerformanceFigures(0, 1, null, null, 0m, null, null),
            SupplierPerformanceCalculator.Calculate([], [new OrderLineFact(5m, 0m, 1m, null)]));
    }
}
