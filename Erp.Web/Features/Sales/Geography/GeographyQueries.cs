using Erp.Data;
using Erp.Web.Infrastructure.Grids;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Sales.Geography;

public sealed record CountryOption(string Code, string Name);

public sealed record StateOption(string Code, string Name);

/// <summary>Reference data for address forms: countries, their states, and the tenant's known cities.</summary>
public sealed class GeographyQueries(IDbContextFactory<ErpDbContext> dbFactory)
{
    private IReadOnlyList<CountryOption>? _countries;

    public async Task<IReadOnlyList<CountryOption>> CountriesAsync(CancellationToken ct = default)
    {
        if (_countries is null)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            _countries = await db.Countries.AsNoTracking().OrderBy(c => c.Name).Select(c => new CountryOption(c.Code, c.Name)).ToListAsync(ct);
        }

        return _countries;
    }

    /// <summary>The country's subdivisions by name; empty when the country has none on file (the form then takes free text).</summary>
    public async Task<IReadOnlyList<StateOption>> StatesAsync(string? countryCode, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(countryCode))
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var code = countryCode.Trim().ToUpperInvariant();
        return await db.Subdivisions.AsNoTracking().Where(s => s.CountryCode == code).OrderBy(s => s.Name)
            .Select(s => new StateOption(s.Code, s.Name)).ToListAsync(ct);
    }

    /// <summary>Up to 20 of the tenant's cities in the country and state that start with <paramref name="search"/>.</summary>
    public async Task<IReadOnlyList<string>> CitiesAsync(string? countryCode, string? stateCode, string? search, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(countryCode))
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var code = countryCode.Trim().ToUpperInvariant();
        var state = stateCode?.Trim() ?? "";
        var cities = db.Cities.AsNoTracking().Where(c => c.CountryCode == code && c.StateCode == state);
        if (!string.IsNullOrWhiteSpace(search))
        {
            var prefix = Like.Escape(search.Trim()) + "%";
            cities = cities.Where(c => EF.Functions.Like(c.Name, prefix, "\\"));
        }

        return await cities.OrderBy(c => c.Name).Select(c => c.Name).Take(20).ToListAsync(ct);
    }
}
