using Erp.Domain.Common;

namespace Erp.Domain.Platform;

/// <summary>A user's place in one tenant: active or not, and the roles held there.</summary>
public sealed class TenantMembership : TenantEntity
{
    private readonly List<MembershipRole> _roles = [];

    private TenantMembership() { }

    public TenantMembership(string userId, Guid? defaultOrganizationId)
    {
        UserId = userId;
        DefaultOrganizationId = defaultOrganizationId;
        IsActive = true;
    }

    public string UserId { get; private set; } = "";
    public bool IsActive { get; private set; }
    public Guid? DefaultOrganizationId { get; private set; }
    public IReadOnlyCollection<MembershipRole> Roles => _roles;

    public void Activate() => IsActive = true;

    public void Deactivate() => IsActive = false;

    public void ChooseOrganization(Guid? organizationId) => DefaultOrganizationId = organizationId;

    /// <summary>Replaces the member's roles with exactly <paramref name="roleIds"/>.</summary>
    public void SetRoles(IEnumerable<Guid> roleIds)
    {
        var wanted = roleIds.ToHashSet();
        _roles.RemoveAll(r => !wanted.Contains(r.RoleId));
        foreach (var roleId in wanted.Where(id => _roles.All(r => r.RoleId != id)))
        {
            _roles.Add(new MembershipRole(Id, roleId));
        }
    }
}

public sealed class MembershipRole : Entity, ITenantOwned, IAudited
{
    private MembershipRole() { }

    internal MembershipRole(Guid membershipId, Guid roleId)
    {
        MembershipId = membershipId;
        RoleId = roleId;
    }

    public Guid TenantId { get; private set; }
    public Guid MembershipId { get; private set; }
    public Guid RoleId { get; private set; }
}
