using System.Globalization;
using Erp.Domain.Common;

namespace Erp.Domain.Inventory.Counts;

public static class CountErrors
{
    public static readonly Error NotFound = Error.NotFound("The stock count");

    public static readonly Error AlreadyPosted = new("counts.already_posted",
        "This count is already posted: its differences are in stock. Posting it again would count them twice, so nothing was changed.");

    public static readonly Error Cancelled = new("counts.cancelled", "This count is cancelled and can no longer be changed.");

    public static readonly Error Posted = new("counts.posted", "This count is posted and can no longer be changed.");

    public static readonly Error NotCounting = new("counts.not_counting",
        "Counts can be entered only while the count is in progress or in review. Start the count first.");

    public static readonly Error NotDraft = new("counts.not_draft", "Only a draft count can be edited.");

    public static readonly Error NegativeCount = new("counts.negative_count", "A counted quantity cannot be negative.");

    public static readonly Error LineNotFound = Error.NotFound("The count line");

    public static readonly Error NothingCounted = new("counts.nothing_counted",
        "No line has been counted yet. Enter counted quantities (or set the uncounted lines to zero) before posting.");

    public static readonly Error CodeRequired = new("counts.code_required", "Scan or type a barcode or SKU.");

    public static readonly Error LocationOutOfScope = new("counts.location_out_of_scope",
        "That location is not part of this count. Choose the count's location or one of its sub-locations.");

    public static Error UnknownCode(string code) => new("counts.unknown_code",
        $"No stockable product has the barcode or SKU \"{code}\". Nothing was counted.");

    public static Error QuantityTooLarge(decimal max) => new("counts.quantity_too_large",
        string.Create(CultureInfo.InvariantCulture, $"A counted quantity must be at most {max:0}."));
}
