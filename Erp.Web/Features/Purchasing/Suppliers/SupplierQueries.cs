using Erp.Data;
using Erp.Domain.Common;
using Erp.Domain.Purchasing;
using Erp.Domain.Purchasing.Suppliers;
using Erp.Domain.Sales.Customers;
using Erp.Web.Features.Purchasing.Shared;
using Erp.Web.Features.Sales.Customers;
using Erp.Web.Infrastructure.Grids;
using Erp.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Purchasing.Suppliers;

/// <summary>
/// The supplier grid, its Excel export, the supplier page and its Products tab. Filtering, sorting and paging run in
/// the database; the tenant filter scopes every query, so another tenant's supplier is simply not found.
/// </summary>
public sealed class SupplierQueries(IDbContextFactory<ErpDbContext> dbFactory, PermissionGuard guard)
{
    public static readonly IReadOnlyList<string> SortKeys = ["name", "code", "country", "currency"];

    public async Task<Result<Paged<SupplierRow>>> ListAsync(SupplierListQuery query, int page, int pageSize, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(PurchasingPermissions.View, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var filtered = Filter(db, query);
        var skip = Math.Max(0, page) * pageSize;
        var rows = await Project(db, Sort(filtered, query).Skip(skip).Take(pageSize)).ToListAsync(ct);
        var total = rows.Count > 0 && rows.Count < pageSize || rows.Count == 0 && skip == 0
            ? skip + rows.Count
            : await filtered.CountAsync(ct);
        return new Paged<SupplierRow>(rows, total);
    }

    public async Task<Result<SupplierExportRows>> ExportAsync(SupplierListQuery query, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(PurchasingPermissions.View, ct) is { } denied)
        {
            return denied;
        }

        return new SupplierExportRows(StreamAsync(query, ct));
    }

