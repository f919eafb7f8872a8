using Erp.Domain.Platform;
using Erp.Web.Features.Platform.Audit;
using Erp.Web.Features.Platform.Account;
using Erp.Web.Features.Platform.Dashboard;
using Erp.Web.Features.Platform.Documents;
using Erp.Web.Features.Platform.Organizations;
using Erp.Web.Features.Platform.Tenants;
using Erp.Web.Infrastructure.Modules;
using Erp.Web.Infrastructure.Startup;

namespace Erp.Web.Features.Platform;

public static class PlatformModule
{
    public static IServiceCollection AddPlatformModule(this IServiceCollection services, NavigationRegistry navigation,
        DashboardRegistry dashboard)
    {
        services.AddScoped<MyAccessQueries>();
        dashboard.Add(new DashboardWidget(typeof(MyAccessWidget), PlatformPermissions.ViewDashboard, Order: 1000));
        services.AddScoped<CreateTenantCommand>();
        services.AddScoped<DemoDataSeeder>();
        services.AddErpAccount();
        services.AddUsersAdmin(navigation);
        services.AddOrganizations(navigation);
        services.AddDocumentNumbering(navigation);
        services.AddAuditAndNotifications(navigation);
        return services;
    }
}
