using System.Globalization;
using Erp.Domain.Common;

namespace Erp.Domain.Pos;

public static class PosErrors
{
    public static readonly Error NoPaymentMethods = Error.Validation("Choose at least one payment method for the register.");
    public static readonly Error RegisterNotFound = Error.NotFound("The register");
    public static readonly Error SessionNotFound = Error.NotFound("The session");
    public static readonly Error SaleNotFound = Error.NotFound("The sale");
    public static readonly Error EmptyCart = new("pos.empty_cart", "The cart is empty: scan or add an item first.");
    public static readonly Error NothingToReturn = new("pos.nothing_to_return", "Enter a quantity to return on at least one line.");

    public static readonly Error ChangeOnlyFromCash = new("pos.change_only_cash",
        "Only cash can be more than the amount due: lower the card or other payment.");

    public static Error SessionClosed(string number) =>
        new("pos.session_closed", $"Session {number} is closed: open a new session to sell.");

    public static Error QuantityNotPositive(string sku) =>
        new("pos.quantity", $"{sku}: the quantity must be more than zero.");

    public static Error PaymentShort(decimal due, decimal tendered) =>
        new("pos.payment_short", string.Create(CultureInfo.InvariantCulture,
            $"The payments ({tendered:0.00}) are less than the total ({due:0.00}): {due - tendered:0.00} is still due."));

    public static Error DifferenceNeedsReason(decimal difference) =>
        new("pos.difference_reason", string.Create(CultureInfo.InvariantCulture,
            $"The counted cash differs from the expected cash by {difference:0.00}: give a reason."));

    public static Error SaleNotReturnable(string number) =>
        new("pos.not_returnable", $"Sale {number} is not a completed sale: nothing to return.");

    public static Error NotALineOfSale(string number) =>
        new("pos.return_line", $"That line is not a line of sale {number}.");

    public static Error ReturnTooMuch(string sku, decimal sold, decimal returned, decimal asked) =>
        new("pos.return_too_much", string.Create(CultureInfo.InvariantCulture,
            $"{sku}: {sold:0.####} sold and {returned:0.####} already returned, so {asked:0.####} cannot be returned."));

    public static Error RefundMismatch(decimal due, decimal refunded) =>
        new("pos.refund_mismatch", string.Create(CultureInfo.InvariantCulture,
            $"The refunds ({refunded:0.00}) must add up to the value returned ({due:0.00})."));
}
