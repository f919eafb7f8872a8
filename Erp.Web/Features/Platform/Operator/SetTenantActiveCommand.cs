using Erp.Data;
using Erp.Data.Identity;
using Erp.Domain.Common;
using Erp.Domain.Platform;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Platform.Operator;

/// <summary>
/// Suspends or resumes a whole tenant. Suspending renews its members' security stamps so their open sessions end
/// within the revalidation interval; on their next sign-in the tenant is no longer offered.
/// </summary>
public sealed class SetTenantActiveCommand(
    IDbContextFactory<ErpDbContext> dbFactory, PlatformOperatorGuard guard, UserManager<ApplicationUser> users)
{
    public async Task<Result> SetActiveAsync(Guid tenantId, bool active, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var tenant = await db.Tenants.SingleOrDefaultAsync(t => t.Id == tenantId, ct);
        if (tenant is null)
        {
            return UserAdminErrors.TenantNotFound;
        }

        if (active)
        {
            tenant.Activate();
        }
        else
        {
            tenant.Deactivate();
        }

        await db.SaveChangesAsync(ct);
        if (!active)
        {
            var memberIds = await db.Memberships.IgnoreQueryFilters([ErpDbContext.TenantFilter])
                .Where(m => m.TenantId == tenantId).Select(m => m.UserId).ToListAsync(ct);
            foreach (var userId in memberIds)
            {
                if (await users.FindByIdAsync(userId) is { } account)
                {
                    await users.UpdateSecurityStampAsync(account);
                }
            }
        }

        return Result.Success();
    }
}
