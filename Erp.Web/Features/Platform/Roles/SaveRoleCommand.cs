using Erp.Data;
using Erp.Data.Tenancy;
using Erp.Domain.Common;
using Erp.Domain.Platform;
using Erp.Web.Infrastructure.Security;
using Erp.Web.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Platform.Roles;

/// <summary>Creates and edits the tenant's own roles. Built-in roles are read-only; names are unique among live roles.</summary>
public sealed class SaveRoleCommand(
    IDbContextFactory<ErpDbContext> dbFactory, PermissionGuard guard, ITenantContext tenant, AccessService access)
{
    public async Task<Result<Guid>> CreateAsync(SaveRoleRequest request, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(PlatformPermissions.ManageRoles, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await ValidateAsync(db, request, null, ct) is { } invalid)
        {
            return invalid;
        }

        TenantRole role;
        try
        {
            role = new TenantRole(request.Name, request.Description, request.Permissions);
        }
        catch (DomainException ex)
        {
            return ex.Error;
        }

        db.Roles.Add(role);
        await db.SaveChangesAsync(ct);
        return role.Id;
    }

    /// <param name="version">The version the editor loaded; a save over someone else's change is refused.</param>
    public async Task<Result> UpdateAsync(Guid id, SaveRoleRequest request, long version, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(PlatformPermissions.ManageRoles, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var role = await db.Roles.SingleOrDefaultAsync(r => r.Id == id, ct);
        if (role is null)
        {
            return UserAdminErrors.RoleNotFound;
        }

        if (role.IsBuiltIn)
        {
            return PlatformErrors.BuiltInRoleReadOnly;
        }

        if (await ValidateAsync(db, request, id, ct) is { } invalid)
        {
            return invalid;
        }

        db.Entry(role).Property(r => r.Version).OriginalValue = version;
        try
        {
            if (role.Update(request.Name, request.Description, request.Permissions) is { Error: { } error })
            {
                return error;
            }
        }
        catch (DomainException ex)
        {
            return ex.Error;
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return CommonErrors.ChangedByAnotherUser;
        }

        access.Invalidate(tenant.TenantId!.Value);
        return Result.Success();
    }

    private static async Task<Error?> ValidateAsync(ErpDbContext db, SaveRoleRequest request, Guid? existingId, CancellationToken ct)
    {
        var name = (request.Name ?? "").Trim();
        if (name.Length is 0 or > 100)
        {
            return PlatformErrors.RoleNameInvalid;
        }

        if (request.Permissions.Count == 0)
        {
            return UserAdminErrors.PermissionRequired;
        }

        if (request.Permissions.Any(p => !PermissionCatalog.Exists(p)))
        {
            return PlatformErrors.UnknownPermission;
        }

        // A tenant has a handful of roles: compare case-insensitively in memory, the same on both providers.
        var names = await db.Roles.Where(r => r.Id != existingId).Select(r => r.Name).ToListAsync(ct);
        var taken = names.Contains(name, StringComparer.OrdinalIgnoreCase);
        return taken ? PlatformErrors.RoleNameTaken : null;
    }
}
