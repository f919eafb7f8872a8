using Erp.Data;
using Erp.Data.Tenancy;
using Erp.Domain.Common;
using Erp.Domain.Platform;
using Erp.Web.Infrastructure.Security;
using Erp.Web.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Platform.Users;

/// <summary>Replaces a member's roles and default organization; the tenant always keeps an active admin.</summary>
public sealed class SetMemberRolesCommand(
    IDbContextFactory<ErpDbContext> dbFactory, PermissionGuard guard, ITenantContext tenant, AccessService access)
{
    public async Task<Result> SetAsync(string userId, IReadOnlyCollection<Guid> roleIds, Guid? defaultOrganizationId,
        CancellationToken ct = default)
    {
        if (await guard.CheckAsync(PlatformPermissions.ManageUsers, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var membership = await db.Memberships.Include(m => m.Roles).SingleOrDefaultAsync(m => m.UserId == userId, ct);
        if (membership is null)
        {
            return UserAdminErrors.MemberNotFound;
        }

        if (await MemberInputs.CheckAsync(db, roleIds, defaultOrganizationId, ct) is { } invalid)
        {
            return invalid;
        }

        var adminRoleId = await AdminSafety.AdminRoleIdAsync(db, ct);
        var losesAdmin = membership.IsActive && membership.Roles.Any(r => r.RoleId == adminRoleId) && !roleIds.Contains(adminRoleId);
        if (losesAdmin && await AdminSafety.IsLastActiveAdminAsync(db, membership.Id, adminRoleId, ct))
        {
            return PlatformErrors.LastAdmin;
        }

        membership.SetRoles(roleIds);
        membership.ChooseOrganization(defaultOrganizationId);
        await db.SaveChangesAsync(ct);
        access.Invalidate(tenant.TenantId!.Value);
        return Result.Success();
    }
}
