using MudBlazor;

namespace Erp.Web.Components.Layout;

public static class ErpTheme
{
    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1f5f8b",
            Secondary = "#2e8b57",
            AppbarBackground = "#1f5f8b",
            Background = "#f6f8fa",
            // Darker than MudBlazor's defaults so that text and status chips meet WCAG AA contrast (4.5:1).
            TextSecondary = "#5b6168",
            Success = "#2e7d32",
            Warning = "#b45309",
            Info = "#0b6fa4",
            Error = "#c62828",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#6fb3e0",
            Secondary = "#5fc48c",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = ["DejaVu Sans", "Helvetica", "Arial", "sans-serif"] },
            Button = new ButtonTypography { TextTransform = "none" },
        },
    };
}
