namespace Erp.Web.Infrastructure.Tenancy;

/// <summary>What one user may do in one tenant, as loaded from memberships and roles.</summary>
public sealed record UserAccess(bool IsActiveMember, Guid? DefaultOrganizationId, IReadOnlySet<string> Permissions)
{
    public static readonly UserAccess None = new(false, null, new HashSet<string>());

    public bool Has(string permission) => IsActiveMember && Permissions.Contains(permission);
}
