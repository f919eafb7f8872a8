using Microsoft.Extensions.FileProviders;

namespace Erp.Web.Infrastructure.Startup;

public static class HostSetup
{
    /// <summary>Brand, fonts and print CSS from <c>wwwroot-assets</c> (copied beside the app) under <c>/assets</c>.</summary>
    public static IApplicationBuilder UseErpStaticAssets(this IApplicationBuilder app) =>
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(BrandAssets.Folder),
            RequestPath = "/assets",
        });

    public static IHealthChecksBuilder AddErpHealthChecks(this IHealthChecksBuilder checks)
    {
        checks.Services.Configure<Microsoft.AspNetCore.Diagnostics.HealthChecks.HealthCheckOptions>(HealthReportWriter.Configure);
        return checks.AddCheck<DatabaseHealthCheck>("database");
    }
}

public static class BrandAssets
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "wwwroot-assets");
}
