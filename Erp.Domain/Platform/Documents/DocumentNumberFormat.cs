using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Erp.Domain.Common;

namespace Erp.Domain.Platform.Documents;

/// <summary>
/// A document number pattern such as <c>{prefix}-{yyyy}-{n:6}</c>. Tokens: <c>{prefix}</c>, <c>{yyyy}</c>, <c>{yy}</c>,
/// <c>{MM}</c> and exactly one counter <c>{n}</c> or <c>{n:width}</c> (zero-padded, width 1–12). Any other text is
/// copied as is, and may only use letters, digits, dashes, slashes, dots and underscores.
/// </summary>
public sealed partial class DocumentNumberFormat
{
    public const int MaxLength = 100;

    private readonly IReadOnlyList<Part> _parts;

    private DocumentNumberFormat(string pattern, IReadOnlyList<Part> parts)
    {
        Pattern = pattern;
        _parts = parts;
    }

    public string Pattern { get; }

    /// <summary>True when the pattern shows the year, so a counter that restarts every year stays unique.</summary>
    public bool ContainsYear => _parts.Any(p => p.Kind is PartKind.Year4 or PartKind.Year2);

    public static Result<DocumentNumberFormat> Parse(string? pattern)
    {
        var text = pattern?.Trim() ?? "";
        if (text.Length is 0 or > MaxLength)
        {
            return Invalid($"The number format is required (at most {MaxLength} characters).");
        }

        var parts = new List<Part>();
        var position = 0;
        foreach (Match token in TokenPattern().Matches(text))
        {
            if (token.Index > position)
            {
                parts.Add(new Part(PartKind.Literal, text[position..token.Index], 0));
            }

            var part = ParseToken(token.Groups[1].Value);
            if (part is null)
            {
                return Invalid($"Unknown placeholder {token.Value} in the number format; use {{prefix}}, {{yyyy}}, {{yy}}, {{MM}} or {{n:6}}.");
            }

            parts.Add(part);
            position = token.Index + token.Length;
        }

        if (position < text.Length)
        {
            parts.Add(new Part(PartKind.Literal, text[position..], 0));
        }

        if (parts.Where(p => p.Kind == PartKind.Literal).Any(p => !LiteralPattern().IsMatch(p.Text)))
        {
            return Invalid("The number format may only contain letters, digits, - / . _ and placeholders in braces.");
        }

        return parts.Count(p => p.Kind == PartKind.Counter) == 1
            ? new DocumentNumberFormat(text, parts)
            : Invalid("The number format must contain the counter exactly once, e.g. {n:6}.");
    }

    public string Format(string prefix, DateOnly date, long counter)
    {
        var builder = new StringBuilder();
        foreach (var part in _parts)
        {
            builder.Append(part.Kind switch
            {
                PartKind.Literal => part.Text,
                PartKind.Prefix => prefix,
                PartKind.Year4 => date.Year.ToString("D4", CultureInfo.InvariantCulture),
                PartKind.Year2 => (date.Year % 100).ToString("D2", CultureInfo.InvariantCulture),
                PartKind.Month => date.Month.ToString("D2", CultureInfo.InvariantCulture),
                _ => counter.ToString("D" + part.Width.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture),
            });
        }

        return builder.ToString();
    }

    public override string ToString() => Pattern;

    private static Part? ParseToken(string token)
    {
        switch (token)
        {
            case "prefix": return new Part(PartKind.Prefix, token, 0);
            case "yyyy": return new Part(PartKind.Year4, token, 0);
            case "yy": return new Part(PartKind.Year2, token, 0);
            case "MM": return new Part(PartKind.Month, token, 0);
            case "n": return new Part(PartKind.Counter, token, 1);
        }

        return token.StartsWith("n:", StringComparison.Ordinal)
               && int.TryParse(token[2..], NumberStyles.None, CultureInfo.InvariantCulture, out var width)
               && width is >= 1 and <= 12
            ? new Part(PartKind.Counter, token, width)
            : null;
    }

    private static Error Invalid(string message) => new("documents.number_format", message);

    [GeneratedRegex(@"\{([^{}]*)\}")]
    private static partial Regex TokenPattern();

    [GeneratedRegex(@"^[A-Za-z0-9\-/._]*$")]
    private static partial Regex LiteralPattern();

    private enum PartKind { Literal, Prefix, Year4, Year2, Month, Counter }

    private sealed record Part(PartKind Kind, string Text, int Width);
}
