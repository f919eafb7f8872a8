using Erp.Domain.Common;

namespace Erp.Domain.Sales.Geography;

/// <summary>
/// A city the tenant has used in an address, suggested again for the same country and state. A city typed in an
/// address form is added on save. <see cref="StateCode"/> is "" when the country has no subdivisions.
/// </summary>
public sealed class City : TenantEntity
{
    private City() { }

    public City(string countryCode, string? stateCode, string name)
    {
        CountryCode = Text.Required(countryCode, 2, "Country").ToUpperInvariant();
        StateCode = stateCode?.Trim() ?? "";
        Name = Text.Required(name, 100, "City");
    }

    public string CountryCode { get; private set; } = "";
    public string StateCode { get; private set; } = "";
    public string Name { get; private set; } = "";
}
