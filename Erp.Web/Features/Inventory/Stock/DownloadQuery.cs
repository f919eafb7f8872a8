using System.Globalization;
using Erp.Domain.Common;

namespace Erp.Web.Features.Inventory.Stock;

/// <summary>
/// Reads the optional filters of a download URL: an empty value means "any"; a malformed one makes the whole request a
/// 400 with a plain message (the binder would refuse "location=" for a Guid?).
/// </summary>
internal sealed class DownloadQuery
{
    public bool Valid { get; private set; } = true;

    public Guid? Guid(string? text) => Parse(text, s => System.Guid.TryParse(s, out var v) ? v : (Guid?)null);

    public bool? Bool(string? text) => Parse(text, s => bool.TryParse(s, out var v) ? v : (bool?)null);

    public DateOnly? Date(string? text) =>
        Parse(text, s => DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var v) ? v : (DateOnly?)null);

    public TEnum? Enum<TEnum>(string? text)
        where TEnum : struct, Enum =>
        Parse(text, s => System.Enum.TryParse<TEnum>(s, true, out var v) && System.Enum.IsDefined(v) ? v : (TEnum?)null);

    private T? Parse<T>(string? text, Func<string, T?> parse)
        where T : struct
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var value = parse(text.Trim());
        Valid &= value is not null;
        return value;
    }

    public static string Format(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    public static IResult Refused(Error error) =>
        error == CommonErrors.Forbidden ? Results.Forbid() : Results.NotFound();
}
