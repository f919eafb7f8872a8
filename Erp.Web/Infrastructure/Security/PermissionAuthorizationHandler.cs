using System.Security.Claims;
using Erp.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Authorization;

namespace Erp.Web.Infrastructure.Security;

/// <summary>Grants a permission requirement when the user's active membership in the claimed tenant holds it.</summary>
public sealed class PermissionAuthorizationHandler(AccessService access) : AuthorizationHandler<PermissionRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        var userId = context.User.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is null || !Guid.TryParse(context.User.FindFirstValue(ErpClaimTypes.Tenant), out var tenantId))
        {
            return;
        }

        if ((await access.GetAsync(userId, tenantId)).Has(requirement.Permission))
        {
            context.Succeed(requirement);
        }
    }
}
