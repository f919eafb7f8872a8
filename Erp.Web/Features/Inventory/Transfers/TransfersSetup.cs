using Erp.Domain.Inventory;
using Erp.Web.Infrastructure.Modules;
using MudBlazor;

namespace Erp.Web.Features.Inventory.Transfers;

public static class TransfersSetup
{
    public static IServiceCollection AddTransfers(this IServiceCollection services, NavigationRegistry navigation)
    {
        services.AddScoped<TransferCommands>();
        services.AddScoped<TransferQueries>();
        navigation.Add(new NavEntry(InventoryModule.Group, "Transfers", "/inventory/transfers", Icons.Material.Filled.LocalShipping,
            InventoryPermissions.View, 40));
        return services;
    }
}
