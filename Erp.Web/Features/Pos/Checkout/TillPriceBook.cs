using Erp.Data;
using Erp.Domain.Sales.Pricing;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Pos.Checkout;

/// <summary>
/// Till prices of a set of products, loaded in one go: from the register's price list (or the product's own price),
/// on the register's tax basis — a tax-exclusive price gets its tax added on a tax-inclusive till and the other way
/// round. Till prices are unit prices (quantity 1): the cart shows what the sale will charge.
/// </summary>
public sealed class TillPriceBook
{
    private readonly PriceList? _list;
    private readonly IReadOnlyList<PriceListItem> _items;
    private readonly bool _pricesIncludeTax;
    private readonly DateOnly _date;

    private TillPriceBook(PriceList? list, IReadOnlyList<PriceListItem> items, bool pricesIncludeTax, DateOnly date)
    {
        _list = list;
        _items = items;
        _pricesIncludeTax = pricesIncludeTax;
        _date = date;
    }

    public static async Task<TillPriceBook> LoadAsync(ErpDbContext db, Guid? priceListId, bool pricesIncludeTax,
        IReadOnlyList<PricedProduct> products, CancellationToken ct)
    {
        var list = priceListId is { } listId ? await db.PriceLists.AsNoTracking().FirstOrDefaultAsync(l => l.Id == listId, ct) : null;
        var ids = products.Select(p => p.Id).Concat(products.Where(p => p.ParentId != null).Select(p => p.ParentId!.Value)).Distinct().ToList();
        var items = list is null
            ? []
            : await db.PriceListItems.AsNoTracking().Where(i => i.PriceListId == list.Id && ids.Contains(i.ProductId)).ToListAsync(ct);
        return new TillPriceBook(list, items, pricesIncludeTax, DateOnly.FromDateTime(DateTime.Today));
    }

    public decimal PriceOf(PricedProduct product, decimal taxRatePercent)
    {
        var resolved = PriceResolver.Resolve(_list, _items, product, 1m, _date);
        var factor = 1m + (taxRatePercent / 100m);
        return resolved.IncludesTax == _pricesIncludeTax ? resolved.UnitPrice
            : _pricesIncludeTax ? MoneyRounding.Round(resolved.UnitPrice * factor)
            : MoneyRounding.Round(resolved.UnitPrice / factor);
    }
}
