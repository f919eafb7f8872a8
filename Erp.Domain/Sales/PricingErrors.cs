using Erp.Domain.Common;

namespace Erp.Domain.Sales;

/// <summary>Refusals of prices, discounts, tax rates and price lists, with stable codes.</summary>
public static class PricingErrors
{
    public static readonly Error QuantityNotPositive = new("pricing.quantity", "The quantity must be more than zero.");
    public static readonly Error NegativePrice = new("pricing.negative_price", "A price cannot be negative.");
    public static readonly Error InvalidTaxRate = new("pricing.tax_rate", "A tax rate must be between 0 % and 100 %.");
    public static readonly Error DiscountPercentOutOfRange = new("pricing.discount_percent", "A discount must be between 0 % and 100 %.");
    public static readonly Error NegativeDiscount = new("pricing.negative_discount", "A discount cannot be negative.");
    public static readonly Error LineDiscountTooLarge = new("pricing.line_discount_too_large", "A line discount cannot be larger than the line.");
    public static readonly Error OrderDiscountTooLarge = new("pricing.order_discount_too_large", "The order discount cannot be larger than the order.");
    public static readonly Error NegativeMinimumQuantity = new("pricing.min_quantity", "The minimum quantity cannot be negative.");
    public static readonly Error ValidToBeforeValidFrom = new("pricing.validity", "\"Valid to\" cannot be before \"valid from\".");
    public static readonly Error OverlappingBreak = new("pricing.overlapping_break",
        "This product already has a price for the same minimum quantity in an overlapping period.");
    public static readonly Error DefaultRateExists = new("pricing.default_rate_exists",
        "Another tax rate is already the default. Use \"Make default\" on this rate to move the default.");
    public static readonly Error DefaultRateMustStayActive = new("pricing.default_rate_active",
        "The default tax rate cannot be deactivated. Make another rate the default first.");
    public static readonly Error DiscountThresholdOutOfRange = new("pricing.discount_threshold",
        "The discount approval threshold must be between 0 % and 100 %.");

    public static Error LineError(int line, Error error) => error with { Message = $"Line {line}: {error.Message}" };
}
