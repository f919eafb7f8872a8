using Erp.Web.Features.Inventory.Counts;
using Erp.Web.Features.Inventory.Ledger;
using Erp.Web.Features.Inventory.LowStock;
using Erp.Web.Features.Inventory.Shared;
using Erp.Web.Infrastructure.Modules;

namespace Erp.Web.Features.Inventory;

public static class InventoryModule
{
    public const string Group = "Inventory";

    public static IServiceCollection AddInventoryModule(this IServiceCollection services, NavigationRegistry navigation,
        DashboardRegistry dashboard)
    {
        services.AddSingleton<StockChangeNotifier>();
        services.AddScoped<StockTransactions>();
        services.AddScoped<InventoryLookups>();
        services.AddCounts(navigation);
        services.AddLowStock(dashboard);
        services.AddStockViews(navigation);
        return services;
    }
}
