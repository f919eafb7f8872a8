using System.ComponentModel.DataAnnotations;
using Erp.Domain.Platform;

namespace Erp.Web.Features.Platform.Organizations;

/// <summary>The organization form; the service validates again through the entity.</summary>
public sealed class OrganizationInput
{
    [Required, MaxLength(200)]
    public string Name { get; set; } = "";

    [Required, MaxLength(20), RegularExpression("^[A-Za-z0-9-]+$", ErrorMessage = "Use letters, digits and dashes.")]
    public string Code { get; set; } = "";

    [Required, RegularExpression("^[A-Za-z]{3}$", ErrorMessage = "Use a three-letter ISO code such as USD.")]
    public string BaseCurrency { get; set; } = "USD";

    public Guid? ParentId { get; set; }

    [MaxLength(200)]
    public string? LegalName { get; set; }

    [MaxLength(50)]
    public string? TaxId { get; set; }

    [MaxLength(500)]
    public string? Address { get; set; }

    [MaxLength(200), EmailAddress]
    public string? Email { get; set; }

    [MaxLength(50)]
    public string? Phone { get; set; }

    public OrganizationInput Copy() => (OrganizationInput)MemberwiseClone();
}

public sealed record OrganizationDetails(
    Guid Id, string Name, string Code, string BaseCurrency, Guid? ParentId, string? ParentName, string? LegalName,
    string? TaxId, string? Address, string? Email, string? Phone, long Version, DateTimeOffset? UpdatedAt, string? UpdatedByName)
{
    public OrganizationInput ToInput() => new()
    {
        Name = Name, Code = Code, BaseCurrency = BaseCurrency, ParentId = ParentId, LegalName = LegalName, TaxId = TaxId,
        Address = Address, Email = Email, Phone = Phone,
    };
}

/// <summary>One line of the organization tree: organizations in tree order, each followed by its locations.</summary>
public sealed record OrganizationTreeRow(
    Guid Id, Guid OrganizationId, string Name, string Code, int Depth, bool IsLocation, string? Detail, int LocationCount);

public sealed record OrganizationOption(Guid Id, string Name, string Code, int Depth);

public sealed class LocationInput
{
    [Required, MaxLength(200)]
    public string Name { get; set; } = "";

    [Required, MaxLength(30), RegularExpression("^[A-Za-z0-9-]+$", ErrorMessage = "Use letters, digits and dashes.")]
    public string Code { get; set; } = "";

    public LocationKind Kind { get; set; } = LocationKind.Shop;

    public Guid? ParentId { get; set; }
}

public sealed record LocationRow(Guid Id, Guid? ParentId, string Name, string Code, LocationKind Kind, int Depth, long Version)
{
    public LocationInput ToInput() => new() { Name = Name, Code = Code, Kind = Kind, ParentId = ParentId };
}
