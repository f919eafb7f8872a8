using Erp.Domain.Platform;
using Erp.Web.Features.Platform.Notifications;
using Erp.Web.Infrastructure.Modules;
using MudBlazor;

namespace Erp.Web.Features.Platform.Audit;

public static class AuditSetup
{
    /// <summary>Audit log queries, the audit page's menu entry and in-app notifications.</summary>
    public static IServiceCollection AddAuditAndNotifications(this IServiceCollection services, NavigationRegistry navigation)
    {
        services.AddScoped<AuditQueries>();
        services.AddSingleton<NotificationPublisher>();
        services.AddScoped<NotificationService>();
        navigation.Add(new NavEntry("Administration", "Audit log", "/platform/audit", Icons.Material.Filled.History,
            PlatformPermissions.ViewAudit, Order: 900));
        return services;
    }
}
