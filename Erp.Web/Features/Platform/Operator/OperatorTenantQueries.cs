using Erp.Data;
using Erp.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Platform.Operator;

public sealed record TenantRow(Guid Id, string Name, string Code, bool IsActive, DateTimeOffset CreatedAt, int MemberCount);

/// <summary>All tenants of the platform, for the operator only.</summary>
public sealed class OperatorTenantQueries(IDbContextFactory<ErpDbContext> dbFactory, PlatformOperatorGuard guard)
{
    public async Task<Result<IReadOnlyList<TenantRow>>> ListAsync(CancellationToken ct = default)
    {
        if (await guard.CheckAsync(ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        // The operator works across tenants: counting memberships is the one place this screen lifts the tenant filter.
        var counts = await db.Memberships.IgnoreQueryFilters([ErpDbContext.TenantFilter])
            .Where(m => m.IsActive)
            .GroupBy(m => m.TenantId)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var tenants = await db.Tenants.AsNoTracking().OrderBy(t => t.Name).ToListAsync(ct);
        return tenants.Select(t => new TenantRow(t.Id, t.Name, t.Code, t.IsActive, t.CreatedAt, counts.GetValueOrDefault(t.Id))).ToList();
    }
}
