using Erp.Data;
using Erp.Domain.Common;
using Erp.Domain.Platform;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Platform.Users;

/// <summary>Checks shared by the member commands: the chosen roles and organization exist in the current tenant.</summary>
internal static class MemberInputs
{
    public static async Task<Error?> CheckAsync(ErpDbContext db, IReadOnlyCollection<Guid> roleIds, Guid? organizationId, CancellationToken ct)
    {
        if (roleIds.Count == 0)
        {
            return UserAdminErrors.RoleRequired;
        }

        var distinct = roleIds.Distinct().ToList();
        if (await db.Roles.CountAsync(r => distinct.Contains(r.Id), ct) != distinct.Count)
        {
            return UserAdminErrors.UnknownRole;
        }

        if (organizationId is { } orgId && !await db.Organizations.AnyAsync(o => o.Id == orgId, ct))
        {
            return UserAdminErrors.UnknownOrganization;
        }

        return null;
    }
}
