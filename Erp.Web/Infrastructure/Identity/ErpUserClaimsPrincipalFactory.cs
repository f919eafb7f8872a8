using System.Security.Claims;
using Erp.Data;
using Erp.Data.Identity;
using Erp.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Erp.Web.Infrastructure.Identity;

/// <summary>Adds the user's current tenant (an active membership), display name, language, time zone and operator flag to the cookie.</summary>
public sealed class ErpUserClaimsPrincipalFactory(UserManager<ApplicationUser> users, IOptions<IdentityOptions> options, ErpDbContext db)
    : UserClaimsPrincipalFactory<ApplicationUser>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ApplicationUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(ErpClaimTypes.DisplayName, string.IsNullOrWhiteSpace(user.DisplayName) ? user.Email ?? "" : user.DisplayName));
        identity.AddClaim(new Claim(ErpClaimTypes.Language, user.Language));
        identity.AddClaim(new Claim(ErpClaimTypes.TimeZone, user.TimeZone));
        if (user.IsPlatformOperator)
        {
            identity.AddClaim(new Claim(ErpClaimTypes.PlatformOperator, "true"));
        }

        var tenantIds = await db.Memberships.IgnoreQueryFilters([ErpDbContext.TenantFilter])
            .Where(m => m.UserId == user.Id && m.IsActive)
            .Join(db.Tenants.Where(t => t.IsActive), m => m.TenantId, t => t.Id, (m, t) => new { t.Id, t.Name })
            .OrderBy(t => t.Name)
            .Select(t => t.Id)
            .ToListAsync();
        var tenant = user.CurrentTenantId is { } current && tenantIds.Contains(current) ? current : tenantIds.FirstOrDefault();
        if (tenant != Guid.Empty)
        {
            identity.AddClaim(new Claim(ErpClaimTypes.Tenant, tenant.ToString()));
        }

        return identity;
    }
}
