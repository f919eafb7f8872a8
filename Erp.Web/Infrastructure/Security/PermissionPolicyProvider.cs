using Erp.Domain.Platform;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace Erp.Web.Infrastructure.Security;

/// <summary>Every <c>Module.Action</c> permission is a policy of the same name: <c>[Authorize(Policy = ...)]</c>.</summary>
public sealed class PermissionPolicyProvider(IOptions<AuthorizationOptions> options) : DefaultAuthorizationPolicyProvider(options)
{
    public const string PlatformOperator = "PlatformOperator";

    public override async Task<AuthorizationPolicy?> GetPolicyAsync(string policyName)
    {
        if (PermissionCatalog.Exists(policyName))
        {
            return new AuthorizationPolicyBuilder()
                .RequireAuthenticatedUser()
                .AddRequirements(new PermissionRequirement(policyName))
                .Build();
        }

        if (policyName == PlatformOperator)
        {
            return new AuthorizationPolicyBuilder()
                .RequireAuthenticatedUser()
                .RequireClaim(Tenancy.ErpClaimTypes.PlatformOperator, "true")
                .Build();
        }

        return await base.GetPolicyAsync(policyName);
    }
}
