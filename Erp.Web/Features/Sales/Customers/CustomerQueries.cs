using Erp.Data;
using Erp.Domain.Common;
using Erp.Domain.Sales;
using Erp.Domain.Sales.Customers;
using Erp.Web.Infrastructure.Grids;
using Erp.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Sales.Customers;

/// <summary>
/// The customer grid, its Excel export and the customer page. Filtering, sorting and paging run in the database; the
/// tenant filter scopes every query, so another tenant's customer is simply not found.
/// </summary>
public sealed class CustomerQueries(IDbContextFactory<ErpDbContext> dbFactory, PermissionGuard guard)
{
    public static readonly IReadOnlyList<string> SortKeys = ["name", "code", "country"];

    public async Task<Result<Paged<CustomerRow>>> ListAsync(CustomerListQuery query, int page, int pageSize, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(SalesPermissions.View, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var filtered = Filter(db, query);
        var skip = Math.Max(0, page) * pageSize;
        var rows = await Project(db, Sort(filtered, query)).Skip(skip).Take(pageSize).ToListAsync(ct);
        // A partly filled page is the last one: its rows give the total without counting the matches again.
        var total = rows.Count > 0 && rows.Count < pageSize || rows.Count == 0 && skip == 0
            ? skip + rows.Count
            : await filtered.CountAsync(ct);
        return new Paged<CustomerRow>(rows, total);
    }

    public async Task<Result<CustomerExportRows>> ExportAsync(CustomerListQuery query, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(SalesPermissions.View, ct) is { } denied)
        {
            return denied;
        }

        return new CustomerExportRows(StreamAsync(query, ct));
    }

