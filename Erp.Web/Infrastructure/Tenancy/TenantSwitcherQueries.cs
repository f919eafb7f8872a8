using Erp.Data;
using Erp.Data.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Infrastructure.Tenancy;

public sealed record TenantChoice(Guid Id, string Name);

/// <summary>The tenants and organizations the signed-in user can switch between.</summary>
public sealed class TenantSwitcherQueries(IDbContextFactory<ErpDbContext> dbFactory, ITenantContext tenant)
{
    public async Task<IReadOnlyList<TenantChoice>> MyTenantsAsync(CancellationToken ct = default)
    {
        if (tenant.UserId is not { } userId)
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Memberships.IgnoreQueryFilters([ErpDbContext.TenantFilter])
            .Where(m => m.UserId == userId && m.IsActive)
            .Join(db.Tenants.Where(t => t.IsActive), m => m.TenantId, t => t.Id, (m, t) => t)
            .OrderBy(t => t.Name)
            .Select(t => new TenantChoice(t.Id, t.Name))
            .ToListAsync(ct);
    }

    public async Task<IReadOnlyList<TenantChoice>> OrganizationsAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Organizations.AsNoTracking().OrderBy(o => o.Name).Select(o => new TenantChoice(o.Id, o.Name)).ToListAsync(ct);
    }
}
