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
        navigation.Add(new NavEntry(PosModule.Group, "Returns", "/pos/returns/new", Icons.Material.Filled.AssignmentReturn,
            PosPermissions.Return, 30));
        return services;
    }
}
