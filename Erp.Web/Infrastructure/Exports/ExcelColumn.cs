using System.Globalization;

namespace Erp.Web.Infrastructure.Exports;

public enum ExcelFormat
{
    Text,
    WholeNumber,
    Number,
    Date,
    DateTime,
    Boolean,
}

/// <summary>One exported column: its header, how to read the value from a row, the cell format and width (characters).</summary>
public sealed record ExcelColumn<T>(string Header, Func<T, object?> Value, ExcelFormat Format = ExcelFormat.Text, double Width = 18);

/// <summary>Value conversions shared by the formatted and the streaming writer, so both produce the same cells.</summary>
internal static class ExcelValues
{
    public static decimal ToDecimal(object value) => Convert.ToDecimal(value, CultureInfo.InvariantCulture);

    /// <summary>Dates are written as they are; a <see cref="DateTimeOffset"/> as its UTC time.</summary>
    public static DateTime ToDateTime(object value) => value switch
    {
        DateTimeOffset offset => offset.UtcDateTime,
        DateTime dateTime => dateTime,
        DateOnly date => date.ToDateTime(TimeOnly.MinValue),
        _ => throw new ArgumentException($"Not a date: {value.GetType().Name}", nameof(value)),
    };

    public static string ToText(object value) => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";

    public static string ColumnName(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }
}
