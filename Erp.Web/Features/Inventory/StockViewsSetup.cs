using Erp.Domain.Inventory;
using Erp.Domain.Platform;
using Erp.Web.Features.Inventory.Stock;
using Erp.Web.Features.Inventory.Valuation;
using Erp.Web.Infrastructure.Modules;
using MudBlazor;

namespace Erp.Web.Features.Inventory;

/// <summary>Stock list, stock card and valuation report: services, menu entries and downloads.</summary>
public static class StockViewsSetup
{
    public static IServiceCollection AddStockViews(this IServiceCollection services, NavigationRegistry navigation)
    {
        services.AddScoped<StockQueries>();
        services.AddScoped<StockCardQueries>();
        services.AddScoped<ValuationQueries>();
        // Orders 10–19 and 60+ are the views; inventory documents go in between (20–59).
        navigation.Add(new NavEntry(InventoryModule.Group, "Stock", "/inventory/stock", Icons.Material.Filled.Warehouse, InventoryPermissions.View, 10));
        navigation.Add(new NavEntry(InventoryModule.Group, "Stock card", "/inventory/stock-card", Icons.Material.Filled.ReceiptLong, InventoryPermissions.View, 15));
        navigation.Add(new NavEntry(InventoryModule.Group, "Valuation", "/inventory/valuation", Icons.Material.Filled.Assessment, InventoryPermissions.View, 60));
        navigation.Add(new NavEntry(InventoryModule.Group, "Warehouses & locations", "/platform/organizations", Icons.Material.Filled.AccountTree,
            PlatformPermissions.ViewOrganizations, 70));
        return services;
    }

    public static IEndpointRouteBuilder MapStockViews(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapStockDownloads().MapValuationDownloads();
}
