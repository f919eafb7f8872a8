using Erp.Web.Infrastructure.Modules;

namespace Erp.Web.Features.Purchasing.Bills;

public static class SupplierBillsSetup
{
    public static IServiceCollection AddSupplierBills(this IServiceCollection services, NavigationRegistry navigation)
    {
        _ = navigation;
        return services;
    }

    public static IEndpointRouteBuilder MapSupplierBillDownloads(this IEndpointRouteBuilder endpoints) => endpoints;
}
