namespace Erp.Domain.Inventory.Valuation;

/// <summary>The valuation rounding rules: unit costs to 4 decimals, values (money) to 2, half away from zero.</summary>
public static class CostRounding
{
    public const int UnitCostDecimals = 4;
    public const int ValueDecimals = 2;

    public static decimal UnitCost(decimal amount) => Math.Round(amount, UnitCostDecimals, MidpointRounding.AwayFromZero);

    public static decimal Value(decimal amount) => Math.Round(amount, ValueDecimals, MidpointRounding.AwayFromZero);
}
