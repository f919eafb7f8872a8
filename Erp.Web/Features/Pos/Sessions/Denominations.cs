namespace Erp.Web.Features.Pos.Sessions;

/// <summary>
/// The notes and coins of a currency, largest first, for counting a drawer. Currencies not listed get a generic set
/// (the cashier can always type the amount instead of counting).
/// </summary>
public static class Denominations
{
    private static readonly decimal[] Generic = [1000m, 500m, 200m, 100m, 50m, 20m, 10m, 5m, 2m, 1m, 0.50m, 0.20m, 0.10m, 0.05m, 0.01m];

    private static readonly Dictionary<string, decimal[]> ByCurrency = new(StringComparer.OrdinalIgnoreCase)
    {
        ["USD"] = [100m, 50m, 20m, 10m, 5m, 2m, 1m, 0.50m, 0.25m, 0.10m, 0.05m, 0.01m],
        ["EUR"] = [500m, 200m, 100m, 50m, 20m, 10m, 5m, 2m, 1m, 0.50m, 0.20m, 0.10m, 0.05m, 0.02m, 0.01m],
        ["GBP"] = [50m, 20m, 10m, 5m, 2m, 1m, 0.50m, 0.20m, 0.10m, 0.05m, 0.02m, 0.01m],
        ["CAD"] = [100m, 50m, 20m, 10m, 5m, 2m, 1m, 0.25m, 0.10m, 0.05m],
        ["AUD"] = [100m, 50m, 20m, 10m, 5m, 2m, 1m, 0.50m, 0.20m, 0.10m, 0.05m],
        ["CHF"] = [1000m, 200m, 100m, 50m, 20m, 10m, 5m, 2m, 1m, 0.50m, 0.20m, 0.10m, 0.05m],
        ["INR"] = [500m, 200m, 100m, 50m, 20m, 10m, 5m, 2m, 1m],
        ["KES"] = [1000m, 500m, 200m, 100m, 50m, 20m, 10m, 5m, 1m],
        ["NGN"] = [1000m, 500m, 200m, 100m, 50m, 20m, 10m, 5m],
        ["ZAR"] = [200m, 100m, 50m, 20m, 10m, 5m, 2m, 1m, 0.50m, 0.20m, 0.10m],
    };

    public static IReadOnlyList<decimal> For(string? currency) =>
        currency is not null && ByCurrency.TryGetValue(currency.Trim(), out var list) ? list : Generic;
}
