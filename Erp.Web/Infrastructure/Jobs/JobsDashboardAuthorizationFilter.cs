using Erp.Domain.Platform;
using Erp.Web.Infrastructure.Security;
using Erp.Web.Infrastructure.Tenancy;
using Hangfire.Dashboard;

namespace Erp.Web.Infrastructure.Jobs;

/// <summary>
/// The dashboard at <c>/jobs</c> opens for users holding <see cref="PlatformPermissions.ViewJobs"/> in their current
/// tenant (the request's tenant scope is already set by the tenancy middleware), and for the platform operator.
/// </summary>
public sealed class JobsDashboardAuthorizationFilter : IDashboardAsyncAuthorizationFilter
{
    public async Task<bool> AuthorizeAsync(DashboardContext context)
    {
        var http = context.GetHttpContext();
        if (http.User.Identity?.IsAuthenticated != true)
        {
            return false;
        }

        return IsOperator(http)
            || await http.RequestServices.GetRequiredService<PermissionGuard>().HasAsync(PlatformPermissions.ViewJobs, http.RequestAborted);
    }

    /// <summary>Only the platform operator may trigger, retry or delete jobs; tenant admins watch.</summary>
    public static bool IsReadOnly(DashboardContext context) => !IsOperator(context.GetHttpContext());

    private static bool IsOperator(HttpContext http) => http.User.HasClaim(ErpClaimTypes.PlatformOperator, "true");
}
