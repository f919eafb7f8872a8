using Erp.Data;
using Erp.Data.Sales;
using Erp.Domain.Sales.Pricing;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Sales.Pricing;

/// <summary>
/// The demo tenant's tax rates (the standard three, matching the demo products' tax categories) and a tax-exclusive
/// "Wholesale" price list with quantity breaks on a few demo products. Runs in the tenant's scope, after the catalog demo.
/// </summary>
public sealed class PricingDemoData(IDbContextFactory<ErpDbContext> dbFactory)
{
    public async Task SeedAsync(string currencyCode, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await SalesPricing.EnsureStandardRatesAsync(db, ct);
        if (await db.PriceLists.AnyAsync(ct))
        {
            return;
        }

        var wholesale = new PriceList("Wholesale", currencyCode, pricesIncludeTax: false);
        db.PriceLists.Add(wholesale);
        var products = await db.Products.Where(p => p.Sku == "WATER-05" || p.Sku == "COLA-033" || p.Sku == "APPLE-KG" || p.Sku == "TEE")
            .ToDictionaryAsync(p => p.Sku, p => p.Id, ct);
        (string Sku, decimal Min, decimal Price)[] breaks =
        [
            ("WATER-05", 0, 0.50m), ("WATER-05", 48, 0.45m), ("WATER-05", 144, 0.40m),
            ("COLA-033", 0, 0.95m), ("COLA-033", 48, 0.89m), ("COLA-033", 144, 0.82m),
            ("APPLE-KG", 0, 2.10m), ("APPLE-KG", 25, 1.95m),
            ("TEE", 0, 12.50m), ("TEE", 10, 11.00m),
        ];
        foreach (var (sku, min, price) in breaks.Where(b => products.ContainsKey(b.Sku)))
        {
            db.PriceListItems.Add(new PriceListItem(wholesale.Id, products[sku], price, min));
        }

        await db.SaveChangesAsync(ct);
    }
}
