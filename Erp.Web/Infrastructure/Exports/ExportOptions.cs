namespace Erp.Web.Infrastructure.Exports;

/// <summary>Configuration section <c>Exports</c>.</summary>
public sealed class ExportOptions
{
    public const string Section = "Exports";

    /// <summary>
    /// Above this many rows the export streams (OpenXmlWriter, ~100 MB for 100,000 rows) instead of building a
    /// formatted ClosedXML workbook in memory (~600 MB for 100,000 rows).
    /// </summary>
    public int StreamingThreshold { get; set; } = 10_000;
}
