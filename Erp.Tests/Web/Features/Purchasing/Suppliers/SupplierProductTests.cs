using Erp.Domain.Purchasing;
using Erp.Domain.Purchasing.Suppliers;
using Erp.Tests.TestInfrastructure;
using Erp.Web.Features.Purchasing.Suppliers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Erp.Tests.Web.Features.Purchasing.Suppliers;

public class SupplierProductTests(ErpAppFactory app) : IClassFixture<ErpAppFactory>
{
    private static SupplierProductInput Item(Guid product, decimal price, bool preferred, string currency = "USD") => new()
    {
        ProductId = product, Currency = currency, UnitPrice = price, MinimumOrderQuantity = 12m, LeadTimeDays = 4, IsPreferred = preferred,
        SupplierSku = "S-" + price.ToString(System.Globalization.CultureInfo.InvariantCulture), PriceBreaks = [new PriceBreakInput { MinQuantity = 100m, UnitPrice = price - 0.1m }],
    };

    [Fact]
    public async Task MakingASupplierPreferred_TakesThePreferenceFromTheOther_InAddEditAndTheSwitch()
    {
        var kit = await PurchasingTestKit.CreateAsync(app);
        var product = await kit.ProductAsync("PREF-1");
        var first = await kit.SupplierAsync("SUP-A", "First");
        var second = await kit.SupplierAsync("SUP-B", "Second");
        var third = await kit.SupplierAsync("SUP-C", "Third");

        var a = await kit.As(kit.Buyer, sp => sp.GetRequiredService<SupplierProductCommands>().AddAsync(first, Item(product, 2m, true)));
        var b = await kit.As(kit.Buyer, sp => sp.GetRequiredService<SupplierProductCommands>().AddAsync(second, Item(product, 1.9m, true)));
        Assert.True(a.IsSuccess && b.IsSuccess, a.Error?.Message ?? b.Error?.Message);
        Assert.Equal([second], await PreferredAsync(kit, product));

        var c = await kit.As(kit.Buyer, sp => sp.GetRequiredService<SupplierProductCommands>().AddAsync(third, Item(product, 1.8m, false)));
        var edited = await kit.As(kit.Buyer, sp => sp.GetRequiredService<SupplierProductCommands>().UpdateAsync(c.Value, Item(product, 1.75m, true)));
        Assert.True(edited.IsSuccess, edited.Error?.Message);
        Assert.Equal([third], await PreferredAsync(kit, product));

        var switched = await kit.As(kit.Buyer, sp => sp.GetRequiredService<SupplierProductCommands>().SetPreferredAsync(a.Value, true));
        Assert.True(switched.IsSuccess, switched.Error?.Message);
        Assert.Equal([first], await PreferredAsync(kit, product));
        var saved = await kit.InDb(db => db.SupplierProducts.Include(p => p.PriceBreaks).SingleAsync(p => p.Id == c.Value));
        Assert.Equal((1.75m, 12m, 4, "S-1.75", false), (saved.UnitPrice, saved.MinimumOrderQuantity, saved.LeadTimeDays, saved.SupplierSku, saved.IsPreferred));
        Assert.Equal(1.65m, saved.PriceFor(100m));

        var duplicate = await kit.As(kit.Buyer, sp => sp.GetRequiredService<SupplierProductCommands>().AddAsync(first, Item(product, 3m, false)));
        Assert.Equal("purchasing.already_supplied", duplicate.Error?.Code);
    }

    [Fact]
    public async Task APriceInACurrencyTheTenantDoesNotUse_IsRefused_AndChangesNothing()
    {
        var kit = await PurchasingTestKit.CreateAsync(app);
        var product = await kit.ProductAsync("CUR-1");
        var other = await kit.ProductAsync("CUR-2");
        var supplier = await kit.SupplierAsync("SUP-A", "First");
        var rival = await kit.SupplierAsync("SUP-B", "Rival");
        var existing = await kit.SupplierProductAsync(supplier, product, 2m, preferred: false);
        await kit.SupplierProductAsync(rival, product, 2.2m, preferred: true);

        var added = await kit.As(kit.Buyer, sp => sp.GetRequiredService<SupplierProductCommands>().AddAsync(supplier, Item(other, 5m, true, "JPY")));
        var edited = await kit.As(kit.Buyer, sp => sp.GetRequiredService<SupplierProductCommands>().UpdateAsync(existing, Item(product, 9m, true, "GBP")));

        Assert.Equal(PurchasingErrors.CurrencyNotUsed("JPY"), added.Error);
        Assert.Equal(PurchasingErrors.CurrencyNotUsed("GBP"), edited.Error);
        Assert.Equal(2, await kit.InDb(db => db.SupplierProducts.CountAsync()));
        var unchanged = await kit.InDb(db => db.SupplierProducts.SingleAsync(p => p.Id == existing));
        Assert.Equal((2m, "USD", false), (unchanged.UnitPrice, unchanged.Currency, unchanged.IsPreferred));
        Assert.Equal([rival], await PreferredAsync(kit, product));
    }

    [Fact]
    public async Task Remove_TakesTheProductOffTheSuppliersList_AndFreesThePreference()
    {
        var kit = await PurchasingTestKit.CreateAsync(app);
        var product = await kit.ProductAsync("REM-1");
        var supplier = await kit.SupplierAsync("SUP-A", "First");
        var item = await kit.SupplierProductAsync(supplier, product, 2m);

        var removed = await kit.As(kit.Buyer, sp => sp.GetRequiredService<SupplierProductCommands>().RemoveAsync(item));
        var listed = await kit.As(kit.Buyer, sp => sp.GetRequiredService<SupplierQueries>().ProductsAsync(supplier));
        var again = await kit.As(kit.Buyer, sp => sp.GetRequiredService<SupplierProductCommands>().AddAsync(supplier, Item(product, 2.5m, true)));

        Assert.True(removed.IsSuccess, removed.Error?.Message);
        Assert.Empty(listed.Value);
        Assert.True(again.IsSuccess, again.Error?.Message);
        Assert.Equal([supplier], await PreferredAsync(kit, product));
    }

    private static Task<List<Guid>> PreferredAsync(PurchasingTestKit kit, Guid product) =>
        kit.InDb(db => db.SupplierProducts.Where(p => p.ProductId == product && p.IsPreferred).Select(p => p.SupplierId).ToListAsync());
}
