using Erp.Domain.Purchasing;
using Erp.Web.Infrastructure.Modules;
using MudBlazor;

namespace Erp.Web.Features.Purchasing.Settings;

public static class PurchasingSettingsSetup
{
    public static IServiceCollection AddPurchasingSettings(this IServiceCollection services, NavigationRegistry navigation)
    {
        services.AddScoped<PurchasingSettingsService>();
        navigation.Add(new NavEntry(PurchasingModule.Group, "Purchasing settings", "/purchasing/settings", Icons.Material.Filled.Settings,
            PurchasingPermissions.Configure, 90));
        return services;
    }
}
