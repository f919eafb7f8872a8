using Erp.Data;
using Erp.Data.Tenancy;
using Erp.Domain.Common;
using Erp.Domain.Platform;
using Erp.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Platform.Organizations;

/// <summary>Soft-deletes an organization with a reason; the row stays, hidden by the soft-delete filter.</summary>
public sealed class DeleteOrganizationCommand(
    IDbContextFactory<ErpDbContext> dbFactory, PermissionGuard guard, ITenantContext tenant, TimeProvider clock)
{
    public async Task<Result> DeleteAsync(Guid id, string reason, long expectedVersion, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(PlatformPermissions.ManageOrganizations, ct) is { } denied)
        {
            return denied;
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return CommonErrors.DeleteReasonRequired;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var organization = await db.Organizations.FirstOrDefaultAsync(o => o.Id == id, ct);
        if (organization is null)
        {
            return OrganizationErrors.NotFound;
        }

        if (organization.Version != expectedVersion)
        {
            return OrganizationErrors.ChangedByAnotherUser;
        }

        if (await db.Organizations.AnyAsync(o => o.ParentId == id, ct) || await db.Locations.AnyAsync(l => l.OrganizationId == id, ct))
        {
            return OrganizationErrors.HasChildren;
        }

        if (await db.Memberships.AnyAsync(m => m.DefaultOrganizationId == id, ct))
        {
            return OrganizationErrors.HasMembers;
        }

        if (!await db.Organizations.AnyAsync(o => o.Id != id, ct))
        {
            return OrganizationErrors.LastOrganization;
        }

        organization.MarkDeleted(reason, tenant.UserId, clock.GetUtcNow());
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return OrganizationErrors.ChangedByAnotherUser;
        }

        return Result.Success();
    }
}
