using System.Globalization;
using System.Text;

namespace Erp.Web.Features.Sales.Invoices;

/// <summary>An amount written out in English for printed invoices: 1,234.50 USD → "One thousand two hundred thirty-four and 50/100 USD".</summary>
public static class AmountInWords
{
    private static readonly string[] Ones =
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
        "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    ];

    private static readonly string[] Tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    private static readonly (long Value, string Name)[] Scales =
    [
        (1_000_000_000_000, "trillion"), (1_000_000_000, "billion"), (1_000_000, "million"), (1_000, "thousand"),
    ];

    public static string Format(decimal amount, string currency)
    {
        var negative = amount < 0m;
        amount = Math.Abs(Math.Round(amount, 2, MidpointRounding.AwayFromZero));
        var whole = (long)decimal.Truncate(amount);
        var cents = (int)((amount - whole) * 100m);
        var words = Words(whole);
        var text = string.Create(CultureInfo.InvariantCulture, $"{(negative ? "minus " : "")}{words} and {cents:00}/100 {currency}");
        return char.ToUpperInvariant(text[0]) + text[1..];
    }

    public static string Words(long number)
    {
        if (number < 20)
        {
            return Ones[number];
        }

        var parts = new StringBuilder();
        foreach (var (value, name) in Scales)
        {
            if (number >= value)
            {
                parts.Append(Words(number / value)).Append(' ').Append(name).Append(' ');
                number %= value;
            }
        }

        if (number >= 100)
        {
            parts.Append(Ones[number / 100]).Append(" hundred ");
            number %= 100;
        }

        if (number >= 20)
        {
            parts.Append(Tens[number / 10]);
            number %= 10;
            parts.Append(number > 0 ? "-" + Ones[number] : "").Append(' ');
        }
        else if (number > 0)
        {
            parts.Append(Ones[number]).Append(' ');
        }

        return parts.ToString().TrimEnd();
    }
}
