using Erp.Data;
using Erp.Domain.Platform;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Platform.Users;

/// <summary>The rule that a tenant keeps at least one active member holding the built-in Admin role.</summary>
internal static class AdminSafety
{
    public static Task<Guid> AdminRoleIdAsync(ErpDbContext db, CancellationToken ct) =>
        db.Roles.Where(r => r.IsBuiltIn && r.Name == BuiltInRoles.Admin).Select(r => r.Id).SingleOrDefaultAsync(ct);

    /// <summary>True when no active member other than <paramref name="membershipId"/> holds the Admin role.</summary>
    public static async Task<bool> IsLastActiveAdminAsync(ErpDbContext db, Guid membershipId, Guid adminRoleId, CancellationToken ct) =>
        !await db.Memberships.AnyAsync(m => m.Id != membershipId && m.IsActive
            && m.Roles.Any(r => r.RoleId == adminRoleId)
            && db.Users.Any(u => u.Id == m.UserId && u.IsActive), ct);
}
