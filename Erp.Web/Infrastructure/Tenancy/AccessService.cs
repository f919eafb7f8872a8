using Erp.Data;
using Erp.Data.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Erp.Web.Infrastructure.Tenancy;

/// <summary>
/// Loads a user's membership and permissions in a tenant, cached briefly so that every check does not hit the
/// database, and short enough that deactivating a user or changing a role bites within a minute.
/// </summary>
public sealed class AccessService(IServiceScopeFactory scopes, IMemoryCache cache)
{
    private static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);

    public async Task<UserAccess> GetAsync(string userId, Guid tenantId, CancellationToken ct = default)
    {
        var key = (nameof(AccessService), userId, tenantId, Generation(tenantId));
        if (cache.TryGetValue(key, out UserAccess? cached) && cached is not null)
        {
            return cached;
        }

        var access = await LoadAsync(userId, tenantId, ct);
        cache.Set(key, access, CacheFor);
        return access;
    }

    /// <summary>Forgets cached access for a tenant after its roles or members change.</summary>
    public void Invalidate(Guid tenantId) => cache.Set(("generation", tenantId), Generation(tenantId) + 1);

    private int Generation(Guid tenantId) => cache.TryGetValue(("generation", tenantId), out int g) ? g : 0;

    private async Task<UserAccess> LoadAsync(string userId, Guid tenantId, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var tenantContext = scope.ServiceProvider.GetRequiredService<ITenantContext>();
        using var _ = tenantContext.BeginScope(tenantId, userId);
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<ErpDbContext>>().CreateDbContextAsync(ct);

        var active = await db.Users.AsNoTracking().AnyAsync(u => u.Id == userId && u.IsActive, ct);
        var membership = await db.Memberships.AsNoTracking()
            .Where(m => m.UserId == userId && m.IsActive)
            .Select(m => new { m.Id, m.DefaultOrganizationId })
            .SingleOrDefaultAsync(ct);
        if (!active || membership is null)
        {
            return UserAccess.None;
        }

        var roleIds = db.Set<Erp.Domain.Platform.MembershipRole>().Where(r => r.MembershipId == membership.Id).Select(r => r.RoleId);
        var permissionLists = await db.Roles.AsNoTracking().Where(r => roleIds.Contains(r.Id)).Select(r => r.Permissions).ToListAsync(ct);
        var permissions = permissionLists.SelectMany(p => p).ToHashSet(StringComparer.Ordinal);
        return new UserAccess(true, membership.DefaultOrganizationId, permissions);
    }
}
