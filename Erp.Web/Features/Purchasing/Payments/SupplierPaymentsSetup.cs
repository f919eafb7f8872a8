using Erp.Web.Infrastructure.Modules;

namespace Erp.Web.Features.Purchasing.Payments;

public static class SupplierPaymentsSetup
{
    public static IServiceCollection AddSupplierPayments(this IServiceCollection services, NavigationRegistry navigation)
    {
        _ = navigation;
        return services;
    }

    public static IEndpointRouteBuilder MapSupplierPaymentDownloads(this IEndpointRouteBuilder endpoints) => endpoints;
}
