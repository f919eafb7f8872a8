using Erp.Domain.Sales;
using Erp.Web.Infrastructure.Modules;
using MudBlazor;

namespace Erp.Web.Features.Sales.Deliveries;

public static class DeliveriesSetup
{
    /// <summary>Deliveries of sales orders: the warehouse's queue, pick lists, shipping and delivery notes.</summary>
    public static IServiceCollection AddDeliveries(this IServiceCollection services, NavigationRegistry navigation)
    {
        services.AddScoped<DeliveryCommands>();
        services.AddScoped<DeliveryQueries>();
        navigation.Add(new NavEntry(SalesModule.Group, "Deliveries", "/sales/deliveries", Icons.Material.Filled.LocalShipping,
            SalesPermissions.Deliver, 35));
        return services;
    }
}
