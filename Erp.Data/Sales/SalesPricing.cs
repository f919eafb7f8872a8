using Erp.Domain.Sales;
using Erp.Domain.Sales.Pricing;
using Erp.Domain.Sales.Taxes;
using Microsoft.EntityFrameworkCore;

namespace Erp.Data.Sales;

/// <summary>
/// Prices, tax rates and sales settings as sales documents need them, inside the caller's context (and transaction).
/// Callers check permissions.
/// </summary>
public static class SalesPricing
{
    /// <summary>The tenant's sales settings, or <see cref="SalesSettings.Defaults"/> when it has none.</summary>
    public static async Task<SalesSettings> SettingsAsync(ErpDbContext db, CancellationToken ct = default) =>
        await db.SalesSettings.AsNoTracking().FirstOrDefaultAsync(ct) ?? SalesSettings.Defaults();

    /// <summary>
    /// The unit price of a product for a price list (or none), quantity and date. Unknown product → null.
    /// See <see cref="PriceResolver"/>.
    /// </summary>
    public static async Task<ResolvedPrice?> ResolvePriceAsync(ErpDbContext db, Guid? priceListId, Guid productId, decimal quantity,
        DateOnly date, CancellationToken ct = default)
    {
        var product = await db.Products.AsNoTracking().Where(p => p.Id == productId)
            .Select(p => new PricedProduct(p.Id, p.ParentId, p.Price)).FirstOrDefaultAsync(ct);
        if (product is null)
        {
            return null;
        }

        var list = priceListId is { } listId ? await db.PriceLists.AsNoTracking().FirstOrDefaultAsync(l => l.Id == listId, ct) : null;
        var items = list is null
            ? []
            : await db.PriceListItems.AsNoTracking()
                .Where(i => i.PriceListId == list.Id && (i.ProductId == product.Id || i.ProductId == product.ParentId))
                .ToListAsync(ct);
        return PriceResolver.Resolve(list, items, product, quantity, date);
    }

    /// <summary>
    /// The tenant's tax rates (active and inactive); the standard three are created first for a tenant that has none.
    /// That creation saves the context: call this before adding the caller's own changes.
    /// </summary>
    public static async Task<IReadOnlyList<TaxRate>> TaxRatesAsync(ErpDbContext db, CancellationToken ct = default)
    {
        await EnsureStandardRatesAsync(db, ct);
        return await db.TaxRates.AsNoTracking().OrderBy(r => r.Code).ToListAsync(ct);
    }

    /// <summary>The tax rate for a product's tax category (see <see cref="TaxRate.For"/>); 0 % when the tenant has no default.</summary>
    public static async Task<decimal> TaxPercentForAsync(ErpDbContext db, string? taxCategory, CancellationToken ct = default) =>
        TaxRate.For(taxCategory, await TaxRatesAsync(db, ct))?.Percent ?? 0m;

    /// <summary>Adds Standard 16 % (default), Reduced 8 % and Zero 0 % to a tenant without any tax rate.</summary>
    public static async Task EnsureStandardRatesAsync(ErpDbContext db, CancellationToken ct = default)
    {
        if (await db.TaxRates.IgnoreQueryFilters([ErpDbContext.SoftDeleteFilter]).AnyAsync(ct))
        {
            return;
        }

        var rates = TaxRate.StandardRates();
        db.TaxRates.AddRange(rates);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another request seeded them at the same moment; theirs are as good as ours.
            foreach (var rate in rates)
            {
                db.Entry(rate).State = EntityState.Detached;
            }
        }
    }
}
