using System.Globalization;

namespace Erp.Web.Features.Purchasing.Performance;

/// <summary>How the screens show the figures: "—" where there is nothing to measure.</summary>
public static class PerformanceText
{
    public static string Percent(decimal? value) => value is { } v ? v.ToString("0.##", CultureInfo.CurrentCulture) + " %" : "—";

    public static string Days(decimal? value) => value is { } v ? v.ToString("0.##", CultureInfo.CurrentCulture) + " days" : "—";
}
