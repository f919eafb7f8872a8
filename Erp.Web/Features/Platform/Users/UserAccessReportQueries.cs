using Erp.Data;
using Erp.Data.Tenancy;
using Erp.Domain.Common;
using Erp.Domain.Platform;
using Erp.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Platform.Users;

/// <summary>Every member of the current tenant with their roles and the permissions those roles grant.</summary>
public sealed class UserAccessReportQueries(IDbContextFactory<ErpDbContext> dbFactory, PermissionGuard guard, ITenantContext tenant,
    TimeProvider clock)
{
    public async Task<Result<UserAccessReport>> GetAsync(CancellationToken ct = default)
    {
        if (await guard.CheckAsync(PlatformPermissions.ViewUsers, ct) is { } denied || tenant.TenantId is not { } tenantId)
        {
            return CommonErrors.Forbidden;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var tenantName = await db.Tenants.Where(t => t.Id == tenantId).Select(t => t.Name).SingleAsync(ct);
        var organization = tenant.OrganizationId is { } orgId
            ? await db.Organizations.Where(o => o.Id == orgId).Select(o => o.Name).SingleOrDefaultAsync(ct)
            : null;
        var roles = await db.Roles.AsNoTracking().ToDictionaryAsync(r => r.Id, r => new { r.Name, r.Permissions }, ct);
        var links = (await db.Set<MembershipRole>().AsNoTracking().Select(l => new { l.MembershipId, l.RoleId }).ToListAsync(ct))
            .ToLookup(l => l.MembershipId, l => l.RoleId);
        var members = await (from m in db.Memberships.AsNoTracking()
                             join u in db.Users.AsNoTracking() on m.UserId equals u.Id
                             orderby u.DisplayName, u.Email
                             select new { m.Id, u.DisplayName, u.Email, IsActive = m.IsActive && u.IsActive })
            .ToListAsync(ct);

        var lines = members.Select(m =>
        {
            var held = links[m.Id].Where(roles.ContainsKey).Select(id => roles[id]).OrderBy(r => r.Name, StringComparer.CurrentCulture).ToList();
            // An inactive member holds roles but can use none of them.
            var permissions = m.IsActive
                ? held.SelectMany(r => r.Permissions).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList()
                : [];
            return new UserAccessLine(m.DisplayName, m.Email ?? "", m.IsActive, held.Select(r => r.Name).ToList(), permissions);
        }).ToList();
        return new UserAccessReport(tenantName, organization ?? tenantName, clock.GetUtcNow(), lines);
    }
}
