using Erp.Domain.Common;

namespace Erp.Domain.Platform;

/// <summary>A named set of permissions: built in (read-only) or defined by a tenant admin.</summary>
public sealed class TenantRole : TenantEntity
{
    private TenantRole() { }

    public TenantRole(string name, string? description, IEnumerable<string> permissions, bool isBuiltIn = false)
    {
        IsBuiltIn = isBuiltIn;
        Apply(name, description, permissions);
    }

    public string Name { get; private set; } = "";
    public string? Description { get; private set; }
    public bool IsBuiltIn { get; private set; }
    public List<string> Permissions { get; private set; } = [];

    public static TenantRole BuiltIn(string name) =>
        new(name, null, BuiltInRoles.PermissionsOf(name), isBuiltIn: true);

    public Result Update(string name, string? description, IEnumerable<string> permissions)
    {
        if (IsBuiltIn)
        {
            return PlatformErrors.BuiltInRoleReadOnly;
        }

        Apply(name, description, permissions);
        return Result.Success();
    }

    /// <summary>Brings a built-in role up to date with the permission catalog (new module permissions).</summary>
    public void SyncBuiltIn()
    {
        if (IsBuiltIn)
        {
            Permissions = [.. BuiltInRoles.PermissionsOf(Name)];
        }
    }

    private void Apply(string name, string? description, IEnumerable<string> permissions)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > 100)
        {
            throw new DomainException(PlatformErrors.RoleNameInvalid);
        }

        var list = permissions.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (list.Any(p => !PermissionCatalog.Exists(p)))
        {
            throw new DomainException(PlatformErrors.UnknownPermission);
        }

        Name = name.Trim();
        Description = Text.Optional(description, 500, "Description");
        Permissions = list;
    }
}
