using Erp.Web.Infrastructure.Grids;
using Erp.Data;
using Erp.Domain.Common;
using Erp.Domain.Platform;
using Erp.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Platform.Users;

/// <summary>
/// The tenant's members for the users grid and its Excel export: filtering, sorting and paging run in the database,
/// scoped to the current tenant by the membership query filter (user accounts themselves are global).
/// </summary>
public sealed class UserQueries(IDbContextFactory<ErpDbContext> dbFactory, PermissionGuard guard)
{
    public static readonly IReadOnlyList<string> SortKeys = ["name", "email", "active", "lastSignIn"];

    public async Task<Result<Paged<UserRow>>> ListAsync(UserListQuery query, int page, int pageSize, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(PlatformPermissions.ViewUsers, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var filtered = Filter(db, query);
        var total = await filtered.CountAsync(ct);
        var rows = await Sort(filtered, query).Skip(Math.Max(0, page) * pageSize).Take(pageSize).ToListAsync(ct);
        var roles = await RoleNamesAsync(db, rows.Select(r => r.MembershipId).ToList(), ct);
        return new Paged<UserRow>(rows.Select(r => r.ToRow(roles)).ToList(), total);
    }

    /// <summary>Every row of the view, in the view's order, for the Excel export (streamed from one context).</summary>
    public async Task<Result<UserExportRows>> ExportAsync(UserListQuery query, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(PlatformPermissions.ViewUsers, ct) is { } denied)
        {
            return denied;
        }

        return new UserExportRows(StreamAsync(query, ct));
    }

    public async Task<IReadOnlyList<RoleOption>> RolesAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Roles.AsNoTracking().OrderBy(r => r.Name).Select(r => new RoleOption(r.Id, r.Name, r.Description, r.IsBuiltIn)).ToListAsync(ct);
    }

    private async IAsyncEnumerable<UserRow> StreamAsync(UserListQuery query,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var roles = await RoleNamesAsync(db, null, ct);
        await foreach (var row in Sort(Filter(db, query), query).AsAsyncEnumerable().WithCancellation(ct))
        {
            yield return row.ToRow(roles);
        }
    }

    private static IQueryable<MemberProjection> Filter(ErpDbContext db, UserListQuery query)
    {
        var members = from m in db.Memberships.AsNoTracking()
                      join u in db.Users.AsNoTracking() on m.UserId equals u.Id
                      select new { m, u };
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var pattern = "%" + EscapeLike(query.Search.Trim()) + "%";
            members = members.Where(x => EF.Functions.Like(x.u.DisplayName, pattern, "\\")
                || EF.Functions.Like(x.u.Email!, pattern, "\\"));
        }

        if (query.Role is { } roleId)
        {
            members = members.Where(x => x.m.Roles.Any(r => r.RoleId == roleId));
        }

        if (query.Active is { } active)
        {
            members = members.Where(x => (x.m.IsActive && x.u.IsActive) == active);
        }

        return members.Select(x => new MemberProjection
        {
            MembershipId = x.m.Id,
            UserId = x.u.Id,
            Name = x.u.DisplayName,
            Email = x.u.Email ?? "",
            IsActive = x.m.IsActive && x.u.IsActive,
            LastSignIn = db.SignInEvents.Where(e => e.UserId == x.u.Id && e.Succeeded).Max(e => (DateTimeOffset?)e.At),
        });
    }

    /// <summary>Sort keys are a whitelist; ties break on email then id so pages and exports agree on the order.</summary>
    private static IQueryable<MemberProjection> Sort(IQueryable<MemberProjection> rows, UserListQuery query)
    {
        var ordered = (query.Sort, query.Desc) switch
        {
            ("email", false) => rows.OrderBy(r => r.Email),
            ("email", true) => rows.OrderByDescending(r => r.Email),
            ("active", false) => rows.OrderBy(r => r.IsActive),
            ("active", true) => rows.OrderByDescending(r => r.IsActive),
            ("lastSignIn", false) => rows.OrderBy(r => r.LastSignIn),
            ("lastSignIn", true) => rows.OrderByDescending(r => r.LastSignIn),
            (_, true) => rows.OrderByDescending(r => r.Name),
            _ => rows.OrderBy(r => r.Name),
        };
        return ordered.ThenBy(r => r.Email).ThenBy(r => r.UserId);
    }

    /// <summary>Role names per membership; all of the tenant's when <paramref name="membershipIds"/> is null.</summary>
    private static async Task<ILookup<Guid, string>> RoleNamesAsync(ErpDbContext db, List<Guid>? membershipIds, CancellationToken ct)
    {
        var links = db.Set<MembershipRole>().AsNoTracking();
        if (membershipIds is not null)
        {
            links = links.Where(l => membershipIds.Contains(l.MembershipId));
        }

        var pairs = await links.Join(db.Roles, l => l.RoleId, r => r.Id, (l, r) => new { l.MembershipId, r.Name })
            .ToListAsync(ct);
        return pairs.OrderBy(p => p.Name, StringComparer.CurrentCulture).ToLookup(p => p.MembershipId, p => p.Name);
    }

    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal);

    private sealed class MemberProjection
    {
        public Guid MembershipId { get; init; }
        public string UserId { get; init; } = "";
        public string Name { get; init; } = "";
        public string Email { get; init; } = "";
        public bool IsActive { get; init; }
        public DateTimeOffset? LastSignIn { get; init; }

        public UserRow ToRow(ILookup<Guid, string> roles) =>
            new(UserId, Name, Email, roles[MembershipId].ToList(), IsActive, LastSignIn);
    }
}
