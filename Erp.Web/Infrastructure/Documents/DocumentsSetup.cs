namespace Erp.Web.Infrastructure.Documents;

public static class DocumentsSetup
{
    /// <summary>PDF printing: one warm Chromium for the app, HTML rendering per request or circuit scope.</summary>
    public static IServiceCollection AddErpDocuments(this IServiceCollection services)
    {
        services.AddOptions<PdfOptions>().BindConfiguration(PdfOptions.Section);
        services.AddSingleton<PrintAssets>();
        services.AddSingleton<PdfRenderer>();
        services.AddScoped<HtmlComponentRenderer>();
        services.AddScoped<DocumentService>();
        return services;
    }
}
