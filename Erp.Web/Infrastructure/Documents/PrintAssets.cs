using Erp.Web.Infrastructure.Startup;

namespace Erp.Web.Infrastructure.Documents;

/// <summary>
/// Fonts, print CSS and logo from <c>wwwroot-assets</c>, inlined (fonts and logo as data URIs) so Chromium prints
/// offline without fetching anything. Read once.
/// </summary>
public sealed class PrintAssets
{
    private readonly Lazy<string> _css;
    private readonly Lazy<string> _logo;

    public PrintAssets() : this(BrandAssets.Folder)
    {
    }

    public PrintAssets(string folder)
    {
        _css = new(() => FontFaces(folder) + File.ReadAllText(Path.Combine(folder, "print", "print.css")));
        _logo = new(() => "data:image/svg+xml;base64," + Convert.ToBase64String(File.ReadAllBytes(Path.Combine(folder, "brand", "logo-mark.svg"))));
    }

    /// <summary>The @font-face rules and print.css, ready for a &lt;style&gt; element.</summary>
    public string Css => _css.Value;

    public string LogoDataUri => _logo.Value;

    private static string FontFaces(string folder) =>
        Face(folder, "DejaVuSans.ttf", 400) + Face(folder, "DejaVuSans-Bold.ttf", 700);

    private static string Face(string folder, string file, int weight) =>
        $"@font-face {{ font-family: \"DejaVu Sans\"; font-weight: {weight}; font-style: normal; " +
        $"src: url(data:font/ttf;base64,{Convert.ToBase64String(File.ReadAllBytes(Path.Combine(folder, "fonts", file)))}) format(\"truetype\"); }}\n";
}
