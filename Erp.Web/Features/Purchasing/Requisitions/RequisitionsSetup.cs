using Erp.Web.Infrastructure.Modules;

namespace Erp.Web.Features.Purchasing.Requisitions;

public static class RequisitionsSetup
{
    public static IServiceCollection AddRequisitions(this IServiceCollection services, NavigationRegistry navigation)
    {
        _ = navigation;
        return services;
    }

    public static IEndpointRouteBuilder MapRequisitionDownloads(this IEndpointRouteBuilder endpoints) => endpoints;
}
