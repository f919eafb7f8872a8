using Erp.Domain.Inventory;
using Erp.Domain.Inventory.Adjustments;
using Erp.Web.Components.Shared;
using Erp.Web.Features.Inventory.Adjustments;
using Erp.Web.Features.Inventory.Settings;
using Erp.Web.Infrastructure.Modules;
using MudBlazor;

namespace Erp.Web.Features.Inventory.Receipts;

/// <summary>Goods receipts, stock adjustments, scrap and the inventory settings: services and menu entries.</summary>
public static class ReceiptsSetup
{
    public static IServiceCollection AddInventoryReceipts(this IServiceCollection services, NavigationRegistry navigation)
    {
        services.AddScoped<GoodsReceiptCommands>();
        services.AddScoped<GoodsReceiptQueries>();
        services.AddScoped<StockAdjustmentCommands>();
        services.AddScoped<StockAdjustmentQueries>();
        services.AddScoped<InventorySettingsService>();
        StatusStyles.Register(StockAdjustmentStatus.Submitted, Color.Warning, "Awaiting approval");
        navigation.Add(new NavEntry(InventoryModule.Group, "Goods receipts", "/inventory/receipts", Icons.Material.Filled.MoveToInbox,
            InventoryPermissions.View, 20));
        navigation.Add(new NavEntry(InventoryModule.Group, "Adjustments", "/inventory/adjustments", Icons.Material.Filled.Tune,
            InventoryPermissions.View, 40));
        navigation.Add(new NavEntry(InventoryModule.Group, "Scrap", "/inventory/scrap", Icons.Material.Filled.DeleteSweep,
            InventoryPermissions.View, 45));
        navigation.Add(new NavEntry(InventoryModule.Group, "Inventory settings", "/inventory/settings", Icons.Material.Filled.Settings,
            InventoryPermissions.Configure, 90));
        return services;
    }
}
