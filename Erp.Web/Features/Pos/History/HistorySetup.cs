using Erp.Domain.Pos;
using Erp.Web.Infrastructure.Modules;
using MudBlazor;

namespace Erp.Web.Features.Pos.History;

/// <summary>The point-of-sale sales history: services and menu entry.</summary>
public static class HistorySetup
{
    public static IServiceCollection AddPosHistory(this IServiceCollection services, NavigationRegistry navigation)
    {
        services.AddScoped<PosSaleQueries>();
        navigation.Add(new NavEntry(PosModule.Group, "Sales history", "/pos/sales", Icons.Material.Filled.History, PosPermissions.Sell, 20));
        return services;
    }
}
