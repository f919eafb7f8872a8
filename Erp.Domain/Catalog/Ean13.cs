namespace Erp.Domain.Catalog;

/// <summary>EAN-13 barcodes: validation and generation of in-store numbers (prefix 200, GS1's restricted range).</summary>
public static class Ean13
{
    public const string InStorePrefix = "200";

    public static bool IsValid(string? code) =>
        code is { Length: 13 } && code.All(char.IsAsciiDigit) && CheckDigit(code[..12]) == code[12] - '0';

    /// <summary>The check digit of the first 12 digits: weights 1,3,1,3… from the left, then 10 − sum mod 10.</summary>
    public static int CheckDigit(string first12)
    {
        if (first12.Length != 12 || !first12.All(char.IsAsciiDigit))
        {
            throw new ArgumentException("Twelve digits are needed.", nameof(first12));
        }

        var sum = 0;
        for (var i = 0; i < 12; i++)
        {
            sum += (first12[i] - '0') * (i % 2 == 0 ? 1 : 3);
        }

        return (10 - (sum % 10)) % 10;
    }

    /// <summary>The in-store barcode number <paramref name="sequence"/> (1 … 999,999,999).</summary>
    public static string InStore(long sequence)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sequence);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(sequence, 999_999_999);
        var first12 = InStorePrefix + sequence.ToString("D9", System.Globalization.CultureInfo.InvariantCulture);
        return first12 + CheckDigit(first12).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The sequence number of an in-store barcode, or null for any other code.</summary>
    public static long? SequenceOf(string? code) =>
        code is { Length: 13 } && code.StartsWith(InStorePrefix, StringComparison.Ordinal)
        && long.TryParse(code.AsSpan(3, 9), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)
            ? n
            : null;
}
