using Erp.Data;
using Erp.Data.Tenancy;
using Erp.Domain.Platform;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Platform.Dashboard;

public sealed record MyAccessDetails(string Tenant, string? Organization, IReadOnlyList<string> Roles, int PermissionCount,
    IReadOnlyList<string> Modules);

/// <summary>What the signed-in user works in and with: shown on everyone's dashboard.</summary>
public sealed class MyAccessQueries(IDbContextFactory<ErpDbContext> dbFactory, ITenantContext tenant)
{
    public async Task<MyAccessDetails?> GetAsync(CancellationToken ct = default)
    {
        if (tenant is not { TenantId: { } tenantId, UserId: { } userId })
        {
            return null;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var tenantName = await db.Tenants.Where(t => t.Id == tenantId).Select(t => t.Name).SingleAsync(ct);
        var organization = tenant.OrganizationId is { } orgId
            ? await db.Organizations.Where(o => o.Id == orgId).Select(o => o.Name).SingleOrDefaultAsync(ct)
            : null;
        var roleIds = db.Memberships.Where(m => m.UserId == userId).SelectMany(m => m.Roles).Select(r => r.RoleId);
        var roles = await db.Roles.Where(r => roleIds.Contains(r.Id)).OrderBy(r => r.Name)
            .Select(r => new { r.Name, r.Permissions }).ToListAsync(ct);
        var permissions = roles.SelectMany(r => r.Permissions).Distinct().ToList();
        var modules = PermissionCatalog.All.Where(p => permissions.Contains(p.Name)).Select(p => p.Module).Distinct().Order().ToList();
        return new MyAccessDetails(tenantName, organization, roles.Select(r => r.Name).ToList(), permissions.Count, modules);
    }
}
