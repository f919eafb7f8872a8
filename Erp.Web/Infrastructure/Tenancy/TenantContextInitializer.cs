using System.Security.Claims;
using Erp.Data.Tenancy;

namespace Erp.Web.Infrastructure.Tenancy;

/// <summary>Sets the scope's tenant from the signed-in user's tenant claim, only while the membership is active.</summary>
public sealed class TenantContextInitializer(TenantContext tenant, AccessService access)
{
    public async Task InitializeAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        var userId = user.Identity?.IsAuthenticated == true ? user.FindFirstValue(ClaimTypes.NameIdentifier) : null;
        if (userId is null)
        {
            tenant.Set(null, null, null);
            return;
        }

        if (Guid.TryParse(user.FindFirstValue(ErpClaimTypes.Tenant), out var tenantId))
        {
            var userAccess = await access.GetAsync(userId, tenantId, ct);
            if (userAccess.IsActiveMember)
            {
                tenant.Set(tenantId, userAccess.DefaultOrganizationId, userId);
                return;
            }
        }

        tenant.Set(null, null, userId);
    }
}
