using Erp.Domain.Pos;
using Erp.Domain.Pos.Sessions;
using Erp.Web.Components.Shared;
using Erp.Web.Infrastructure.Modules;
using MudBlazor;

namespace Erp.Web.Features.Pos.Sessions;

/// <summary>Register sessions and Z reports: services and menu entries.</summary>
public static class SessionsSetup
{
    public static IServiceCollection AddPosSessions(this IServiceCollection services, NavigationRegistry navigation)
    {
        services.AddScoped<PosSessionCommands>();
        services.AddScoped<PosSessionQueries>();
        services.AddScoped<ZReportQueries>();
        StatusStyles.Register(PosSessionStatus.Open, Color.Success, "Open");
        StatusStyles.Register(PosSessionStatus.Closed, Color.Default, "Closed");
        navigation.Add(new NavEntry(PosModule.Group, "Open register", "/pos/open", Icons.Material.Filled.LockOpen, PosPermissions.Sell, 5));
        navigation.Add(new NavEntry(PosModule.Group, "Sessions", "/pos/sessions", Icons.Material.Filled.ReceiptLong, PosPermissions.Sell, 70));
        return services;
    }
}
