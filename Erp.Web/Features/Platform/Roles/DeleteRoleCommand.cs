using Erp.Data;
using Erp.Data.Tenancy;
using Erp.Domain.Common;
using Erp.Domain.Platform;
using Erp.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Platform.Roles;

/// <summary>Soft-deletes (with a reason) a custom role that no member holds.</summary>
public sealed class DeleteRoleCommand(
    IDbContextFactory<ErpDbContext> dbFactory, PermissionGuard guard, ITenantContext tenant, TimeProvider clock)
{
    public async Task<Result> DeleteAsync(Guid id, string reason, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(PlatformPermissions.ManageRoles, ct) is { } denied)
        {
            return denied;
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return CommonErrors.DeleteReasonRequired;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var role = await db.Roles.SingleOrDefaultAsync(r => r.Id == id, ct);
        if (role is null)
        {
            return UserAdminErrors.RoleNotFound;
        }

        if (role.IsBuiltIn)
        {
            return PlatformErrors.BuiltInRoleReadOnly;
        }

        if (await db.Memberships.AnyAsync(m => m.Roles.Any(r => r.RoleId == id), ct))
        {
            return UserAdminErrors.RoleInUse;
        }

        role.MarkDeleted(reason, tenant.UserId, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return Result.Success();
    }
}
