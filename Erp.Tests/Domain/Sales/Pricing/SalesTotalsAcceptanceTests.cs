using Erp.Domain.Sales.Pricing;
using Erp.Domain.Sales.Taxes;
using static Erp.Domain.Sales.Pricing.Discount;
using static Erp.Domain.Sales.Taxes.TaxRounding;

namespace Erp.Tests.Domain.Sales.Pricing;

/// <summary>
/// Issue 4's totals acceptance: orders whose net, tax and gross were worked out by hand (the arithmetic is next to each
/// case). Rules: docs/decisions-pricing.md. "r()" is rounding to the cent, half away from zero.
/// </summary>
public class SalesTotalsAcceptanceTests
{
    public sealed record Case(string Name, bool PricesIncludeTax, TaxRounding Rounding, bool TaxExempt, TotalsLine[] Lines,
        Discount OrderDiscount, decimal Net, decimal Tax, decimal Gross, decimal TotalDiscount)
    {
        public override string ToString() => Name;
    }

    private static TotalsLine L(decimal quantity, decimal price, decimal rate, Discount discount = default) => new(quantity, price, rate, discount);

    public static TheoryData<Case> Orders() =>
    [
        // 2 × 10.00 = 20.00 net; tax 20.00 × 16 % = 3.20; gross 23.20.
        new("01 exclusive, one line", false, PerLine, false, [L(2, 10.00m, 16)], None, 20.00m, 3.20m, 23.20m, 0m),

        // 3 × 4.99 = 14.97, tax 14.97 × 16 % = 2.3952 → 2.40; 1 × 2.49, tax 2.49 × 8 % = 0.1992 → 0.20.
        // net 14.97 + 2.49 = 17.46; tax 2.40 + 0.20 = 2.60; gross 20.06.
        new("02 exclusive, two rates, per line", false, PerLine, false, [L(3, 4.99m, 16), L(1, 2.49m, 8)], None,
            17.46m, 2.60m, 20.06m, 0m),

        // Three lines of 0.55 at 16 %: each tax 0.088 → 0.09, so 3 × 0.09 = 0.27. net 1.65, gross 1.92.
        new("03a exclusive, per line rounds each line up", false, PerLine, false, [L(1, 0.55m, 16), L(1, 0.55m, 16), L(1, 0.55m, 16)],
            None, 1.65m, 0.27m, 1.92m, 0m),

        // Same order per document: 1.65 × 16 % = 0.264 → 0.26 (one cent less than per line). gross 1.91.
        new("03b exclusive, per document rounds once", false, PerDocument, false, [L(1, 0.55m, 16), L(1, 0.55m, 16), L(1, 0.55m, 16)],
            None, 1.65m, 0.26m, 1.91m, 0m),

        // Inclusive: 11.60 ÷ 1.16 = 10.00 net, tax 1.60; 5.40 ÷ 1.08 = 5.00 net, tax 0.40.
        // net 15.00, tax 2.00, gross 17.00 (= the prices).
        new("04 inclusive, two rates, per line", true, PerLine, false, [L(1, 11.60m, 16), L(1, 5.40m, 8)], None,
            15.00m, 2.00m, 17.00m, 0m),

        // Inclusive 1.00 at 16 %, three lines, per line: 1.00 ÷ 1.16 = 0.862068… → 0.86, tax 0.14 each.
        // net 3 × 0.86 = 2.58, tax 3 × 0.14 = 0.42, gross 3.00.
        new("05a inclusive, per line", true, PerLine, false, [L(1, 1.00m, 16), L(1, 1.00m, 16), L(1, 1.00m, 16)], None,
            2.58m, 0.42m, 3.00m, 0m),

        // Per document: 3.00 ÷ 1.16 = 2.586206… → 2.59 net, tax 3.00 − 2.59 = 0.41 (one cent less). gross 3.00.
        new("05b inclusive, per document", true, PerDocument, false, [L(1, 1.00m, 16), L(1, 1.00m, 16), L(1, 1.00m, 16)], None,
            2.59m, 0.41m, 3.00m, 0m),

        // 4 × 12.50 = 50.00, 10 % off = 5.00 → 45.00 net; tax 45.00 × 16 % = 7.20; gross 52.20; discount 5.00.
        new("06 line percent discount", false, PerLine, false, [L(4, 12.50m, 16, Percent(10))], None, 45.00m, 7.20m, 52.20m, 5.00m),

        // 3 × 7.99 = 23.97 − 2.00 = 21.97, tax 21.97 × 16 % = 3.5152 → 3.52; 10 × 0.85 = 8.50, tax 8.50 × 8 % = 0.68.
        // net 21.97 + 8.50 = 30.47; tax 3.52 + 0.68 = 4.20; gross 34.67; discount 2.00.
        new("07 line amount discount, two rates", false, PerLine, false, [L(3, 7.99m, 16, Amount(2.00m)), L(10, 0.85m, 8)], None,
            30.47m, 4.20m, 34.67m, 2.00m),

        // Order 10 % of (30.00 + 20.00) = 5.00, spread 30/50 → 3.00 and 20/50 → 2.00: nets 27.00 (16 %) and 18.00 (8 %).
        // per document: 27.00 × 16 % = 4.32; 18.00 × 8 % = 1.44; tax 5.76. net 45.00, gross 50.76, discount 5.00.
        new("08 order percent discount, per document", false, PerDocument, false, [L(1, 30.00m, 16), L(1, 20.00m, 8)], Percent(10),
            45.00m, 5.76m, 50.76m, 5.00m),

        // Order 10.00 off three lines of 10.00: exact shares 3.333…; floors 3.33 × 3 = 9.99, the cent left goes to the first
        // line (equal remainders → earlier line): shares 3.34, 3.33, 3.33 → nets 6.66, 6.67, 6.67 = 20.00.
        // per line: 6.66 × 16 % = 1.0656 → 1.07; 6.67 × 16 % = 1.0672 → 1.07 (twice): tax 3.21; gross 23.21.
        new("09a order amount discount, remainder cent, per line", false, PerLine, false,
            [L(1, 10.00m, 16), L(1, 10.00m, 16), L(1, 10.00m, 16)], Amount(10.00m), 20.00m, 3.21m, 23.21m, 10.00m),

        // Same order per document: 20.00 × 16 % = 3.20 (one cent less); gross 23.20.
        new("09b order amount discount, per document", false, PerDocument, false,
            [L(1, 10.00m, 16), L(1, 10.00m, 16), L(1, 10.00m, 16)], Amount(10.00m), 20.00m, 3.20m, 23.20m, 10.00m),

        // Inclusive. Line 1: 2 × 5.80 = 11.60, 50 % off = 5.80 → 5.80. Line 2: 10.80 − 0.80 = 10.00. Subtotal 15.80.
        // Order 5 % of 15.80 = 0.79; spread: 79 × 5.80/15.80 = 29 cents, 79 × 10.00/15.80 = 50 cents → 5.51 and 9.50.
        // per line: 5.51 ÷ 1.16 = 4.75 net, tax 0.76; 9.50 ÷ 1.08 = 8.796… → 8.80 net, tax 0.70.
        // net 4.75 + 8.80 = 13.55; tax 0.76 + 0.70 = 1.46; gross 15.01; discount 5.80 + 0.80 + 0.79 = 7.39.
        new("10 inclusive, line and order discounts", true, PerLine, false, [L(2, 5.80m, 16, Percent(50)), L(1, 10.80m, 8, Amount(0.80m))],
            Percent(5), 13.55m, 1.46m, 15.01m, 7.39m),

        // Tax-exempt customer, exclusive: 2 × 10.00 + 1 × 5.00 = 25.00 net, no tax, gross 25.00.
        new("11 tax-exempt, exclusive", false, PerLine, true, [L(2, 10.00m, 16), L(1, 5.00m, 8)], None, 25.00m, 0m, 25.00m, 0m),

        // Tax-exempt, inclusive prices lose their tax: 11.60 ÷ 1.16 = 10.00; 1.00 ÷ 1.16 = 0.862… → 0.86.
        // net 10.86, tax 0, gross 10.86.
        new("12 tax-exempt, inclusive", true, PerLine, true, [L(1, 11.60m, 16), L(1, 1.00m, 16)], None, 10.86m, 0m, 10.86m, 0m),

        // Inclusive per document with a zero rate: 0 %: 2.00 net, no tax. 8 %: 3 × 1.99 = 5.97; 5.97 ÷ 1.08 = 5.5277… → 5.53,
        // tax 5.97 − 5.53 = 0.44. net 2.00 + 5.53 = 7.53; tax 0.44; gross 7.97.
        new("13 inclusive per document with a zero rate", true, PerDocument, false, [L(1, 2.00m, 0), L(3, 1.99m, 8)], None,
            7.53m, 0.44m, 7.97m, 0m),

        // 1.5 kg × 2.49 = 3.735 → 3.74 net; tax 3.74 × 8 % = 0.2992 → 0.30; gross 4.04.
        new("14 fractional quantity", false, PerLine, false, [L(1.5m, 2.49m, 8)], None, 3.74m, 0.30m, 4.04m, 0m),

        // Line 1: 50.00, 100 % off → 0. Line 2: 2 × 25.00 = 50.00. Order 5.00 off, spread by 0 and 50.00 → all on line 2: 45.00.
        // per document: 45.00 × 16 % = 7.20; gross 52.20; discount 50.00 + 5.00 = 55.00.
        new("15 free line and order amount discount", false, PerDocument, false, [L(1, 50.00m, 16, Percent(100)), L(2, 25.00m, 16)],
            Amount(5.00m), 45.00m, 7.20m, 52.20m, 55.00m),

        // 7 × 1.15 = 8.05 and 3 × 2.35 = 7.05 (16 %), 2 × 0.99 = 1.98 (8 %); subtotal 17.08. Order 2 % = 0.3416 → 0.34.
        // Spread 34 cents: 34 × 8.05/17.08 = 16.02, 34 × 7.05/17.08 = 14.03, 34 × 1.98/17.08 = 3.94 → floors 16 + 14 + 3 = 33,
        // the last cent to the largest remainder (3.94) → 0.16, 0.14, 0.04. Nets 7.89, 6.91, 1.94 = 16.74.
        // per line: 7.89 × 16 % = 1.2624 → 1.26; 6.91 × 16 % = 1.1056 → 1.11; 1.94 × 8 % = 0.1552 → 0.16. tax 2.53, gross 19.27.
        new("16 order percent discount over three lines, per line", false, PerLine, false,
            [L(7, 1.15m, 16), L(3, 2.35m, 16), L(2, 0.99m, 8)], Percent(2), 16.74m, 2.53m, 19.27m, 0.34m),

        // Inclusive per line, 12.5 % line discount: 3 × 9.99 = 29.97; 12.5 % = 3.74625 → 3.75; 26.22.
        // 26.22 ÷ 1.16 = 22.6034… → 22.60 net; tax 26.22 − 22.60 = 3.62; gross 26.22; discount 3.75.
        new("17 inclusive, fractional percent discount", true, PerLine, false, [L(3, 9.99m, 16, Percent(12.5m))], None,
            22.60m, 3.62m, 26.22m, 3.75m),
    ];