    public async Task<Result<CustomerDetails>> GetAsync(Guid id, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(SalesPermissions.View, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var c = await db.Customers.AsNoTracking().Include(x => x.Contacts).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (c is null)
        {
            return CustomerErrors.CustomerNotFound;
        }

        var input = new CustomerInput
        {
            Kind = c.Kind, Name = c.Name, TaxId = c.TaxId, TaxExempt = c.TaxExempt, TaxExemptionReference = c.TaxExemptionReference,
            Email = c.Email, Phone = c.Phone, Billing = AddressInput.From(c.Billing), ShippingSameAsBilling = c.ShippingSameAsBilling,
            Shipping = c.ShippingSameAsBilling ? new AddressInput() : AddressInput.From(c.Shipping), PaymentTermId = c.PaymentTermId,
            CreditLimit = c.CreditLimit, OpeningBalance = c.OpeningBalance,
            OpeningBalanceDate = c.OpeningBalanceDate?.ToDateTime(TimeOnly.MinValue), CurrencyCode = c.CurrencyCode,
            GroupId = c.GroupId, PriceListId = c.PriceListId, Tags = c.TagList.ToList(), Notes = c.Notes,
            Contacts = c.Contacts.OrderByDescending(x => x.IsPrimary).ThenBy(x => x.Name)
                .Select(x => new ContactInput { Id = x.Id, Name = x.Name, Role = x.Role, Email = x.Email, Phone = x.Phone, IsPrimary = x.IsPrimary })
                .ToList(),
        };
        return new CustomerDetails(c.Id, c.Code, c.Status, c.BlockReason, c.Version, input);
    }

    public async Task<CustomerFormOptions> FormOptionsAsync(CancellationToken ct = default)
    {
        if (!await guard.HasAsync(SalesPermissions.View, ct))
        {
            return new CustomerFormOptions([], [], [], []);
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await PaymentTermService.EnsureStandardAsync(db, ct);
        var groups = await db.CustomerGroups.AsNoTracking().OrderBy(g => g.Name).Select(g => new Option(g.Id, g.Name)).ToListAsync(ct);
        var terms = await db.PaymentTerms.AsNoTracking().Where(t => t.IsActive).OrderBy(t => t.NetDays).ThenBy(t => t.Name)
            .Select(t => new Option(t.Id, t.Name)).ToListAsync(ct);
        var lists = await db.PriceLists.AsNoTracking().Where(p => p.IsActive).OrderBy(p => p.Name)
            .Select(p => new Option(p.Id, p.Name + " (" + p.CurrencyCode + ")")).ToListAsync(ct);
        // Tags in use, for the form's suggestions and the list's filter (distinct tag strings are few).
        var tagStrings = await db.Customers.AsNoTracking().Where(c => c.Tags != "").Select(c => c.Tags).Distinct().Take(1000).ToListAsync(ct);
        var tags = tagStrings.SelectMany(t => t.Split('|', StringSplitOptions.RemoveEmptyEntries)).Distinct().Order(StringComparer.Ordinal).ToList();
        return new CustomerFormOptions(groups, terms, lists, tags);
    }

    /// <summary>The currency of the tenant's top organization, the default of a new customer.</summary>
    public async Task<string> DefaultCurrencyAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Organizations.AsNoTracking().OrderBy(o => o.ParentId == null ? 0 : 1).Select(o => o.BaseCurrency)
            .FirstOrDefaultAsync(ct) ?? "USD";
    }

    private async IAsyncEnumerable<CustomerRow> StreamAsync(CustomerListQuery query,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await foreach (var row in Project(db, Sort(Filter(db, query), query)).AsAsyncEnumerable().WithCancellation(ct))
        {
            yield return row;
        }
    }

    private static IQueryable<Customer> Filter(ErpDbContext db, CustomerListQuery query)
    {
        var customers = db.Customers.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var term = query.Search.Trim();
            var pattern = Like.Contains(term);
            var code = term.ToUpperInvariant();
            var taxId = Customer.NormalizeTaxId(term) ?? code;
            var prefix = Like.Escape(code) + "%";
            var taxPrefix = Like.Escape(taxId) + "%";
            // Name, email and phone match anywhere; code and tax id (stored upper case, compact) from the start.
            customers = customers.Where(c => EF.Functions.Like(c.Name, pattern, "\\") || EF.Functions.Like(c.Code, prefix, "\\")
                || EF.Functions.Like(c.TaxId!, taxPrefix, "\\") || EF.Functions.Like(c.Email!, pattern, "\\")
                || EF.Functions.Like(c.Phone!, pattern, "\\"));
        }

        if (query.GroupId is { } groupId)
        {
            customers = customers.Where(c => c.GroupId == groupId);
        }

        if (query.Status is { } status)
        {
            customers = customers.Where(c => c.Status == status);
        }

        if (!string.IsNullOrWhiteSpace(query.Tag))
        {
            var tag = "%|" + Like.Escape(Customer.NormalizeTag(query.Tag)) + "|%";
            customers = customers.Where(c => EF.Functions.Like(c.Tags, tag, "\\"));
        }

        if (!string.IsNullOrWhiteSpace(query.Country))
        {
            var country = query.Country.Trim().ToUpperInvariant();
            customers = customers.Where(c => c.BillingCountry == country);
        }

        return customers;
    }

    /// <summary>Sort keys are a whitelist; ties break on the code (unique) so pages and exports agree on the order.</summary>
    private static IQueryable<Customer> Sort(IQueryable<Customer> rows, CustomerListQuery query) => (query.Sort, query.Desc) switch
    {
        ("code", false) => rows.OrderBy(c => c.Code),
        ("code", true) => rows.OrderByDescending(c => c.Code),
        ("country", false) => rows.OrderBy(c => c.BillingCountry).ThenBy(c => c.Name).ThenBy(c => c.Code),
        ("country", true) => rows.OrderByDescending(c => c.BillingCountry).ThenBy(c => c.Name).ThenBy(c => c.Code),
        (_, true) => rows.OrderByDescending(c => c.Name).ThenBy(c => c.Code),
        _ => rows.OrderBy(c => c.Name).ThenBy(c => c.Code),
    };

    private static IQueryable<CustomerRow> Project(ErpDbContext db, IQueryable<Customer> customers) =>
        customers.Select(c => new CustomerRow(c.Id, c.Code, c.Name, c.Kind, c.TaxId, c.Email, c.Phone, c.BillingCity, c.BillingCountry,
            db.CustomerGroups.Where(g => g.Id == c.GroupId).Select(g => g.Name).FirstOrDefault(),
            db.PaymentTerms.Where(t => t.Id == c.PaymentTermId).Select(t => t.Name).FirstOrDefault(),
            c.CreditLimit, c.CurrencyCode, c.Tags, c.Status));
}
