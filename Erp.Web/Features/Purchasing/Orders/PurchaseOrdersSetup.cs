using Erp.Web.Infrastructure.Modules;

namespace Erp.Web.Features.Purchasing.Orders;

public static class PurchaseOrdersSetup
{
    public static IServiceCollection AddPurchaseOrders(this IServiceCollection services, NavigationRegistry navigation)
    {
        _ = navigation;
        return services;
    }

    public static IEndpointRouteBuilder MapPurchaseOrderDownloads(this IEndpointRouteBuilder endpoints) => endpoints;
}
