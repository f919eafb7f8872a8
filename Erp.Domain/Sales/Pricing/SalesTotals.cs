using Erp.Domain.Common;
using Erp.Domain.Sales.Taxes;

namespace Erp.Domain.Sales.Pricing;

/// <summary>One line to total: quantity, unit price (as the price list enters it), tax rate in percent, line discount.</summary>
public sealed record TotalsLine(decimal Quantity, decimal UnitPrice, decimal TaxRatePercent, Discount Discount = default);

/// <summary>
/// A totalled line. <see cref="Amount"/> and the discounts are in the prices' terms (tax-inclusive when the prices
/// include tax); <see cref="Net"/> + <see cref="Tax"/> = <see cref="Gross"/> exactly.
/// </summary>
public sealed record LineTotals(decimal Amount, decimal LineDiscount, decimal OrderDiscount, decimal TaxRatePercent,
    decimal Net, decimal Tax, decimal Gross)
{
    public decimal TotalDiscount => LineDiscount + OrderDiscount;
}

/// <summary>The document's net and tax at one rate.</summary>
public sealed record RateTotals(decimal RatePercent, decimal Net, decimal Tax)
{
    public decimal Gross => Net + Tax;
}

/// <summary>
/// A document's totals: its lines, its taxes by rate (ascending), and the sums. The lines add up to the document
/// exactly: Σ line net = Net, Σ line tax = Tax = Σ rate tax, Net + Tax = Gross.
/// </summary>
public sealed record DocumentTotals(IReadOnlyList<LineTotals> Lines, IReadOnlyList<RateTotals> Taxes, decimal Net, decimal Tax,
    decimal Gross, decimal TotalDiscount);

/// <summary>
/// The sales totals engine (pure, no database). The rules, in order (docs/decisions-pricing.md):
/// <list type="number">
/// <item>line amount = quantity × unit price, rounded to the cent;</item>
/// <item>line discount: percent → amount × % rounded to the cent; amount → as given (rounded to the cent), at most the line;</item>
/// <item>order discount: percent → Σ(line after line discount) × % rounded; amount → at most that sum; spread over the
///       lines pro rata to their amount after line discount by <see cref="MoneyRounding.Allocate"/>;</item>
/// <item>tax-exclusive: net = what is left; per line: tax = net × rate rounded; per document: tax of a rate = Σ net of the
///       rate × rate rounded once, spread back over its lines pro rata to their net;</item>
/// <item>tax-inclusive: gross = what is left; per line: net = gross ÷ (1 + rate) rounded, tax = gross − net; per document:
///       net of a rate = Σ gross ÷ (1 + rate) rounded once, tax = Σ gross − net, spread back pro rata to gross;</item>
/// <item>tax-exempt: tax 0; tax-inclusive prices lose their tax (net as above) and gross = net.</item>
/// </list>
/// </summary>
public static class SalesTotals
{
    public static Result<DocumentTotals> Calculate(IReadOnlyList<TotalsLine> lines, Discount orderDiscount, TaxRounding rounding,
        bool taxExempt, bool pricesIncludeTax)
    {
        ArgumentNullException.ThrowIfNull(lines);
        if (!Enum.IsDefined(rounding))
        {
            throw new ArgumentOutOfRangeException(nameof(rounding));
        }

        var amounts = new decimal[lines.Count];
        var lineDiscounts = new decimal[lines.Count];
        var afterLine = new decimal[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var refused = CheckLine(line);
            if (refused is null)
            {
                amounts[i] = MoneyRounding.Round(line.Quantity * line.UnitPrice);
                var discount = DiscountOf(line.Discount, amounts[i], PricingErrors.LineDiscountTooLarge);
                refused = discount.Error;
                lineDiscounts[i] = discount.IsSuccess ? discount.Value : 0m;
            }

            if (refused is not null)
            {
                return PricingErrors.LineError(i + 1, refused);
            }

            afterLine[i] = amounts[i] - lineDiscounts[i];
        }

        var orderTotal = DiscountOf(orderDiscount, afterLine.Sum(), PricingErrors.OrderDiscountTooLarge);
        if (!orderTotal.IsSuccess)
        {
            return orderTotal.Error!;
        }

        var orderShares = MoneyRounding.Allocate(orderTotal.Value, afterLine);
        var final = afterLine.Select((a, i) => a - orderShares[i]).ToArray();
        var rates = lines.Select(l => l.TaxRatePercent).ToArray();
        var (net, tax) = pricesIncludeTax ? FromGross(final, rates, rounding) : FromNet(final, rates, rounding);
        if (taxExempt)
        {
            tax = new decimal[lines.Count];
        }

        var totals = new LineTotals[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            totals[i] = new LineTotals(amounts[i], lineDiscounts[i], orderShares[i], rates[i], net[i], tax[i], net[i] + tax[i]);
        }

        var byRate = totals.GroupBy(l => l.TaxRatePercent).OrderBy(g => g.Key)
            .Select(g => new RateTotals(g.Key, g.Sum(l => l.Net), g.Sum(l => l.Tax))).ToList();
        var documentNet = totals.Sum(l => l.Net);
        var documentTax = totals.Sum(l => l.Tax);
        return new DocumentTotals(totals, byRate, documentNet, documentTax, documentNet + documentTax,
            lineDiscounts.Sum() + orderTotal.Value);
    }

