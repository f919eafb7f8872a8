using Erp.Data;
using Erp.Data.Sales;
using Erp.Domain.Catalog;
using Erp.Domain.Common;
using Erp.Domain.Pos;
using Erp.Domain.Pos.Sessions;
using Erp.Domain.Sales.Customers;
using Erp.Domain.Sales.Pricing;
using Erp.Domain.Sales.Taxes;
using Erp.Web.Infrastructure.Grids;
using Erp.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Pos.Checkout;

/// <summary>
/// What the till reads: the cashier's open session, items by barcode or SKU (one indexed lookup, priced and with the
/// shop's available stock), the product grid by category, and a stock check of the whole cart before payment.
/// </summary>
public sealed class CheckoutQueries(IDbContextFactory<ErpDbContext> dbFactory, PermissionGuard guard)
{
    public static Error UnknownCode(string code) =>
        new("pos.unknown_code", $"No product has the barcode or SKU \"{code}\": the cart is unchanged.");

    /// <summary>
    /// The current user's open session as the till needs it (tax rates included: they are read once per till page, not
    /// once per scan); none → they must open one first.
    /// </summary>
    public async Task<CheckoutContext?> ContextAsync(CancellationToken ct = default)
    {
        if (!await guard.HasAsync(PosPermissions.Sell, ct))
        {
            return null;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var userId = db.Tenant.UserId;
        var session = await db.PosSessions.AsNoTracking().Where(s => s.CashierId == userId && s.Status == PosSessionStatus.Open)
            .Select(s => new { s.Id, s.Number, s.RegisterId, s.LocationId, s.Currency }).FirstOrDefaultAsync(ct);
        if (session is null)
        {
            return null;
        }

        var register = await db.CashRegisters.AsNoTracking().Include(r => r.PaymentMethods).FirstAsync(r => r.Id == session.RegisterId, ct);
        var location = await db.Locations.AsNoTracking().Where(l => l.Id == session.LocationId).Select(l => l.Name).FirstAsync(ct);
        var methodIds = register.PaymentMethods.OrderBy(m => m.Position).Select(m => m.PaymentMethodId).ToList();
        var methods = await db.PaymentMethods.AsNoTracking().Where(m => methodIds.Contains(m.Id) && m.IsActive).ToListAsync(ct);
        var customer = register.DefaultCustomerId is { } customerId
            ? await db.Customers.AsNoTracking().Where(c => c.Id == customerId).Select(c => c.Name).FirstOrDefaultAsync(ct)
            : null;
        var settings = await SalesPricing.SettingsAsync(db, ct);
        return new CheckoutContext(session.Id, session.Number, register.Id, register.Name, session.LocationId, location, session.Currency,
            register.PricesIncludeTax, register.PriceListId, customer is null ? null : register.DefaultCustomerId,
            customer ?? PosSaleRules.WalkInName, settings.TaxRounding,
            [.. methodIds.Select(id => methods.FirstOrDefault(m => m.Id == id)).OfType<Domain.Sales.Payments.PaymentMethod>()
                .Select(m => new TillPaymentMethod(m.Id, m.Name, m.Kind))],
            await SalesPricing.TaxRatesAsync(db, ct));
    }

    /// <summary>The item with this barcode or SKU (exact), priced for the till; unknown → a clear refusal.</summary>
    public async Task<Result<TillItem>> FindAsync(CheckoutContext till, string? code, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(PosPermissions.Sell, ct) is { } denied)
        {
            return denied;
        }

        var typed = code?.Trim() ?? "";
        if (typed.Length == 0)
        {
            return Error.Validation("Scan or type a barcode or SKU.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        // Barcode first (what scanners send), then SKU: two exact index lookups rather than one OR.
        var sellable = db.Products.AsNoTracking().Where(p => p.IsActive && p.Kind != ProductKind.WithVariants);
        var sku = typed.ToUpperInvariant();
        var product = await Row(sellable.Where(p => p.Barcode == typed)).FirstOrDefaultAsync(ct)
            ?? await Row(sellable.Where(p => p.Sku == sku)).FirstOrDefaultAsync(ct);
        if (product is null)
        {
            return UnknownCode(typed);
        }

        return (await PriceAsync(db, till, [product], ct))[0];
    }

    /// <summary>Products for the touch grid: by category and/or a name/SKU search, 40 at most.</summary>
    public async Task<IReadOnlyList<TillItem>> SearchAsync(CheckoutContext till, string? search, Guid? categoryId, CancellationToken ct = default)
    {
        if (!await guard.HasAsync(PosPermissions.Sell, ct))
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var products = db.Products.AsNoTracking().Where(p => p.IsActive && p.Kind != ProductKind.WithVariants);
        if (categoryId is { } category)
        {
            products = products.Where(p => p.CategoryId == category
                || (p.ParentId != null && db.Products.Any(parent => parent.Id == p.ParentId && parent.CategoryId == category)));
        }

        if (!string.IsNullOrWhiteSpace(search))
        {
            var pattern = Like.Contains(search);
            products = products.Where(p => EF.Functions.Like(p.Name, pattern, "\\") || EF.Functions.Like(p.Sku, pattern, "\\")
                                           || EF.Functions.Like(p.Barcode, pattern, "\\"));
        }

        var rows = await Row(products.OrderBy(p => p.Name).ThenBy(p => p.Sku).Take(40)).ToListAsync(ct);
        return rows.Count == 0 ? [] : await PriceAsync(db, till, rows, ct);
    }

    /// <summary>The items of a recalled cart, priced as now.</summary>
    public async Task<IReadOnlyList<TillItem>> ItemsAsync(CheckoutContext till, IReadOnlyList<Guid> productIds, CancellationToken ct = default)
    {
        if (!await guard.HasAsync(PosPermissions.Sell, ct))
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = await Row(db.Products.AsNoTracking().Where(p => productIds.Contains(p.Id))).ToListAsync(ct);
        return rows.Count == 0 ? [] : await PriceAsync(db, till, rows, ct);
    }

    /// <summary>Customers by name, code, e-mail or phone, for the till (cashiers do not hold Sales.View).</summary>
    public async Task<IReadOnlyList<TillCustomer>> CustomersAsync(string? search, CancellationToken ct = default)
    {
        if (!await guard.HasAsync(PosPermissions.Sell, ct) || string.IsNullOrWhiteSpace(search))
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var pattern = Like.Contains(search);
        return await db.Customers.AsNoTracking()
            .Where(c => c.Status != CustomerStatus.Blocked && (EF.Functions.Like(c.Name, pattern, "\\") || EF.Functions.Like(c.Code, pattern, "\\")
                || EF.Functions.Like(c.Email!, pattern, "\\") || EF.Functions.Like(c.Phone!, pattern, "\\")))
            .OrderBy(c => c.Name).Take(20).Select(c => new TillCustomer(c.Id, c.Code, c.Name)).ToListAsync(ct);
    }

    public async Task<IReadOnlyList<(Guid Id, string Name)>> CategoriesAsync(CancellationToken ct = default)
    {
        if (!await guard.HasAsync(PosPermissions.Sell, ct))
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = await db.Categories.AsNoTracking().OrderBy(c => c.Name).Select(c => new { c.Id, c.Name }).ToListAsync(ct);
        return [.. rows.Select(r => (r.Id, r.Name))];
    }

    /// <summary>
    /// The lines of the cart the shop cannot supply now (kits by their components), so that the cashier knows before
    /// taking the payment. Empty when all is there.
    /// </summary>
    public async Task<IReadOnlyList<string>> ShortagesAsync(CheckoutContext till, IReadOnlyList<CartLineInput> lines,
        CancellationToken ct = default)
    {
        if (!await guard.HasAsync(PosPermissions.Sell, ct))
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var needed = await PosSaleRules.StockNeededAsync(db, lines.Select(l => (l.ProductId, l.Quantity)), ct);
        var ids = needed.Keys.ToList();
        var available = await db.StockLevels.AsNoTracking().Where(l => l.LocationId == till.LocationId && ids.Contains(l.ProductId))
            .Select(l => new { l.ProductId, l.OnHand, l.Reserved }).ToDictionaryAsync(l => l.ProductId, l => l.OnHand - l.Reserved, ct);
        var skus = await db.Products.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Sku, ct);
        return [.. needed.Where(n => n.Value > available.GetValueOrDefault(n.Key))
            .Select(n => PosSaleRules.Shortage(skus[n.Key], available.GetValueOrDefault(n.Key), n.Value))];
    }

    private static async Task<IReadOnlyList<TillItem>> PriceAsync(ErpDbContext db, CheckoutContext till, IReadOnlyList<ProductRow> rows,
        CancellationToken ct)
    {
        var ids = rows.Select(r => r.Id).ToList();
        var kitIds = rows.Where(r => r.Kind == ProductKind.Kit).Select(r => r.Id).ToList();
        var components = kitIds.Count == 0
            ? []
            : await db.Set<KitComponent>().AsNoTracking().Where(k => kitIds.Contains(k.KitId)).Select(k => new { k.KitId, k.ComponentId, k.Quantity })
                .ToListAsync(ct);
        var stockIds = ids.Concat(components.Select(c => c.ComponentId)).Distinct().ToList();
        var available = await db.StockLevels.AsNoTracking().Where(l => l.LocationId == till.LocationId && stockIds.Contains(l.ProductId))
            .Select(l => new { l.ProductId, l.OnHand, l.Reserved }).ToDictionaryAsync(l => l.ProductId, l => l.OnHand - l.Reserved, ct);
        var images = await db.ProductImages.AsNoTracking().Where(i => ids.Contains(i.ProductId))
            .GroupBy(i => i.ProductId).Select(g => new { ProductId = g.Key, Id = g.OrderBy(i => i.CreatedAt).Select(i => i.Id).First() })
            .ToDictionaryAsync(i => i.ProductId, i => i.Id, ct);

        var prices = await TillPriceBook.LoadAsync(db, till.PriceListId, till.PricesIncludeTax,
            [.. rows.Select(r => new PricedProduct(r.Id, r.ParentId, r.Price))], ct);
        var items = new List<TillItem>(rows.Count);
        foreach (var row in rows)
        {
            var rate = TaxRate.For(row.TaxCategory, till.TaxRates)?.Percent ?? 0m;
            var price = prices.PriceOf(new PricedProduct(row.Id, row.ParentId, row.Price), rate);
            var stock = row.Kind == ProductKind.Kit
                ? components.Where(c => c.KitId == row.Id).Select(c => Math.Floor(available.GetValueOrDefault(c.ComponentId) / c.Quantity))
                    .DefaultIfEmpty(0m).Min()
                : available.GetValueOrDefault(row.Id);
            items.Add(new TillItem(row.Id, row.Sku, row.Barcode, row.DisplayName, price, rate, stock, images.TryGetValue(row.Id, out var image) ? image : null));
        }

        return items;
    }

    private static IQueryable<ProductRow> Row(IQueryable<Product> products) =>
        products.Select(p => new ProductRow(p.Id, p.ParentId, p.Price, p.Sku, p.Barcode, p.Name, p.VariantLabel, p.Kind, p.TaxCategory));

    private sealed record ProductRow(Guid Id, Guid? ParentId, decimal Price, string Sku, string Barcode, string Name, string? VariantLabel, ProductKind Kind, string? TaxCategory)
    {
        public string DisplayName => VariantLabel is null ? Name : $"{Name} ({VariantLabel})";
    }
}
