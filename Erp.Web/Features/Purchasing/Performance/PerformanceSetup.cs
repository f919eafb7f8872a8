using Erp.Web.Infrastructure.Modules;

namespace Erp.Web.Features.Purchasing.Performance;

public static class PerformanceSetup
{
    public static IServiceCollection AddSupplierPerformance(this IServiceCollection services, NavigationRegistry navigation)
    {
        _ = navigation;
        return services;
    }

    public static IEndpointRouteBuilder MapSupplierPerformanceDownloads(this IEndpointRouteBuilder endpoints) => endpoints;
}
