using Erp.Domain.Common;

namespace Erp.Domain.Platform;

/// <summary>A shop, warehouse or place inside one (zone, aisle, bin); locations form a tree per organization.</summary>
public sealed class Location : TenantEntity, IOrganizationOwned
{
    private Location() { }

    public Location(Guid organizationId, string name, string code, LocationKind kind, Guid? parentId = null)
    {
        OrganizationId = organizationId;
        ParentId = parentId;
        Update(name, code, kind);
    }

    public Guid OrganizationId { get; private set; }
    public Guid? ParentId { get; private set; }
    public string Name { get; private set; } = "";
    public string Code { get; private set; } = "";
    public LocationKind Kind { get; private set; }

    /// <summary>The organization's in-transit location: made and kept by the system, never edited by users.</summary>
    public bool IsTransit => Kind == LocationKind.Transit;

    /// <summary>The kinds a user may choose.</summary>
    public static IReadOnlyList<LocationKind> UserKinds { get; } = [.. Enum.GetValues<LocationKind>().Where(k => k != LocationKind.Transit)];

    /// <summary>Places the location under <paramref name="parentId"/> of the same organization; the caller has checked for cycles.</summary>
    public void MoveUnder(Guid? parentId)
    {
        if (parentId == Id)
        {
            throw new DomainException(OrganizationErrors.LocationParentCycle);
        }

        ParentId = parentId;
    }

    public void Update(string name, string code, LocationKind kind)
    {
        Name = Text.Required(name, 200, "Name");
        Code = Text.Required(code, 30, "Code").ToUpperInvariant();
        Kind = Enum.IsDefined(kind) ? kind : throw new DomainException(Error.Validation("Choose a location kind."));
    }
}
