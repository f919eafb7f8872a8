namespace Erp.Domain.Common;

public static class Currency
{
    /// <summary>ISO 4217 alphabetic code, upper case.</summary>
    public static string Normalize(string? code)
    {
        var trimmed = (code ?? "").Trim().ToUpperInvariant();
        return trimmed.Length == 3 && trimmed.All(char.IsAsciiLetterUpper)
            ? trimmed
            : throw new DomainException(Error.Validation("Currency must be a three-letter ISO code such as USD."));
    }
}
