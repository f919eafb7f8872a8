namespace Erp.Domain.Sales.Pricing;

public enum DiscountKind
{
    None = 0,
    Percent = 1,
    Amount = 2,
}

/// <summary>A line or order discount: a percentage (0–100) or an amount in the document's currency.</summary>
public readonly record struct Discount(DiscountKind Kind, decimal Value)
{
    public static Discount None => default;

    public static Discount Percent(decimal percent) => new(DiscountKind.Percent, percent);

    public static Discount Amount(decimal amount) => new(DiscountKind.Amount, amount);

    public bool IsNone => Kind == DiscountKind.None || Value == 0m;
}
