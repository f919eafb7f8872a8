namespace Erp.Domain.Common;

/// <summary>Guards for free-text fields: trimmed, required or optional, bounded in length.</summary>
public static class Text
{
    public static string Required(string? value, int maxLength, string field)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            throw new DomainException(Error.Validation($"{field} is required."));
        }

        return trimmed.Length <= maxLength
            ? trimmed
            : throw new DomainException(Error.Validation($"{field} must be at most {maxLength} characters."));
    }

    public static string? Optional(string? value, int maxLength, string field) =>
        string.IsNullOrWhiteSpace(value) ? null : Required(value, maxLength, field);
}
