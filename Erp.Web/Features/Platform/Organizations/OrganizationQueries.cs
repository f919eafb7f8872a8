using Erp.Data;
using Erp.Domain.Common;
using Erp.Domain.Platform;
using Erp.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Platform.Organizations;

public sealed class OrganizationQueries(IDbContextFactory<ErpDbContext> dbFactory, PermissionGuard guard)
{
    /// <summary>
    /// The tree of organizations with their locations. Search matches names and codes in the database; the matches'
    /// organizations are kept so each hit shows in its place.
    /// </summary>
    public async Task<Result<IReadOnlyList<OrganizationTreeRow>>> TreeAsync(string? search, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(PlatformPermissions.ViewOrganizations, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var term = search?.Trim();
        var organizations = await db.Organizations.AsNoTracking()
            .Select(o => new { o.Id, o.ParentId, o.Name, o.Code, o.BaseCurrency })
            .ToListAsync(ct);
        var locationsQuery = db.Locations.AsNoTracking().Where(l => l.Kind != LocationKind.Transit);
        if (!string.IsNullOrEmpty(term))
        {
            var pattern = $"%{term}%";
            var hitOrganizations = await db.Organizations
                .Where(o => EF.Functions.Like(o.Name, pattern) || EF.Functions.Like(o.Code, pattern))
                .Select(o => o.Id).ToListAsync(ct);
            locationsQuery = locationsQuery.Where(l => EF.Functions.Like(l.Name, pattern) || EF.Functions.Like(l.Code, pattern)
                                                       || hitOrganizations.Contains(l.OrganizationId));
            var withLocationHits = await locationsQuery.Select(l => l.OrganizationId).Distinct().ToListAsync(ct);
            var keep = hitOrganizations.Concat(withLocationHits).ToHashSet();
            organizations = organizations.Where(o => keep.Contains(o.Id)).ToList();
        }

        var locations = await locationsQuery
            .Select(l => new { l.Id, l.OrganizationId, l.ParentId, l.Name, l.Code, l.Kind })
            .ToListAsync(ct);
        var locationCounts = await db.Locations.Where(l => l.Kind != LocationKind.Transit).GroupBy(l => l.OrganizationId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);

        var rows = new List<OrganizationTreeRow>();
        foreach (var (org, depth) in TreeOrder.Flatten(organizations, o => o.Id, o => o.ParentId, o => o.Name))
        {
            rows.Add(new OrganizationTreeRow(org.Id, org.Id, org.Name, org.Code, depth, false, org.BaseCurrency,
                locationCounts.GetValueOrDefault(org.Id)));
            var own = locations.Where(l => l.OrganizationId == org.Id).ToList();
            rows.AddRange(TreeOrder.Flatten(own, l => l.Id, l => l.ParentId, l => l.Name)
                .Select(x => new OrganizationTreeRow(x.Item.Id, org.Id, x.Item.Name, x.Item.Code, depth + 1 + x.Depth, true,
                    x.Item.Kind.ToString(), 0)));
        }

        return rows;
    }

    public async Task<Result<OrganizationDetails>> GetAsync(Guid id, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(PlatformPermissions.ViewOrganizations, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var details = await db.Organizations.AsNoTracking().Where(o => o.Id == id)
            .Select(o => new OrganizationDetails(o.Id, o.Name, o.Code, o.BaseCurrency, o.ParentId,
                db.Organizations.Where(p => p.Id == o.ParentId).Select(p => p.Name).FirstOrDefault(),
                o.LegalName, o.TaxId, o.Address, o.Email, o.Phone, o.Version, o.UpdatedAt,
                db.Users.Where(u => u.Id == o.UpdatedBy).Select(u => u.DisplayName != "" ? u.DisplayName : u.Email).FirstOrDefault()))
            .FirstOrDefaultAsync(ct);
        return details is null ? OrganizationErrors.NotFound : details;
    }

    /// <summary>Organizations that may become the parent of <paramref name="forId"/>: all but itself and its descendants.</summary>
    public async Task<Result<IReadOnlyList<OrganizationOption>>> ParentOptionsAsync(Guid? forId, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(PlatformPermissions.ViewOrganizations, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var all = await db.Organizations.AsNoTracking().Select(o => new { o.Id, o.ParentId, o.Name, o.Code }).ToListAsync(ct);
        var parents = all.ToDictionary(o => o.Id, o => o.ParentId);
        return TreeOrder.Flatten(all, o => o.Id, o => o.ParentId, o => o.Name)
            .Where(x => forId is not { } self || !Hierarchy.WouldCreateCycle(self, x.Item.Id, parents))
            .Select(x => new OrganizationOption(x.Item.Id, x.Item.Name, x.Item.Code, x.Depth))
            .ToList();
    }

    public async Task<Result<IReadOnlyList<LocationRow>>> LocationsAsync(Guid organizationId, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(PlatformPermissions.ViewOrganizations, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (!await db.Organizations.AnyAsync(o => o.Id == organizationId, ct))
        {
            return OrganizationErrors.NotFound;
        }

        var locations = await db.Locations.AsNoTracking().Where(l => l.OrganizationId == organizationId && l.Kind != LocationKind.Transit)
            .Select(l => new { l.Id, l.ParentId, l.Name, l.Code, l.Kind, l.Version }).ToListAsync(ct);
        return TreeOrder.Flatten(locations, l => l.Id, l => l.ParentId, l => l.Name)
            .Select(x => new LocationRow(x.Item.Id, x.Item.ParentId, x.Item.Name, x.Item.Code, x.Item.Kind, x.Depth, x.Item.Version))
            .ToList();
    }
}
