using Erp.Data;
using Erp.Data.Tenancy;
using Erp.Domain.Common;
using Erp.Domain.Platform;
using Erp.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Platform.Organizations;

/// <summary>Creates, edits and soft-deletes the locations of one organization (a tree: shop › zone › aisle › bin).</summary>
public sealed class LocationCommands(
    IDbContextFactory<ErpDbContext> dbFactory, PermissionGuard guard, ITenantContext tenant, TimeProvider clock)
{
    public async Task<Result<Guid>> CreateAsync(Guid organizationId, LocationInput input, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(PlatformPermissions.ManageOrganizations, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (!await db.Organizations.AnyAsync(o => o.Id == organizationId, ct))
        {
            return OrganizationErrors.NotFound;
        }

        if (!Location.UserKinds.Contains(input.Kind))
        {
            return Error.Validation("Choose a location kind.");
        }

        Location location;
        try
        {
            location = new Location(organizationId, input.Name, input.Code, input.Kind);
        }
        catch (DomainException ex)
        {
            return ex.Error;
        }

        if (await CheckAsync(db, location, input.ParentId, ct) is { } invalid)
        {
            return invalid;
        }

        db.Locations.Add(location);
        await db.SaveChangesAsync(ct);
        return location.Id;
    }

    public async Task<Result> UpdateAsync(Guid id, LocationInput input, long expectedVersion, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(PlatformPermissions.ManageOrganizations, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var location = await db.Locations.FirstOrDefaultAsync(l => l.Id == id && l.Kind != LocationKind.Transit, ct);
        if (location is null)
        {
            return OrganizationErrors.LocationNotFound;
        }

        if (location.Version != expectedVersion)
        {
            return OrganizationErrors.LocationChangedByAnotherUser;
        }

        if (!Location.UserKinds.Contains(input.Kind))
        {
            return Error.Validation("Choose a location kind.");
        }

        try
        {
            location.Update(input.Name, input.Code, input.Kind);
        }
        catch (DomainException ex)
        {
            return ex.Error;
        }

        if (await CheckAsync(db, location, input.ParentId, ct) is { } invalid)
        {
            return invalid;
        }

        return await SaveAsync(db, ct);
    }

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
        var location = await db.Locations.FirstOrDefaultAsync(l => l.Id == id && l.Kind != LocationKind.Transit, ct);
        if (location is null)
        {
            return OrganizationErrors.LocationNotFound;
        }

        if (location.Version != expectedVersion)
        {
            return OrganizationErrors.LocationChangedByAnotherUser;
        }

        if (await db.Locations.AnyAsync(l => l.ParentId == id, ct))
        {
            return OrganizationErrors.LocationHasChildren;
        }

        if (await db.StockLevels.AnyAsync(l => l.LocationId == id && l.OnHand != 0m, ct))
        {
            return OrganizationErrors.LocationHasStock;
        }

        location.MarkDeleted(reason, tenant.UserId, clock.GetUtcNow());
        return await SaveAsync(db, ct);
    }

    private static async Task<Result> SaveAsync(ErpDbContext db, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return Result.Success();
        }
        catch (DbUpdateConcurrencyException)
        {
            return OrganizationErrors.LocationChangedByAnotherUser;
        }
    }

    private static async Task<Error?> CheckAsync(ErpDbContext db, Location location, Guid? parentId, CancellationToken ct)
    {
        var codeTaken = await db.Locations.IgnoreQueryFilters([ErpDbContext.SoftDeleteFilter])
            .AnyAsync(l => l.OrganizationId == location.OrganizationId && l.Code == location.Code && l.Id != location.Id, ct);
        if (codeTaken)
        {
            return OrganizationErrors.LocationCodeTaken;
        }

        if (parentId is { } parent)
        {
            var parents = await db.Locations.AsNoTracking().Where(l => l.OrganizationId == location.OrganizationId)
                .ToDictionaryAsync(l => l.Id, l => l.ParentId, ct);
            if (!parents.ContainsKey(parent))
            {
                return OrganizationErrors.LocationParentNotFound;
            }

            if (Hierarchy.WouldCreateCycle(location.Id, parent, parents))
            {
                return OrganizationErrors.LocationParentCycle;
            }
        }

        location.MoveUnder(parentId);
        return null;
    }
}
