using Erp.Web.Infrastructure.Modules;

namespace Erp.Web.Features.Purchasing.Settings;

public static class PurchasingSettingsSetup
{
    public static IServiceCollection AddPurchasingSettings(this IServiceCollection services, NavigationRegistry navigation)
    {
        _ = navigation;
        return services;
    }
}
