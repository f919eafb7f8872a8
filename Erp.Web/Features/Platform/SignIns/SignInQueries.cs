using Erp.Web.Infrastructure.Grids;
using Erp.Data;
using Erp.Domain.Common;
using Erp.Domain.Platform;
using Erp.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Platform.SignIns;

public enum SignInResultFilter
{
    All = 0,
    Succeeded = 1,
    Failed = 2,
    LockedOut = 3,
}

public sealed record SignInQuery(int Page, int PageSize, SignInResultFilter Result = SignInResultFilter.All, string? User = null);

public sealed record SignInRow(Guid Id, DateTimeOffset At, string UserName, bool Succeeded, string Outcome, string? IpAddress, string? UserAgent);

/// <summary>
/// Sign-in attempts of the current tenant's members, newest first. Sign-in events are global, so the membership join
/// (tenant-filtered) is what keeps other tenants' people out; attempts for unknown emails belong to no tenant.
/// </summary>
public sealed class SignInQueries(IDbContextFactory<ErpDbContext> dbFactory, PermissionGuard guard)
{
    public const int MaxPageSize = 200;
    private const string LockedOutOutcome = "Locked out";

    public async Task<Result<Paged<SignInRow>>> ListAsync(SignInQuery query, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(PlatformPermissions.ViewSignIns, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var members = db.Memberships.Select(m => m.UserId);
        var events = db.SignInEvents.AsNoTracking().Where(e => e.UserId != null && members.Contains(e.UserId));
        events = query.Result switch
        {
            SignInResultFilter.Succeeded => events.Where(e => e.Succeeded),
            SignInResultFilter.Failed => events.Where(e => !e.Succeeded && e.Outcome != LockedOutOutcome),
            SignInResultFilter.LockedOut => events.Where(e => e.Outcome == LockedOutOutcome),
            _ => events,
        };
        if (!string.IsNullOrWhiteSpace(query.User))
        {
            // LIKE is case-insensitive for e-mail addresses on SQLite and on SQL Server's default collation.
            var pattern = "%" + query.User.Trim().Replace("\\", "\\\\", StringComparison.Ordinal)
                .Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
            events = events.Where(e => EF.Functions.Like(e.UserName, pattern, "\\"));
        }

        var total = await events.CountAsync(ct);
        var size = Math.Clamp(query.PageSize, 1, MaxPageSize);
        var items = await events.OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .Skip(Math.Max(query.Page, 0) * size).Take(size)
            .Select(e => new SignInRow(e.Id, e.At, e.UserName, e.Succeeded, e.Outcome, e.IpAddress, e.UserAgent))
            .ToListAsync(ct);
        return new Paged<SignInRow>(items, total);
    }
}
