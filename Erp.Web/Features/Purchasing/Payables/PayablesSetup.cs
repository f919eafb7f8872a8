using Erp.Web.Infrastructure.Modules;

namespace Erp.Web.Features.Purchasing.Payables;

public static class PayablesSetup
{
    public static IServiceCollection AddPayables(this IServiceCollection services, NavigationRegistry navigation)
    {
        _ = navigation;
        return services;
    }

    public static IEndpointRouteBuilder MapPayablesDownloads(this IEndpointRouteBuilder endpoints) => endpoints;
}
