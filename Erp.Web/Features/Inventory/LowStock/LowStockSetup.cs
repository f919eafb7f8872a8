using Erp.Domain.Inventory;
using Erp.Web.Components.Shared;
using Erp.Web.Infrastructure.Modules;

namespace Erp.Web.Features.Inventory.LowStock;

public static class LowStockSetup
{
    /// <summary>Reorder points per location, the product page's Stock tab, the low-stock job and dashboard widget.</summary>
    public static IServiceCollection AddLowStock(this IServiceCollection services, DashboardRegistry dashboard)
    {
        services.AddScoped<ProductStockQueries>();
        services.AddScoped<SetReorderCommand>();
        services.AddScoped<LowStockQueries>();
        services.AddScoped<LowStockJob>();
        StatusStyles.Register(StockStatus.Out, MudBlazor.Color.Error, "Out of stock");
        StatusStyles.Register(StockStatus.Low, MudBlazor.Color.Warning, "Low");
        StatusStyles.Register(StockStatus.InStock, MudBlazor.Color.Success, "In stock");
        dashboard.Add(new DashboardWidget(typeof(LowStockWidget), InventoryPermissions.View, Order: 200));
        return services;
    }
}