    public async Task<Result<SupplierDetails>> GetAsync(Guid id, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(PurchasingPermissions.View, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var s = await db.Suppliers.AsNoTracking().Include(x => x.Contacts).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (s is null)
        {
            return SupplierErrors.SupplierNotFound;
        }

        var input = new SupplierInput
        {
            Name = s.Name, TaxId = s.TaxId, Email = s.Email, Phone = s.Phone, Website = s.Website, Address = AddressInput.From(s.Address),
            PaymentTermId = s.PaymentTermId, CurrencyCode = s.CurrencyCode, LeadTimeDays = s.LeadTimeDays, IsActive = s.IsActive,
            Notes = s.Notes,
            Contacts = s.Contacts.OrderByDescending(x => x.IsPrimary).ThenBy(x => x.Name)
                .Select(x => new ContactInput { Id = x.Id, Name = x.Name, Role = x.Role, Email = x.Email, Phone = x.Phone, IsPrimary = x.IsPrimary })
                .ToList(),
        };
        return new SupplierDetails(s.Id, s.Code, s.IsActive, s.Version, input);
    }

    /// <summary>The products the supplier supplies, by SKU, with their price breaks.</summary>
    public async Task<Result<IReadOnlyList<SupplierProductRow>>> ProductsAsync(Guid supplierId, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(PurchasingPermissions.View, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var items = await db.SupplierProducts.AsNoTracking().Include(p => p.PriceBreaks).Where(p => p.SupplierId == supplierId)
            .Join(db.Products, sp => sp.ProductId, p => p.Id, (sp, p) => new { Item = sp, p.Sku, p.Name })
            .ToListAsync(ct);
        return items.OrderBy(x => x.Sku, StringComparer.Ordinal)
            .Select(x => new SupplierProductRow(x.Item.Id, x.Item.ProductId, x.Sku, x.Name, x.Item.SupplierSku, x.Item.Currency,
                x.Item.UnitPrice, x.Item.MinimumOrderQuantity, x.Item.LeadTimeDays, x.Item.IsPreferred,
                x.Item.PriceBreaks.OrderBy(b => b.MinQuantity).Select(b => new PriceBreakInput { MinQuantity = b.MinQuantity, UnitPrice = b.UnitPrice }).ToList()))
            .ToList();
    }

    /// <summary>The other supplier currently preferred for <paramref name="productId"/> (its name), for the editor's warning.</summary>
    public async Task<string?> PreferredElsewhereAsync(Guid productId, Guid supplierId, CancellationToken ct = default)
    {
        if (!await guard.HasAsync(PurchasingPermissions.View, ct))
        {
            return null;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.SupplierProducts.AsNoTracking().Where(p => p.ProductId == productId && p.IsPreferred && p.SupplierId != supplierId)
            .Join(db.Suppliers, p => p.SupplierId, s => s.Id, (p, s) => s.Code + " " + s.Name).FirstOrDefaultAsync(ct);
    }

    public async Task<SupplierFormOptions> FormOptionsAsync(CancellationToken ct = default)
    {
        if (!await guard.HasAsync(PurchasingPermissions.View, ct))
        {
            return new SupplierFormOptions([], []);
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await PaymentTermService.EnsureStandardAsync(db, ct);
        var terms = await db.PaymentTerms.AsNoTracking().Where(t => t.IsActive).OrderBy(t => t.NetDays).ThenBy(t => t.Name)
            .Select(t => new PaymentTermOption(t.Id, t.Name)).ToListAsync(ct);
        return new SupplierFormOptions(terms, await PurchasingRules.CurrenciesAsync(db, ct));
    }

    /// <summary>The currency of the tenant's top organization, the default of a new supplier.</summary>
    public async Task<string> DefaultCurrencyAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Organizations.AsNoTracking().OrderBy(o => o.ParentId == null ? 0 : 1).Select(o => o.BaseCurrency)
            .FirstOrDefaultAsync(ct) ?? "USD";
    }

    private async IAsyncEnumerable<SupplierRow> StreamAsync(SupplierListQuery query,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await foreach (var row in Project(db, Sort(Filter(db, query), query)).AsAsyncEnumerable().WithCancellation(ct))
        {
            yield return row;
        }
    }

    private static IQueryable<Supplier> Filter(ErpDbContext db, SupplierListQuery query)
    {
        var suppliers = db.Suppliers.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var term = query.Search.Trim();
            var pattern = Like.Contains(term);
            var code = term.ToUpperInvariant();
            var taxId = TaxIdOrNull(term) ?? code;
            var prefix = Like.Escape(code) + "%";
            var taxPrefix = Like.Escape(taxId) + "%";
            // Name and email match anywhere; code and tax id (stored upper case, compact) from the start.
            suppliers = suppliers.Where(s => EF.Functions.Like(s.Name, pattern, "\\") || EF.Functions.Like(s.Code, prefix, "\\")
                || EF.Functions.Like(s.TaxId!, taxPrefix, "\\") || EF.Functions.Like(s.Email!, pattern, "\\"));
        }

        if (query.Active is { } active)
        {
            suppliers = suppliers.Where(s => s.IsActive == active);
        }

        if (!string.IsNullOrWhiteSpace(query.Country))
        {
            var country = query.Country.Trim().ToUpperInvariant();
            suppliers = suppliers.Where(s => s.Country == country);
        }

        if (!string.IsNullOrWhiteSpace(query.Currency))
        {
            var currency = query.Currency.Trim().ToUpperInvariant();
            suppliers = suppliers.Where(s => s.CurrencyCode == currency);
        }

        return suppliers;
    }

    private static string? TaxIdOrNull(string term)
    {
        try
        {
            return Customer.NormalizeTaxId(term);
        }
        catch (DomainException)
        {
            return null;
        }
    }

    /// <summary>Sort keys are a whitelist; ties break on the code (unique) so pages and exports agree on the order.</summary>
    private static IQueryable<Supplier> Sort(IQueryable<Supplier> rows, SupplierListQuery query) => (query.Sort, query.Desc) switch
    {
        ("code", false) => rows.OrderBy(s => s.Code),
        ("code", true) => rows.OrderByDescending(s => s.Code),
        ("country", false) => rows.OrderBy(s => s.Country).ThenBy(s => s.Name).ThenBy(s => s.Code),
        ("country", true) => rows.OrderByDescending(s => s.Country).ThenBy(s => s.Name).ThenBy(s => s.Code),
        ("currency", false) => rows.OrderBy(s => s.CurrencyCode).ThenBy(s => s.Name).ThenBy(s => s.Code),
        ("currency", true) => rows.OrderByDescending(s => s.CurrencyCode).ThenBy(s => s.Name).ThenBy(s => s.Code),
        (_, true) => rows.OrderByDescending(s => s.Name).ThenBy(s => s.Code),
        _ => rows.OrderBy(s => s.Name).ThenBy(s => s.Code),
    };

    private static IQueryable<SupplierRow> Project(ErpDbContext db, IQueryable<Supplier> suppliers) =>
        suppliers.Select(s => new SupplierRow(s.Id, s.Code, s.Name, s.TaxId, s.Email, s.Phone, s.Website, s.AddressLine1, s.AddressLine2,
            s.City, s.PostalCode, s.State, s.Country,
            db.PaymentTerms.Where(t => t.Id == s.PaymentTermId).Select(t => t.Name).FirstOrDefault(),
            s.CurrencyCode, s.LeadTimeDays, s.IsActive, s.Notes));
}
