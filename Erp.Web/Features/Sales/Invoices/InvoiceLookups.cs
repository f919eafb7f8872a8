using Erp.Data;
using Erp.Data.Sales;
using Erp.Domain.Platform;
using Erp.Domain.Sales;
using Erp.Domain.Sales.Taxes;
using Erp.Web.Infrastructure.Grids;
using Erp.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Sales.Invoices;

public sealed record CustomerOption(Guid Id, string Code, string Name, string Currency)
{
    public string Display => $"{Code} — {Name}";
}

public sealed record NamedOption(Guid Id, string Name);

/// <summary>What a picked product brings to an invoice line: its price for the customer and its tax rate.</summary>
public sealed record LinePricing(decimal UnitPrice, bool PriceIncludesTax, decimal TaxRatePercent, decimal Cost);

/// <summary>Choices for the invoice, payment and credit note forms, readable with Sales.View (sales reps lack Inventory.View).</summary>
public sealed class InvoiceLookups(IDbContextFactory<ErpDbContext> dbFactory, PermissionGuard guard)
{
    public async Task<IReadOnlyList<CustomerOption>> CustomersAsync(string? search, CancellationToken ct = default)
    {
        if (!await guard.HasAsync(SalesPermissions.View, ct))
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var customers = db.Customers.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            var pattern = Like.Contains(search);
            customers = customers.Where(c => EF.Functions.Like(c.Name, pattern, "\\") || EF.Functions.Like(c.Code, pattern, "\\"));
        }

        return await customers.OrderBy(c => c.Name).Take(30).Select(c => new CustomerOption(c.Id, c.Code, c.Name, c.CurrencyCode)).ToListAsync(ct);
    }

    public async Task<CustomerOption?> CustomerAsync(Guid id, CancellationToken ct = default)
    {
        if (!await guard.HasAsync(SalesPermissions.View, ct))
        {
            return null;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Customers.AsNoTracking().Where(c => c.Id == id)
            .Select(c => new CustomerOption(c.Id, c.Code, c.Name, c.CurrencyCode)).FirstOrDefaultAsync(ct);
    }

    /// <summary>Locations that hold stock (not in transit), by organization and name.</summary>
    public async Task<IReadOnlyList<NamedOption>> StockLocationsAsync(CancellationToken ct = default)
    {
        if (!await guard.HasAsync(SalesPermissions.View, ct))
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Locations.AsNoTracking().Where(l => l.Kind != LocationKind.Transit).OrderBy(l => l.Name)
            .Select(l => new NamedOption(l.Id, l.Name + " · " + l.Code)).ToListAsync(ct);
    }

    public async Task<IReadOnlyList<NamedOption>> PaymentTermsAsync(CancellationToken ct = default)
    {
        if (!await guard.HasAsync(SalesPermissions.View, ct))
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.PaymentTerms.AsNoTracking().Where(t => t.IsActive).OrderBy(t => t.NetDays).ThenBy(t => t.Name)
            .Select(t => new NamedOption(t.Id, t.Name)).ToListAsync(ct);
    }

    /// <summary>The customer's price for the product on the date (its price list, else the product's price) and its tax rate.</summary>
    public async Task<LinePricing?> PricingAsync(Guid? customerId, Guid productId, decimal quantity, DateOnly date, CancellationToken ct = default)
    {
        if (!await guard.HasAsync(SalesPermissions.View, ct))
        {
            return null;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var customer = customerId is { } id
            ? await db.Customers.AsNoTracking().Where(c => c.Id == id).Select(c => new { c.PriceListId, c.GroupId }).FirstOrDefaultAsync(ct)
            : null;
        var listId = customer?.PriceListId ?? (customer?.GroupId is { } groupId
            ? await db.CustomerGroups.Where(g => g.Id == groupId).Select(g => g.PriceListId).FirstOrDefaultAsync(ct)
            : null);
        var price = await SalesPricing.ResolvePriceAsync(db, listId, productId, quantity <= 0m ? 1m : quantity, date, ct);
        var product = await db.Products.AsNoTracking().Where(p => p.Id == productId).Select(p => new { p.TaxCategory, p.Cost }).FirstOrDefaultAsync(ct);
        if (price is null || product is null)
        {
            return null;
        }

        var rates = await db.TaxRates.AsNoTracking().ToListAsync(ct);
        return new LinePricing(price.UnitPrice, price.IncludesTax, TaxRate.For(product.TaxCategory, rates)?.Percent ?? 0m, product.Cost);
    }

    /// <summary>The default tax rate, for free-text lines.</summary>
    public async Task<decimal> DefaultTaxPercentAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rates = await db.TaxRates.AsNoTracking().ToListAsync(ct);
        return TaxRate.For(null, rates)?.Percent ?? 0m;
    }
}
