using Erp.Domain.Common;

namespace Erp.Domain.Purchasing.Receipts;

/// <summary>
/// Spreads an amount (2 decimals) over lines in proportion to their value or quantity. Each share is rounded down to
/// the cent and the cents left over go, one each, to the lines with the largest remainders (earlier lines first on a
/// tie), so the shares always add up to the amount exactly. Lines with a zero weight get nothing.
/// </summary>
public static class LandedCost
{
    public static IReadOnlyList<decimal> Spread(decimal amount, IReadOnlyList<decimal> weights)
    {
        if (amount < 0m || decimal.Round(amount, 2) != amount)
        {
            throw new DomainException(Error.Validation("A landed cost is an amount of at least zero with at most two decimals."));
        }

        if (weights.Any(w => w < 0m))
        {
            throw new DomainException(Error.Validation("Landed costs are spread over positive quantities and values."));
        }

        var total = weights.Sum();
        if (amount == 0m || total == 0m)
        {
            return amount == 0m || weights.Count == 0
                ? [.. weights.Select(_ => 0m)]
                : throw new DomainException(Error.Validation("There is nothing kept to spread the landed costs over."));
        }

        var exact = weights.Select(w => amount * w / total).ToList();
        var shares = exact.Select(e => decimal.Floor(e * 100m) / 100m).ToArray();
        var cents = (int)((amount - shares.Sum()) * 100m);
        foreach (var index in exact.Select((e, i) => (Remainder: e - shares[i], Index: i))
                     .OrderByDescending(x => x.Remainder).ThenBy(x => x.Index).Take(cents).Select(x => x.Index))
        {
            shares[index] += 0.01m;
        }

        return shares;
    }
}
