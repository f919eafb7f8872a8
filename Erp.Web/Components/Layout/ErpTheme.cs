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
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#6fb3e0",
            Secondary = "#5fc48c",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = ["DejaVu Sans", "Helvetica", "Arial", "sans-serif"] },
        },
    };
}
