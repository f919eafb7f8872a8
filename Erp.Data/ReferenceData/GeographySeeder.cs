using Erp.Domain.Sales.Geography;
using Microsoft.EntityFrameworkCore;

namespace Erp.Data.ReferenceData;

/// <summary>
/// Countries (ISO 3166-1, all of them) and the top-level subdivisions of the countries listed in subdivisions.tsv,
/// from the embedded files. Idempotent: adds what is missing and corrects changed names; run at every start-up.
/// </summary>
public static class GeographySeeder
{
    public static async Task SeedAsync(ErpDbContext db, CancellationToken ct = default)
    {
        var countries = await db.Countries.ToDictionaryAsync(c => c.Code, StringComparer.Ordinal, ct);
        foreach (var (code, name) in Read("countries.tsv").Select(r => (r[0], r[1])))
        {
            if (!countries.TryGetValue(code, out var country))
            {
                db.Countries.Add(new Country(code, name));
            }
            else if (country.Name != name)
            {
                country.Rename(name);
            }
        }

        var subdivisions = await db.Subdivisions.ToDictionaryAsync(s => (s.CountryCode, s.Code), ct);
        foreach (var (country, code, name) in Read("subdivisions.tsv").Select(r => (r[0], r[1], r[2])))
        {
            if (!subdivisions.TryGetValue((country, code), out var subdivision))
            {
                db.Subdivisions.Add(new Subdivision(country, code, name));
            }
            else if (subdivision.Name != name)
            {
                subdivision.Rename(name);
            }
        }

        await db.SaveChangesAsync(ct);
    }

    private static List<string[]> Read(string file)
    {
        using var stream = typeof(GeographySeeder).Assembly.GetManifestResourceStream("Erp.Data.ReferenceData." + file)
            ?? throw new InvalidOperationException($"Embedded reference data {file} is missing.");
        using var reader = new StreamReader(stream);
        var rows = new List<string[]>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                rows.Add(line.Split('\t'));
            }
        }

        return rows;
    }
}
