using Erp.Domain.Common;
using Erp.Domain.Sales.Pricing;

namespace Erp.Domain.Sales.Orders;

/// <summary>Rules quotations and orders share for their lines: checks, totals and the discount measure for approvals.</summary>
public static class SalesLines
{
    public static Result<DocumentTotals> Total(IReadOnlyList<SalesLineData> lines, Discount orderDiscount, SalesPricingTerms terms)
    {
        if (lines.Count == 0)
        {
            return SalesOrderErrors.NoLines;
        }

        return SalesTotals.Calculate(
            [.. lines.Select(l => new TotalsLine(l.Quantity, l.UnitPrice, l.TaxRatePercent, l.Discount))],
            orderDiscount, terms.Rounding, terms.TaxExempt, terms.PricesIncludeTax);
    }

    /// <summary>
    /// The largest discount in percent of what it is taken from: any line's discount of its amount, the order discount of
    /// the lines after their discounts, and all discounts of the amount before discounts.
    /// </summary>
    public static decimal LargestDiscountPercent(IReadOnlyList<(decimal Amount, decimal LineDiscount, decimal OrderShare)> lines)
    {
        var largest = 0m;
        foreach (var (amount, lineDiscount, _) in lines)
        {
            if (amount > 0m)
            {
                largest = Math.Max(largest, lineDiscount * 100m / amount);
            }
        }

        var afterLines = lines.Sum(l => l.Amount - l.LineDiscount);
        if (afterLines > 0m)
        {
            largest = Math.Max(largest, lines.Sum(l => l.OrderShare) * 100m / afterLines);
        }

        var before = lines.Sum(l => l.Amount);
        if (before > 0m)
        {
            largest = Math.Max(largest, lines.Sum(l => l.LineDiscount + l.OrderShare) * 100m / before);
        }

        return largest;
    }
}
