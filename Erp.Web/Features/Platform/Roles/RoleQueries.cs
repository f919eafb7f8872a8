using Erp.Data;
using Erp.Domain.Common;
using Erp.Domain.Platform;
using Erp.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Platform.Roles;

/// <summary>The current tenant's roles: built in first, then the tenant's own.</summary>
public sealed class RoleQueries(IDbContextFactory<ErpDbContext> dbFactory, PermissionGuard guard)
{
    public async Task<Result<IReadOnlyList<RoleRow>>> ListAsync(CancellationToken ct = default)
    {
        if (await guard.CheckAsync(PlatformPermissions.ManageRoles, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var roles = await db.Roles.AsNoTracking()
            .OrderByDescending(r => r.IsBuiltIn).ThenBy(r => r.Name)
            .Select(r => new { r.Id, r.Name, r.Description, r.IsBuiltIn, r.Permissions })
            .ToListAsync(ct);
        var counts = await MemberCountsAsync(db, ct);
        return roles.Select(r => new RoleRow(r.Id, r.Name, r.Description, r.IsBuiltIn, r.Permissions.Count, counts.GetValueOrDefault(r.Id)))
            .ToList();
    }

    public async Task<Result<RoleDetails>> GetAsync(Guid id, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(PlatformPermissions.ManageRoles, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var role = await db.Roles.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, ct);
        if (role is null)
        {
            return UserAdminErrors.RoleNotFound;
        }

        var members = await MemberCountsAsync(db, ct);
        return new RoleDetails(role.Id, role.Name, role.Description, role.IsBuiltIn, role.Permissions, members.GetValueOrDefault(role.Id),
            role.Version);
    }

    /// <summary>Members (active or not) holding each role.</summary>
    internal static async Task<Dictionary<Guid, int>> MemberCountsAsync(ErpDbContext db, CancellationToken ct) =>
        await db.Memberships.SelectMany(m => m.Roles).GroupBy(r => r.RoleId)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct);
}