    private static Error? CheckLine(TotalsLine line)
    {
        if (line.Quantity <= 0m)
        {
            return PricingErrors.QuantityNotPositive;
        }

        if (line.UnitPrice < 0m)
        {
            return PricingErrors.NegativePrice;
        }

        return line.TaxRatePercent is < 0m or > 100m ? PricingErrors.InvalidTaxRate : null;
    }

    /// <summary>The discount as an amount of <paramref name="of"/>, or why it is refused.</summary>
    public static Result<decimal> DiscountOf(Discount discount, decimal of, Error tooLarge)
    {
        switch (discount.Kind)
        {
            case DiscountKind.None:
                return 0m;
            case DiscountKind.Percent when discount.Value is < 0m or > 100m:
                return PricingErrors.DiscountPercentOutOfRange;
            case DiscountKind.Percent:
                return MoneyRounding.Round(of * discount.Value / 100m);
            case DiscountKind.Amount when discount.Value < 0m:
                return PricingErrors.NegativeDiscount;
            case DiscountKind.Amount:
                var amount = MoneyRounding.Round(discount.Value);
                return amount > of ? tooLarge : amount;
            default:
                throw new ArgumentOutOfRangeException(nameof(discount));
        }
    }

    private static (decimal[] Net, decimal[] Tax) FromNet(decimal[] net, decimal[] rates, TaxRounding rounding)
    {
        var tax = new decimal[net.Length];
        if (rounding == TaxRounding.PerLine)
        {
            for (var i = 0; i < net.Length; i++)
            {
                tax[i] = MoneyRounding.Round(net[i] * rates[i] / 100m);
            }
        }
        else
        {
            foreach (var group in Groups(rates))
            {
                var nets = group.Select(i => net[i]).ToList();
                var shares = MoneyRounding.Allocate(MoneyRounding.Round(nets.Sum() * rates[group[0]] / 100m), nets);
                for (var k = 0; k < group.Count; k++)
                {
                    tax[group[k]] = shares[k];
                }
            }
        }

        return (net, tax);
    }

    private static (decimal[] Net, decimal[] Tax) FromGross(decimal[] gross, decimal[] rates, TaxRounding rounding)
    {
        var net = new decimal[gross.Length];
        var tax = new decimal[gross.Length];
        if (rounding == TaxRounding.PerLine)
        {
            for (var i = 0; i < gross.Length; i++)
            {
                net[i] = MoneyRounding.Round(gross[i] / (1m + (rates[i] / 100m)));
                tax[i] = gross[i] - net[i];
            }
        }
        else
        {
            foreach (var group in Groups(rates))
            {
                var grosses = group.Select(i => gross[i]).ToList();
                var sum = grosses.Sum();
                var rateTax = sum - MoneyRounding.Round(sum / (1m + (rates[group[0]] / 100m)));
                var shares = MoneyRounding.Allocate(rateTax, grosses);
                for (var k = 0; k < group.Count; k++)
                {
                    tax[group[k]] = shares[k];
                    net[group[k]] = gross[group[k]] - shares[k];
                }
            }
        }

        return (net, tax);
    }

    private static IEnumerable<List<int>> Groups(decimal[] rates) =>
        Enumerable.Range(0, rates.Length).GroupBy(i => rates[i]).Select(g => g.ToList());
}
