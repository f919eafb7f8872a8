using Erp.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Authorization;

namespace Erp.Web.Infrastructure.Security;

public static class SecuritySetup
{
    public static IServiceCollection AddErpAuthorization(this IServiceCollection services)
    {
        services.AddMemoryCache();
        services.AddSingleton<AccessService>();
        services.AddScoped<TenantContextInitializer>();
        services.AddScoped<Microsoft.AspNetCore.Components.Server.Circuits.CircuitHandler, TenantCircuitHandler>();
        services.AddScoped<PermissionGuard>();
        services.AddSingleton<IAuthorizationPolicyProvider, PermissionPolicyProvider>();
        services.AddScoped<IAuthorizationHandler, PermissionAuthorizationHandler>();
        services.AddAuthorization();
        return services;
    }

    /// <summary>Between authentication and authorization: gives the request its tenant and a correlation id.</summary>
    public static IApplicationBuilder UseErpTenancy(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var tenant = context.RequestServices.GetRequiredService<Erp.Data.Tenancy.TenantContext>();
        tenant.CorrelationId = context.TraceIdentifier;
        await context.RequestServices.GetRequiredService<TenantContextInitializer>().InitializeAsync(context.User, context.RequestAborted);
        await next();
    });
}
