using Erp.Web.Infrastructure.Modules;

namespace Erp.Web.Features.Purchasing.Replenishment;

public static class ReplenishmentSetup
{
    public static IServiceCollection AddReplenishment(this IServiceCollection services, NavigationRegistry navigation, DashboardRegistry dashboard)
    {
        _ = navigation;
        _ = dashboard;
        return services;
    }
}
