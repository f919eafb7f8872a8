using System.Globalization;
using Erp.Domain.Common;

namespace Erp.Domain.Purchasing;

public static class PurchasingErrors
{
    public static readonly Error NoLines = Error.Validation("Add at least one line.");
    public static readonly Error QuantityNotPositive = Error.Validation("Quantities must be greater than zero.");
    public static readonly Error PriceNegative = Error.Validation("Prices cannot be negative.");
    public static readonly Error SelfApproval = new("purchasing.self_approval", "Someone else must approve what you requested.");

    public static Error NotDraft(string document, string status) =>
        Error.Validation($"Only a draft {document} can be edited; this one is {status}.");

    public static Error CannotReceive(string number, string status) => Error.Validation(status switch
    {
        "Cancelled" => $"Purchase order {number} is cancelled: nothing can be received against it.",
        "Closed" => $"Purchase order {number} is closed: nothing more can be received against it.",
        "Received" or "Billed" => $"Purchase order {number} is fully received.",
        _ => $"Purchase order {number} is {status}: only a sent order can be received.",
    });

    public static Error OverTolerance(string sku, decimal ordered, decimal alreadyReceived, decimal receiving, decimal tolerancePercent) =>
        Error.Validation(string.Create(CultureInfo.InvariantCulture,
            $"{sku}: {alreadyReceived + receiving:0.####} would be received against {ordered:0.####} ordered; the tolerance of {tolerancePercent:0.##} % allows at most {ordered * (1m + tolerancePercent / 100m):0.####}."));

    public static Error AlreadyReceived(string number) =>
        Error.Validation($"Purchase order {number} has goods received against it: close it instead of cancelling.");

    public static Error CurrencyNotUsed(string currency) =>
        Error.Validation($"The tenant does not use {currency}: use a base currency of one of its organizations or add {currency} to the purchasing currencies in the settings.");
}
