using Erp.Data;
using Erp.Data.Sales;
using Erp.Domain.Common;
using Erp.Domain.Sales;
using Erp.Domain.Sales.Pricing;
using Erp.Domain.Sales.Taxes;
using Erp.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Sales.Pricing;

/// <summary>Price lists and their items (Sales.View), and the price check.</summary>
public sealed class PriceListQueries(IDbContextFactory<ErpDbContext> dbFactory, PermissionGuard guard)
{
    public async Task<IReadOnlyList<PriceListRow>> ListAsync(CancellationToken ct = default)
    {
        if (!await guard.HasAsync(SalesPermissions.View, ct))
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.PriceLists.AsNoTracking().OrderBy(l => l.Name)
            .Select(l => new PriceListRow(l.Id, l.Name, l.CurrencyCode, l.PricesIncludeTax, l.IsActive,
                db.PriceListItems.Count(i => i.PriceListId == l.Id)))
            .ToListAsync(ct);
    }

    public async Task<Result<PriceListDetails>> GetAsync(Guid id, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(SalesPermissions.View, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var list = await db.PriceLists.AsNoTracking().Where(l => l.Id == id)
            .Select(l => new PriceListDetails(l.Id, l.Name, l.CurrencyCode, l.PricesIncludeTax, l.IsActive)).FirstOrDefaultAsync(ct);
        return list is null ? Error.NotFound("The price list") : list;
    }

    /// <summary>The list's items by SKU, then minimum quantity, then start date. A list holds at most a few thousand items.</summary>
    public async Task<Result<IReadOnlyList<PriceListItemRow>>> ItemsAsync(Guid listId, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(SalesPermissions.View, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (!await db.PriceLists.AnyAsync(l => l.Id == listId, ct))
        {
            return Error.NotFound("The price list");
        }

        var rows = await ItemRows(db, listId).ToListAsync(ct);
        return rows.OrderBy(r => r.Sku, StringComparer.Ordinal).ThenBy(r => r.MinQuantity).ThenBy(r => r.ValidFrom ?? DateOnly.MinValue).ToList();
    }

    /// <summary>The default currency of a new list: the first organization's base currency.</summary>
    public async Task<string> BaseCurrencyAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Organizations.OrderBy(o => o.CreatedAt).Select(o => o.BaseCurrency).FirstOrDefaultAsync(ct) ?? "USD";
    }

    /// <summary>What <paramref name="productId"/> costs on this list for a quantity and date, with the product's tax rate.</summary>
    public async Task<Result<PriceCheck>> CheckPriceAsync(Guid? listId, Guid productId, decimal quantity, DateOnly date,
        CancellationToken ct = default)
    {
        if (await guard.CheckAsync(SalesPermissions.View, ct) is { } denied)
        {
            return denied;
        }

        if (quantity <= 0m)
        {
            return PricingErrors.QuantityNotPositive;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (listId is { } id && !await db.PriceLists.AnyAsync(l => l.Id == id, ct))
        {
            return Error.NotFound("The price list");
        }

        var price = await SalesPricing.ResolvePriceAsync(db, listId, productId, quantity, date, ct);
        if (price is null)
        {
            return Error.NotFound("The product");
        }

        var category = await db.Products.Where(p => p.Id == productId).Select(p => p.TaxCategory).FirstAsync(ct);
        var rate = TaxRate.For(category, await SalesPricing.TaxRatesAsync(db, ct));
        var percent = rate?.Percent ?? 0m;
        var factor = 1m + (percent / 100m);
        var excluding = price.IncludesTax ? MoneyRounding.Round(price.UnitPrice / factor) : price.UnitPrice;
        var including = price.IncludesTax ? price.UnitPrice : MoneyRounding.Round(price.UnitPrice * factor);
        return new PriceCheck(price, rate?.Name ?? "No tax", percent, excluding, including);
    }

    internal static IQueryable<PriceListItemRow> ItemRows(ErpDbContext db, Guid listId) =>
        from i in db.PriceListItems.AsNoTracking()
        join p in db.Products on i.ProductId equals p.Id
        where i.PriceListId == listId
        select new PriceListItemRow(i.Id, i.ProductId, p.Sku, p.VariantLabel == null ? p.Name : p.Name + " — " + p.VariantLabel,
            i.Price, i.MinQuantity, i.ValidFrom, i.ValidTo);
}
