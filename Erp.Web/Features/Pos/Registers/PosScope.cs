using Erp.Data;
using Erp.Data.Tenancy;
using Erp.Domain.Common;
using Erp.Web.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Pos.Registers;

/// <summary>
/// Where the signed-in user works at the till: the organizations under their default organization (itself and its
/// children), so a head-office manager sets up every shop and a cashier of the shops sees only the shops' registers.
/// </summary>
public sealed class PosScope(ITenantContext tenant, AccessService access)
{
    public string? UserId => tenant.UserId;

    /// <summary>True when the user holds any of <paramref name="permissions"/>.</summary>
    public async Task<bool> HasAnyAsync(CancellationToken ct, params string[] permissions)
    {
        if (tenant is not { UserId: { } userId, TenantId: { } tenantId })
        {
            return false;
        }

        var granted = await access.GetAsync(userId, tenantId, ct);
        return permissions.Any(granted.Has);
    }

    public async Task<Error?> CheckAnyAsync(CancellationToken ct, params string[] permissions) =>
        await HasAnyAsync(ct, permissions) ? null : CommonErrors.Forbidden;

    /// <summary>The user's organization and its descendants; every organization when the user has no default one.</summary>
    public async Task<IReadOnlyList<Guid>> OrganizationsAsync(ErpDbContext db, CancellationToken ct)
    {
        var parents = await db.Organizations.AsNoTracking().Select(o => new { o.Id, o.ParentId }).ToListAsync(ct);
        var root = tenant is { UserId: { } userId, TenantId: { } tenantId }
            ? (await access.GetAsync(userId, tenantId, ct)).DefaultOrganizationId
            : null;
        if (root is null || parents.All(p => p.Id != root))
        {
            return [.. parents.Select(p => p.Id)];
        }

        var result = new List<Guid> { root.Value };
        for (var i = 0; i < result.Count; i++)
        {
            result.AddRange(parents.Where(p => p.ParentId == result[i] && !result.Contains(p.Id)).Select(p => p.Id));
        }

        return result;
    }

    /// <summary>The display name of the signed-in user (the e-mail when they have none).</summary>
    public async Task<string> UserNameAsync(ErpDbContext db, CancellationToken ct)
    {
        var user = await db.Users.AsNoTracking().Where(u => u.Id == tenant.UserId)
            .Select(u => new { u.DisplayName, u.Email }).FirstOrDefaultAsync(ct);
        return string.IsNullOrWhiteSpace(user?.DisplayName) ? user?.Email ?? "Unknown user" : user.DisplayName;
    }
}
