using Erp.Data;
using Erp.Data.Documents;
using Erp.Domain.Common;
using Erp.Domain.Platform.Documents;
using Erp.Domain.Sales.Customers;
using Erp.Domain.Sales.Geography;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Sales.Customers;

/// <summary>The checks a customer needs from the database, shared by the form's save and the import.</summary>
internal static class CustomerChecks
{
    /// <summary>Group, payment terms and price list must be this tenant's (the tenant filter hides others').</summary>
    public static async Task<Error?> ReferencesAsync(ErpDbContext db, CustomerFields fields, CancellationToken ct)
    {
        if (fields.GroupId is { } groupId && !await db.CustomerGroups.AnyAsync(g => g.Id == groupId, ct))
        {
            return CustomerErrors.GroupNotFound;
        }

        if (fields.PaymentTermId is { } termId && !await db.PaymentTerms.AnyAsync(t => t.Id == termId, ct))
        {
            return CustomerErrors.PaymentTermNotFound;
        }

        if (fields.PriceListId is { } listId && !await db.PriceLists.AnyAsync(p => p.Id == listId, ct))
        {
            return CustomerErrors.PriceListNotFound;
        }

        return null;
    }

    /// <summary>Another customer of the tenant (deleted ones included) with the same tax id: refused, naming its code.</summary>
    public static async Task<Error?> TaxIdFreeAsync(ErpDbContext db, string? taxId, Guid? exceptId, CancellationToken ct)
    {
        var normalized = Customer.NormalizeTaxId(taxId);
        if (normalized is null)
        {
            return null;
        }

        var other = await db.Customers.IgnoreQueryFilters([ErpDbContext.SoftDeleteFilter]).AsNoTracking()
            .Where(c => c.TaxId == normalized && c.Id != exceptId).Select(c => c.Code).FirstOrDefaultAsync(ct);
        return other is null ? null : CustomerErrors.TaxIdTaken(other);
    }

    /// <summary>The country must be a known ISO code; a country with subdivisions needs one of its codes as the state.</summary>
    public static async Task<Error?> AddressAsync(ErpDbContext db, Address? address, CancellationToken ct)
    {
        if (address is null || address.CountryCode is null)
        {
            return address is not null && !address.IsEmpty ? CustomerErrors.CountryRequired : null;
        }

        var country = address.CountryCode.Trim().ToUpperInvariant();
        if (!await db.Countries.AnyAsync(c => c.Code == country, ct))
        {
            return CustomerErrors.UnknownCountry;
        }

        var states = await db.Subdivisions.Where(s => s.CountryCode == country).Select(s => s.Code).ToListAsync(ct);
        return states.Count == 0 || address.StateCode is null || states.Contains(address.StateCode.Trim())
            ? null
            : CustomerErrors.UnknownState;
    }

    public static async Task<Error?> AllAsync(ErpDbContext db, CustomerFields fields, Guid? exceptId, CancellationToken ct) =>
        await ReferencesAsync(db, fields, ct)
        ?? await TaxIdFreeAsync(db, fields.TaxId, exceptId, ct)
        ?? await AddressAsync(db, fields.Billing, ct)
        ?? (fields.ShippingSameAsBilling ? null : await AddressAsync(db, fields.Shipping, ct));

    /// <summary>The next customer code from the tenant's "Customer" sequence; call inside the saving transaction.</summary>
    public static Task<string> NextCodeAsync(ErpDbContext db, DateOnly today, CancellationToken ct) =>
        DocumentNumberService.NextAsync(db, DocumentTypes.Customer, today, ct);

    /// <summary>Adds the addresses' cities to the tenant's city list (for the form's suggestions) when they are new.</summary>
    public static async Task RememberCitiesAsync(ErpDbContext db, IEnumerable<Address> addresses, CancellationToken ct)
    {
        foreach (var a in addresses.Where(a => a.CountryCode is not null && a.City is not null)
                     .DistinctBy(a => (a.CountryCode, a.StateCode ?? "", a.City!.ToUpperInvariant())))
        {
            var state = a.StateCode ?? "";
            var known = db.Cities.Local.Any(c => c.CountryCode == a.CountryCode && c.StateCode == state
                                                  && string.Equals(c.Name, a.City, StringComparison.OrdinalIgnoreCase))
                        || await db.Cities.IgnoreQueryFilters([ErpDbContext.SoftDeleteFilter])
                            .AnyAsync(c => c.CountryCode == a.CountryCode && c.StateCode == state && c.Name == a.City, ct);
            if (!known)
            {
                db.Cities.Add(new City(a.CountryCode!, state, a.City!));
            }
        }
    }
}
