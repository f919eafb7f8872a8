using Erp.Web.Infrastructure.Modules;

namespace Erp.Web.Features.Purchasing.Receipts;

public static class PurchaseReceiptsSetup
{
    public static IServiceCollection AddPurchaseReceipts(this IServiceCollection services, NavigationRegistry navigation)
    {
        _ = navigation;
        return services;
    }

    public static IEndpointRouteBuilder MapPurchaseReceiptDownloads(this IEndpointRouteBuilder endpoints) => endpoints;
}
