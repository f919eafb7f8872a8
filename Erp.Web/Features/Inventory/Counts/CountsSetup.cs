using Erp.Domain.Inventory;
using Erp.Domain.Inventory.Counts;
using Erp.Web.Components.Shared;
using Erp.Web.Infrastructure.Modules;
using MudBlazor;

namespace Erp.Web.Features.Inventory.Counts;

public static class CountsSetup
{
    public static IServiceCollection AddCounts(this IServiceCollection services, NavigationRegistry navigation)
    {
        services.AddScoped<CountQueries>();
        services.AddScoped<CountCommands>();
        navigation.Add(new NavEntry(InventoryModule.Group, "Counts", "/inventory/counts", Icons.Material.Filled.FactCheck,
            InventoryPermissions.View, 40));
        StatusStyles.Register(StockCountStatus.InProgress, Color.Info, "Counting");
        StatusStyles.Register(StockCountStatus.Review, Color.Warning, "In review");
        return services;
    }

    public static IEndpointRouteBuilder MapCounts(this IEndpointRouteBuilder endpoints) => endpoints.MapCountDownloads();
}
