using Erp.Web.Features.Catalog;
using Erp.Web.Features.Inventory;
using Erp.Web.Features.Platform;
using Erp.Web.Features.Pos;
using Erp.Web.Features.Purchasing;
using Erp.Web.Features.Sales;
using Erp.Web.Infrastructure.Tenancy;

namespace Erp.Web.Infrastructure.Modules;

public static class ModuleSetup
{
    /// <summary>One line per business module: each registers its services, navigation entries and widgets.</summary>
    public static IServiceCollection AddErpModules(this IServiceCollection services)
    {
        var navigation = new NavigationRegistry();
        var dashboard = new DashboardRegistry();
        services.AddSingleton(navigation);
        services.AddSingleton(dashboard);
        services.AddScoped<TenantSwitcherQueries>();
        services.AddSingleton<Live.DataChangeNotifier>();

        services.AddPlatformModule(navigation, dashboard);
        services.AddCatalogModule(navigation, dashboard);
        services.AddInventoryModule(navigation, dashboard);
        services.AddSalesModule(navigation, dashboard);
        services.AddPosModule(navigation, dashboard);
        services.AddPurchasingModule(navigation, dashboard);
        return services;
    }
}
