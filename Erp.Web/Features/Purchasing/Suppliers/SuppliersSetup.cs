using Erp.Web.Infrastructure.Modules;

namespace Erp.Web.Features.Purchasing.Suppliers;

public static class SuppliersSetup
{
    public static IServiceCollection AddSuppliers(this IServiceCollection services, NavigationRegistry navigation)
    {
        _ = navigation;
        return services;
    }

    public static IEndpointRouteBuilder MapSupplierDownloads(this IEndpointRouteBuilder endpoints) => endpoints;
}
