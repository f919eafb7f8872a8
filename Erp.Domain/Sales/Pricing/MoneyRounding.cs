namespace Erp.Domain.Sales.Pricing;

/// <summary>Sales amounts: 2 decimals, half away from zero (0.005 → 0.01, −0.005 → −0.01).</summary>
public static class MoneyRounding
{
    public const int Decimals = 2;

    public static decimal Round(decimal amount) => Math.Round(amount, Decimals, MidpointRounding.AwayFromZero);

    /// <summary>
    /// Splits <paramref name="total"/> (whole cents, 0 ≤ total ≤ Σ weights) over the weights pro rata, by largest
    /// remainder: every share is its exact share rounded down to the cent, then the cents still missing go one each to
    /// the shares that lost most (ties: the earlier line). The shares sum exactly to the total, each is within one cent of
    /// its exact share, and none is negative or larger than its weight.
    /// </summary>
    public static decimal[] Allocate(decimal total, IReadOnlyList<decimal> weights)
    {
        var shares = new decimal[weights.Count];
        var sum = weights.Sum();
        if (total == 0m || sum == 0m)
        {
            return shares;
        }

        var cents = total * 100m;
        var remainders = new decimal[weights.Count];
        var given = 0m;
        for (var i = 0; i < weights.Count; i++)
        {
            var exact = cents * weights[i] / sum;
            shares[i] = Math.Floor(exact);
            remainders[i] = exact - shares[i];
            given += shares[i];
        }

        var order = Enumerable.Range(0, weights.Count).OrderByDescending(i => remainders[i]).ThenBy(i => i);
        foreach (var i in order.Take((int)(cents - given)))
        {
            shares[i] += 1m;
        }

        for (var i = 0; i < shares.Length; i++)
        {
            shares[i] /= 100m;
        }

        return shares;
    }
}
