namespace Erp.Web.Infrastructure.Exports;

public static class ExportsSetup
{
    public static IServiceCollection AddErpExports(this IServiceCollection services)
    {
        services.AddOptions<ExportOptions>().BindConfiguration(ExportOptions.Section);
        services.AddSingleton<ExcelExporter>();
        return services;
    }
}
