using Erp.Data;
using Erp.Domain.Common;
using Erp.Domain.Platform;
using Erp.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Platform.Organizations;

/// <summary>Creates and edits organizations. Edits carry the version the user loaded: a stale one is refused.</summary>
public sealed class SaveOrganizationCommand(IDbContextFactory<ErpDbContext> dbFactory, PermissionGuard guard)
{
    public async Task<Result<Guid>> CreateAsync(OrganizationInput input, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(PlatformPermissions.ManageOrganizations, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        Organization organization;
        try
        {
            organization = new Organization(input.Name, input.Code, input.BaseCurrency);
            Apply(organization, input);
        }
        catch (DomainException ex)
        {
            return ex.Error;
        }

        if (await CheckAsync(db, organization, input.ParentId, ct) is { } invalid)
        {
            return invalid;
        }

        db.Organizations.Add(organization);
        await db.SaveChangesAsync(ct);
        return organization.Id;
    }

    /// <summary>Saves the edit if nobody saved since <paramref name="expectedVersion"/>; returns the new version.</summary>
    public async Task<Result<long>> UpdateAsync(Guid id, OrganizationInput input, long expectedVersion, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(PlatformPermissions.ManageOrganizations, ct) is { } denied)
        {
            return denied;
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

        try
        {
            Apply(organization, input);
        }
        catch (DomainException ex)
        {
            return ex.Error;
        }

        if (await CheckAsync(db, organization, input.ParentId, ct) is { } invalid)
        {
            return invalid;
        }

        organization.MoveUnder(input.ParentId);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Saved by someone else between our read and our write: the version check in the UPDATE caught it.
            return OrganizationErrors.ChangedByAnotherUser;
        }

        return organization.Version;
    }

    private static void Apply(Organization organization, OrganizationInput input) =>
        organization.Update(input.Name, input.Code, input.BaseCurrency, input.LegalName, input.TaxId, input.Address,
            input.Email, input.Phone);

    private static async Task<Error?> CheckAsync(ErpDbContext db, Organization organization, Guid? parentId, CancellationToken ct)
    {
        var codeTaken = await db.Organizations.IgnoreQueryFilters([ErpDbContext.SoftDeleteFilter])
            .AnyAsync(o => o.Code == organization.Code && o.Id != organization.Id, ct);
        if (codeTaken)
        {
            return OrganizationErrors.CodeTaken;
        }

        if (parentId is not { } parent)
        {
            return null;
        }

        var parents = await db.Organizations.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.ParentId, ct);
        if (!parents.ContainsKey(parent))
        {
            return OrganizationErrors.ParentNotFound;
        }

        if (Hierarchy.WouldCreateCycle(organization.Id, parent, parents))
        {
            return OrganizationErrors.ParentCycle;
        }

        organization.MoveUnder(parent);
        return null;
    }
}
