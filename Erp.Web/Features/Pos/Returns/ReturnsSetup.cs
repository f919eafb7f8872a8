using Erp.Domain.Pos;
using Erp.Web.Infrastructure.Modules;
using MudBlazor;

namespace Erp.Web.Features.Pos.Returns;

/// <summary>Returns and exchanges at the till: services, menu entry, the return receipt download.</summary>
public static class ReturnsSetup
{
    public static IServiceCollection AddPosReturns(this IServiceCollection services, NavigationRegistry navigation)
    {
        services.AddScoped<PosReturnCommands>();
        services.AddScoped<PosReturnQueries>();
        services.AddScoped<PosExchangeCommands>();
        services.AddScoped<PosReturnListQueries>();
        navigation.Add(new NavEntry(PosModule.Group, "Returns", "/pos/returns/new", Icons.Material.Filled.AssignmentReturn,
            PosPermissions.Return, 30));
        navigation.Add(new NavEntry(PosModule.Group, "Return history", "/pos/returns", Icons.Material.Filled.ManageHistory,
            PosPermissions.Return, 31));
        return services;
    }
}
