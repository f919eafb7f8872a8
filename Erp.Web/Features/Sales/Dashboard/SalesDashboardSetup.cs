using Erp.Domain.Sales;
using Erp.Web.Infrastructure.Modules;

namespace Erp.Web.Features.Sales.Dashboard;

public static class SalesDashboardSetup
{
    /// <summary>The sales widget on the home page, for users who may see sales.</summary>
    public static IServiceCollection AddSalesDashboard(this IServiceCollection services, DashboardRegistry dashboard)
    {
        services.AddScoped<SalesDashboardQueries>();
        dashboard.Add(new DashboardWidget(typeof(SalesDashboardWidget), SalesPermissions.View, Order: 100, Wide: true));
        return services;
    }
}
