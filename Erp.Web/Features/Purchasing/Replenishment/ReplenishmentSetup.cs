using Erp.Web.Infrastructure.Modules;

namespace Erp.Web.Features.Purchasing.Replenishment;

/// <summary>The replenishment planner ("Propose now" on the proposals view) and its daily job.</summary>
public static class ReplenishmentSetup
{
    public static IServiceCollection AddReplenishment(this IServiceCollection services, NavigationRegistry navigation, DashboardRegistry dashboard)
    {
        _ = navigation;
        _ = dashboard;
        services.AddScoped<ReplenishmentPlanner>();
        services.AddScoped<ReplenishmentJob>();
        return services;
    }
}
