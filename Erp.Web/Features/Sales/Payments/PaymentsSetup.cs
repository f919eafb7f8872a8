using Erp.Domain.Sales;
using Erp.Web.Infrastructure.Modules;
using MudBlazor;

namespace Erp.Web.Features.Sales.Payments;

public static class PaymentsSetup
{
    /// <summary>Payment methods (customer payments come with invoices).</summary>
    public static IServiceCollection AddPayments(this IServiceCollection services, NavigationRegistry navigation)
    {
        services.AddScoped<PaymentMethodService>();
        navigation.Add(new NavEntry(SalesModule.Group, "Payment methods", "/sales/settings/payment-methods",
            Icons.Material.Filled.Payments, SalesPermissions.View, 83));
        return services;
    }
}
