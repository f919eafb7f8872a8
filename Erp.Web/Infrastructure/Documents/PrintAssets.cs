using Erp.Web.Infrastructure.Startup;

namespace Erp.Web.Infrastructure.Documents;

/// <summary>
/// Fonts, print CSS and logo from <c>wwwroot-assets</c> for printing. Fonts are served to Chromium from memory under
/// <see cref="Origin"/> (the PDF renderer intercepts those requests and blocks every other one), so documents print
/// offline and stay small; the logo is a data URI because header templates cannot fetch anything. Read once.
/// </summary>
public sealed class PrintAssets
{
    /// <summary>A host that never resolves: requests to it are answered by the renderer, never by the network.</summary>
    public const string Origin = "https://print-assets.invalid";

    private static readonly string[] FontFiles = ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf"];

    private readonly string _folder;
    private readonly Lazy<string> _css;
    private readonly Lazy<string> _logo;
    private readonly Lazy<IReadOnlyDictionary<string, byte[]>> _fonts;

    public PrintAssets() : this(BrandAssets.Folder)
    {
    }

    public PrintAssets(string folder)
    {
        _folder = folder;
        _fonts = new(() => FontFiles.ToDictionary(f => $"{Origin}/fonts/{f}", f => File.ReadAllBytes(Path.Combine(_folder, "fonts", f)), StringComparer.Ordinal));
        _css = new(() => FontFace("DejaVuSans.ttf", 400) + FontFace("DejaVuSans-Bold.ttf", 700)
            + File.ReadAllText(Path.Combine(_folder, "print", "print.css")));
        _logo = new(() => "data:image/svg+xml;base64," + Convert.ToBase64String(File.ReadAllBytes(Path.Combine(_folder, "brand", "logo-mark.svg"))));
    }

    /// <summary>The @font-face rules and print.css, ready for a &lt;style&gt; element.</summary>
    public string Css => _css.Value;

    public string LogoDataUri => _logo.Value;

    /// <summary>The bytes of a font under <see cref="Origin"/>, or null for any other address.</summary>
    public byte[]? Find(string url) => _fonts.Value.TryGetValue(url, out var bytes) ? bytes : null;

    private static string FontFace(string file, int weight) =>
        $"@font-face {{ font-family: \"DejaVu Sans\"; font-weight: {weight}; font-style: normal; src: url(\"{Origin}/fonts/{file}\") format(\"truetype\"); }}\n";
}
