using Erp.Data;
using Erp.Domain.Common;
using Erp.Domain.Platform;
using Erp.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Platform.Users;

/// <summary>One member of the current tenant, and the choices the member forms need.</summary>
public sealed class MemberQueries(IDbContextFactory<ErpDbContext> dbFactory, PermissionGuard guard)
{
    public async Task<Result<MemberDetails>> GetAsync(string userId, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(PlatformPermissions.ViewUsers, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        // The tenant filter makes a member of another tenant "not found", exactly like an unknown id.
        var member = await db.Memberships.AsNoTracking()
            .Where(m => m.UserId == userId)
            .Select(m => new { m.IsActive, m.DefaultOrganizationId, m.CreatedAt, RoleIds = m.Roles.Select(r => r.RoleId).ToList() })
            .SingleOrDefaultAsync(ct);
        var user = member is null ? null : await db.Users.AsNoTracking()
            .Where(u => u.Id == userId)
            .Select(u => new { u.Email, u.DisplayName, u.IsActive, HasPassword = u.PasswordHash != null })
            .SingleOrDefaultAsync(ct);
        if (member is null || user is null)
        {
            return UserAdminErrors.MemberNotFound;
        }

        return new MemberDetails(userId, user.Email ?? "", user.DisplayName, member.IsActive, user.IsActive, user.HasPassword,
            member.DefaultOrganizationId, member.RoleIds, member.CreatedAt);
    }

    public async Task<IReadOnlyList<RoleOption>> RolesAsync(CancellationToken ct = default)
    {
        if (!await guard.HasAsync(PlatformPermissions.ViewUsers, ct))
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Roles.AsNoTracking().OrderByDescending(r => r.IsBuiltIn).ThenBy(r => r.Name)
            .Select(r => new RoleOption(r.Id, r.Name, r.Description, r.IsBuiltIn)).ToListAsync(ct);
    }

    public async Task<IReadOnlyList<OrganizationOption>> OrganizationsAsync(CancellationToken ct = default)
    {
        if (!await guard.HasAsync(PlatformPermissions.ViewUsers, ct))
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Organizations.AsNoTracking().OrderBy(o => o.Name)
            .Select(o => new OrganizationOption(o.Id, o.Name)).ToListAsync(ct);
    }
}
