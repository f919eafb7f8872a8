namespace Erp.Domain.Sales.Geography;

/// <summary>A country by its ISO 3166-1 alpha-2 code. Global reference data, seeded at start-up.</summary>
public sealed class Country
{
    private Country() { }

    public Country(string code, string name)
    {
        Code = code;
        Name = name;
    }

    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";

    public void Rename(string name) => Name = name;
}

/// <summary>A state, province, region or county of a country (ISO 3166-2 code after the dash). Global reference data.</summary>
public sealed class Subdivision
{
    private Subdivision() { }

    public Subdivision(string countryCode, string code, string name)
    {
        CountryCode = countryCode;
        Code = code;
        Name = name;
    }

    public string CountryCode { get; private set; } = "";
    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";

    public void Rename(string name) => Name = name;
}