    [Theory]
    [MemberData(nameof(Orders))]
    public void Calculate_HandWorkedOrder_MatchesNetTaxAndGross(Case order)
    {
        var result = SalesTotals.Calculate(order.Lines, order.OrderDiscount, order.Rounding, order.TaxExempt, order.PricesIncludeTax);

        Assert.True(result.IsSuccess, result.Error?.Message);
        var totals = result.Value;
        Assert.Equal(order.Net, totals.Net);
        Assert.Equal(order.Tax, totals.Tax);
        Assert.Equal(order.Gross, totals.Gross);
        Assert.Equal(order.TotalDiscount, totals.TotalDiscount);
        Assert.Equal(totals.Gross, totals.Net + totals.Tax);
        Assert.Equal(totals.Net, totals.Lines.Sum(l => l.Net));
        Assert.Equal(totals.Tax, totals.Taxes.Sum(t => t.Tax));
    }

    [Fact]
    public void Calculate_OrderDiscountPerDocument_ReportsTaxByRate()
    {
        // Case 08: 16 % on 27.00 → 4.32, 8 % on 18.00 → 1.44; lines carry the 3.00 and 2.00 shares of the order discount.
        var totals = SalesTotals.Calculate([L(1, 30.00m, 16), L(1, 20.00m, 8)], Percent(10), PerDocument, false, false).Value;

        Assert.Equal([new RateTotals(8m, 18.00m, 1.44m), new RateTotals(16m, 27.00m, 4.32m)], totals.Taxes);
        Assert.Equal([3.00m, 2.00m], totals.Lines.Select(l => l.OrderDiscount));
        Assert.Equal(new LineTotals(30.00m, 0m, 3.00m, 16m, 27.00m, 4.32m, 31.32m), totals.Lines[0]);
    }
}
