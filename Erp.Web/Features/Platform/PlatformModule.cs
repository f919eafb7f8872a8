using Erp.Domain.Platform;
using Erp.Web.Features.Platform.Audit;
using Erp.Web.Features.Platform.Account;
using Erp.Web.Features.Platform.Dashboard;
using Erp.Web.Features.Platform.Documents;
using Erp.Web.Features.Platform.Organizations;
using Erp.Web.Features.Platform.Tenants;
using Erp.Web.Features.Platform.Users;
using Erp.Web.Infrastructure.Documents;
using Erp.Web.Infrastructure.Exports;
using Erp.Web.Infrastructure.Modules;
using Erp.Web.Infrastructure.Startup;
using MudBlazor;

namespace Erp.Web.Features.Platform;

public static class PlatformModule
{
    public static IServiceCollection AddPlatformModule(this IServiceCollection services, NavigationRegistry navigation,
        DashboardRegistry dashboard)
    {
        services.AddScoped<MyAccessQueries>();
        dashboard.Add(new DashboardWidget(typeof(MyAccessWidget), PlatformPermissions.ViewDashboard, Order: 1000));
        services.AddScoped<CreateTenantCommand>();
        services.AddUsersAdmin(navigation);
        services.AddScoped<DemoDataSeeder>();
        services.AddOrganizations(navigation);
        services.AddAuditAndNotifications(navigation);
        services.AddErpDocuments();
        services.AddErpExports();
        services.AddScoped<UserQueries>();
        services.AddScoped<UserAccessReportQueries>();
        navigation.Add(new NavEntry("Administration", "Users", "/platform/users", Icons.Material.Filled.People, PlatformPermissions.ViewUsers, 10));
        services.AddErpAccount();
        services.AddDocumentNumbering(navigation);
        return services;
    }
}
