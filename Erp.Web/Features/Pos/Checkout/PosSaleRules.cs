using System.Globalization;
using Erp.Data;
using Erp.Data.Sales;
using Erp.Domain.Catalog;
using Erp.Domain.Common;
using Erp.Domain.Inventory;
using Erp.Domain.Pos.Sales;
using Erp.Domain.Sales.Pricing;
using Erp.Domain.Sales.Taxes;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Pos.Checkout;

/// <summary>Prices, lines and stock needs of till sales, inside the caller's context. Callers check permissions.</summary>
public static class PosSaleRules
{
    public const string WalkInName = "Walk-in customer";

    public static readonly Error OverrideDenied = new("pos.override_denied",
        "Changing a price or giving a discount needs a manager: ask one to approve at the till.");

    public static string Shortage(string sku, decimal available, decimal needed) =>
        string.Create(CultureInfo.InvariantCulture, $"{sku}: only {Math.Max(available, 0m):0.####} left in the shop, {needed:0.####} in the cart.");

    public static Error OutOfStock(string shortage) => new("pos.out_of_stock", $"{shortage} Nothing was charged.");

    /// <summary>
    /// The cart's lines as sold: products checked (active, sellable), list prices and tax rates looked up; a price
    /// different from the list or a discount needs <paramref name="canOverride"/>.
    /// </summary>
    public static async Task<Result<IReadOnlyList<PosLineData>>> LinesAsync(ErpDbContext db, Guid? priceListId, bool pricesIncludeTax,
        IReadOnlyList<CartLineInput> inputs, bool canOverride, CancellationToken ct)
    {
        if (inputs.Count == 0)
        {
            return Domain.Pos.PosErrors.EmptyCart;
        }

        var ids = inputs.Select(i => i.ProductId).Distinct().ToList();
        var products = await db.Products.AsNoTracking().Where(p => ids.Contains(p.Id))
            .Select(p => new { p.Id, p.ParentId, p.Price, p.Sku, p.Name, p.VariantLabel, p.Kind, p.TaxCategory, p.IsActive })
            .ToDictionaryAsync(p => p.Id, ct);
        var rates = await SalesPricing.TaxRatesAsync(db, ct);
        var prices = await TillPriceBook.LoadAsync(db, priceListId, pricesIncludeTax,
            [.. products.Values.Select(p => new PricedProduct(p.Id, p.ParentId, p.Price))], ct);
        var lines = new List<PosLineData>(inputs.Count);
        foreach (var input in inputs)
        {
            if (!products.TryGetValue(input.ProductId, out var product) || !product.IsActive || product.Kind == ProductKind.WithVariants)
            {
                return InventoryErrors.UnknownProduct;
            }

            if (input.Quantity <= 0m)
            {
                return Domain.Pos.PosErrors.QuantityNotPositive(product.Sku);
            }

            var rate = TaxRate.For(product.TaxCategory, rates)?.Percent ?? 0m;
            var listPrice = prices.PriceOf(new PricedProduct(product.Id, product.ParentId, product.Price), rate);
            var price = input.UnitPrice ?? listPrice;
            if (price < 0m)
            {
                return Domain.Sales.PricingErrors.NegativePrice;
            }

            var discount = new Discount(input.DiscountKind, input.DiscountValue);
            if ((price != listPrice || !discount.IsNone) && !canOverride)
            {
                return OverrideDenied;
            }

            var name = product.VariantLabel is null ? product.Name : $"{product.Name} ({product.VariantLabel})";
            lines.Add(new PosLineData(product.Id, product.Sku, name, input.Quantity, listPrice, price, discount, rate));
        }

        return lines;
    }

    /// <summary>Base quantities the lines draw from stock, kits expanded into their components.</summary>
    public static async Task<Dictionary<Guid, decimal>> StockNeededAsync(ErpDbContext db, IEnumerable<(Guid ProductId, decimal Quantity)> lines,
        CancellationToken ct)
    {
        var wanted = lines.GroupBy(l => l.ProductId).ToDictionary(g => g.Key, g => g.Sum(l => l.Quantity));
        var ids = wanted.Keys.ToList();
        var components = await db.Set<KitComponent>().AsNoTracking().Where(k => ids.Contains(k.KitId))
            .Select(k => new { k.KitId, k.ComponentId, k.Quantity }).ToListAsync(ct);
        var needed = new Dictionary<Guid, decimal>();
        foreach (var (productId, quantity) in wanted)
        {
            var parts = components.Where(c => c.KitId == productId).ToList();
            foreach (var (id, perUnit) in parts.Count == 0 ? [(productId, 1m)] : parts.Select(c => (c.ComponentId, c.Quantity)))
            {
                needed[id] = needed.GetValueOrDefault(id) + (quantity * perUnit);
            }
        }

        return needed;
    }
}
