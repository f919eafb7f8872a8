using Erp.Web.Infrastructure.Tenancy;

namespace Erp.Web.Features.Platform.Operator;

public static class OperatorHome
{
    public const string Path = "/operator/tenants";

    /// <summary>The platform operator belongs to no tenant, so the dashboard means nothing to them: home is the tenant list.</summary>
    public static IApplicationBuilder UseOperatorHome(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var user = context.User;
        if (context.Request.Path == "/" && HttpMethods.IsGet(context.Request.Method)
            && user.Identity?.IsAuthenticated == true
            && user.HasClaim(ErpClaimTypes.PlatformOperator, "true")
            && !user.HasClaim(c => c.Type == ErpClaimTypes.Tenant))
        {
            context.Response.Redirect(Path);
            return;
        }

        await next();
    });
}
