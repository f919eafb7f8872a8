using Erp.Domain.Common;

namespace Erp.Domain.Sales.Customers;

/// <summary>
/// A postal address. <see cref="CountryCode"/> is ISO 3166-1 alpha-2 and <see cref="StateCode"/> the subdivision's code
/// (ISO 3166-2, after the dash) when the country has subdivisions, otherwise free text. Whether the codes exist in the
/// reference data is checked by the service; an empty address (no country, no lines) is allowed.
/// </summary>
public sealed record Address(string? Line1, string? Line2, string? City, string? PostalCode, string? StateCode, string? CountryCode)
{
    public static readonly Address Empty = new(null, null, null, null, null, null);

    public bool IsEmpty => Line1 is null && Line2 is null && City is null && PostalCode is null && StateCode is null && CountryCode is null;

    /// <summary>Trims and bounds every part; a non-empty address needs its country.</summary>
    public static Address Create(string? line1, string? line2, string? city, string? postalCode, string? stateCode, string? countryCode)
    {
        var country = Text.Optional(countryCode, 2, "Country")?.ToUpperInvariant();
        var address = new Address(Text.Optional(line1, 200, "Address line 1"), Text.Optional(line2, 200, "Address line 2"),
            Text.Optional(city, 100, "City"), Text.Optional(postalCode, 20, "Postal code"), Text.Optional(stateCode, 100, "State"),
            country);
        if (country is not null && (country.Length != 2 || !country.All(char.IsAsciiLetterUpper)))
        {
            throw new DomainException(CustomerErrors.UnknownCountry);
        }

        return !address.IsEmpty && country is null ? throw new DomainException(CustomerErrors.CountryRequired) : address;
    }

    /// <summary>One line for lists and documents.</summary>
    public override string ToString() =>
        string.Join(", ", new[] { Line1, Line2, City, StateCode, PostalCode, CountryCode }.Where(p => p is not null));
}
