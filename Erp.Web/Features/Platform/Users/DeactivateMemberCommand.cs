using Erp.Data;
using Erp.Data.Identity;
using Erp.Data.Tenancy;
using Erp.Domain.Common;
using Erp.Domain.Platform;
using Erp.Web.Infrastructure.Security;
using Erp.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Platform.Users;

/// <summary>
/// Ends a member's access to the current tenant. The account's security stamp changes, so open sessions are
/// re-validated (and dropped) within the revalidation interval; cached permissions are forgotten at once.
/// </summary>
public sealed class DeactivateMemberCommand(
    IDbContextFactory<ErpDbContext> dbFactory, PermissionGuard guard, ITenantContext tenant, UserManager<ApplicationUser> users,
    AccessService access)
{
    public async Task<Result> DeactivateAsync(string userId, CancellationToken ct = default)
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

        if (userId == tenant.UserId)
        {
            return PlatformErrors.CannotDeactivateSelf;
        }

        if (!membership.IsActive)
        {
            return Result.Success();
        }

        var adminRoleId = await AdminSafety.AdminRoleIdAsync(db, ct);
        if (membership.Roles.Any(r => r.RoleId == adminRoleId) && await AdminSafety.IsLastActiveAdminAsync(db, membership.Id, adminRoleId, ct))
        {
            return PlatformErrors.LastAdmin;
        }

        membership.Deactivate();
        await db.SaveChangesAsync(ct);
        access.Invalidate(tenant.TenantId!.Value);
        if (await users.FindByIdAsync(userId) is { } user)
        {
            await users.UpdateSecurityStampAsync(user);
        }

        return Result.Success();
    }
}

/// <summary>Gives a deactivated member their access to the current tenant back.</summary>
public sealed class ReactivateMemberCommand(
    IDbContextFactory<ErpDbContext> dbFactory, PermissionGuard guard, ITenantContext tenant, AccessService access)
{
    public async Task<Result> ReactivateAsync(string userId, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(PlatformPermissions.ManageUsers, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var membership = await db.Memberships.SingleOrDefaultAsync(m => m.UserId == userId, ct);
        if (membership is null)
        {
            return UserAdminErrors.MemberNotFound;
        }

        membership.Activate();
        await db.SaveChangesAsync(ct);
        access.Invalidate(tenant.TenantId!.Value);
        return Result.Success();
    }
}
