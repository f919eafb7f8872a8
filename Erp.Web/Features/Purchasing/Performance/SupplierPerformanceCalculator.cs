namespace Erp.Web.Features.Purchasing.Performance;

/// <summary>One receipt of the period, with its order's dates and its lines' quantities summed by the database.</summary>
public sealed record ReceiptFact(DateOnly ReceivedDate, DateOnly? ExpectedDate, DateOnly OrderedOn, decimal Rejected, decimal Arrived);

/// <summary>
/// One order line of the period (order sent or later, not cancelled): ordered and kept quantities, its unit price and
/// the unit price of the same product on the supplier's most recent earlier order (null when there is none).
/// </summary>
public sealed record OrderLineFact(decimal Ordered, decimal Received, decimal UnitPrice, decimal? PreviousPrice);

/// <summary>A supplier's figures over a period; null where there is nothing to measure.</summary>
public sealed record PerformanceFigures(int Receipts, int OrderLines, decimal? OnTimePercent, decimal? AverageLeadDays,
    decimal? FillRatePercent, decimal? RejectionPercent, decimal? PriceVariancePercent)
{
    public static PerformanceFigures Empty { get; } = new(0, 0, null, null, null, null, null);
}

/// <summary>
/// The arithmetic of supplier performance, pure so it can be checked by hand:
/// on-time = receipts with ReceivedDate ≤ the order's ExpectedDate (no expected date: on time) ÷ receipts;
/// lead time = mean of (ReceivedDate − the order's sent date, else its order date) in days;
/// fill rate = Σ min(kept received, ordered) ÷ Σ ordered;
/// rejection = Σ rejected ÷ Σ arrived (accepted + quarantined + rejected);
/// price variance = Σ (price − previous price) × ordered ÷ Σ previous price × ordered over lines with a previous price.
/// Percentages and days are rounded to 2 decimals, half away from zero.
/// </summary>
public static class SupplierPerformanceCalculator
{
    public static PerformanceFigures Calculate(IReadOnlyCollection<ReceiptFact> receipts, IReadOnlyCollection<OrderLineFact> lines)
    {
        decimal? onTime = null, lead = null, rejection = null, fill = null, variance = null;
        if (receipts.Count > 0)
        {
            var punctual = receipts.Count(r => r.ExpectedDate is not { } expected || r.ReceivedDate <= expected);
            onTime = Percent(punctual, receipts.Count);
            lead = Round((decimal)receipts.Sum(r => r.ReceivedDate.DayNumber - r.OrderedOn.DayNumber) / receipts.Count);
            var arrived = receipts.Sum(r => r.Arrived);
            rejection = arrived > 0m ? Percent(receipts.Sum(r => r.Rejected), arrived) : null;
        }

        var ordered = lines.Sum(l => l.Ordered);
        if (ordered > 0m)
        {
            fill = Percent(lines.Sum(l => Math.Min(l.Received, l.Ordered)), ordered);
        }

        var compared = lines.Where(l => l.PreviousPrice is not null).ToList();
        var previousValue = compared.Sum(l => l.PreviousPrice!.Value * l.Ordered);
        if (previousValue > 0m)
        {
            variance = Percent(compared.Sum(l => (l.UnitPrice - l.PreviousPrice!.Value) * l.Ordered), previousValue);
        }

        return new PerformanceFigures(receipts.Count, lines.Count, onTime, lead, fill, rejection, variance);
    }

    private static decimal Percent(decimal part, decimal whole) => Round(part * 100m / whole);

    private static decimal Round(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);
}
