using Erp.Web.Features.Inventory.Counts;
using Erp.Web.Features.Inventory.Ledger;
using Erp.Web.Features.Inventory.LowStock;
using Erp.Web.Features.Inventory.Receipts;
using Erp.Web.Features.Inventory.Shared;
using Erp.Web.Features.Inventory.Transfers;
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
        services.AddInventoryReceipts(navigation);
        services.AddCounts(navigation);
        services.AddLowStock(dashboard);
        services.AddStockViews(navigation);
        services.AddTransfers(navigation);
        return services;
    }

    /// <summary>The inventory module's endpoints (downloads), one line per feature.</summary>
    public static IEndpointRouteBuilder MapInventory(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapReceiptDownloads();
        endpoints.MapCounts();
        endpoints.MapStockViews();
        endpoints.MapTransferDownloads();
        return endpoints;
    }
}
