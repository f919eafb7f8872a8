namespace Erp.Web.Infrastructure.Documents;

/// <summary>Configuration section <c>Pdf</c>: the Chromium that prints and how hard it may be pushed.</summary>
public sealed class PdfOptions
{
    public const string Section = "Pdf";

    public string ChromiumPath { get; set; } = "/usr/bin/chromium";

    /// <summary>Pages printed at once; further requests wait their turn.</summary>
    public int MaxConcurrency { get; set; } = 2;

    /// <summary>Longest a single print may take, waiting time included.</summary>
    public int RenderTimeoutSeconds { get; set; } = 30;
}

public enum PaperSize
{
    A4,
    Letter,
}

/// <summary>
/// How one document is printed. Header and footer templates render in their own tiny document: inline styles only,
/// explicit font size, images as data URIs; Chromium fills <c>pageNumber</c>/<c>totalPages</c> spans.
/// </summary>
public sealed record PdfPrintOptions(string HeaderTemplate, string FooterTemplate, PaperSize Paper = PaperSize.A4,
    bool Landscape = false, RollPaper? Roll = null);

/// <summary>
/// A till receipt roll: a fixed width and a page as long as the content (worked out by the caller), printed without
/// running header or footer and with narrow margins.
/// </summary>
public sealed record RollPaper(int WidthMm, int HeightMm);
