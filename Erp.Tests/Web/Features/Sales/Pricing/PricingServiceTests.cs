using Erp.Domain.Platform;
using Erp.Domain.Sales;
using Erp.Domain.Sales.Pricing;
using Erp.Domain.Sales.Taxes;
using Erp.Tests.TestInfrastructure;
using Erp.Tests.Web.Features.Inventory;
using Erp.Web.Features.Sales.Pricing;
using Erp.Web.Features.Sales.Settings;
using Erp.Web.Features.Sales.Taxes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Erp.Tests.Web.Features.Sales.Pricing;

/// <summary>Tax rates, sales settings, price lists and the price check through the services, on a real SQLite database.</summary>
public class PricingServiceTests(ErpAppFactory app) : IClassFixture<ErpAppFactory>
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    private static T S<T>(IServiceProvider sp) where T : notnull => sp.GetRequiredService<T>();

    private static PriceListInput List(string name, bool inclusive = false) => new() { Name = name, CurrencyCode = "USD", PricesIncludeTax = inclusive };

    private static PriceListItemInput Item(Guid productId, decimal price, decimal min = 0m, DateTime? from = null, DateTime? to = null) =>
        new() { ProductId = productId, Price = price, MinQuantity = min, ValidFrom = from, ValidTo = to };

    [Fact]
    public async Task TaxRates_StandardThreeOnFirstRead_OneDefault_AndBadInputChangesNothing()
    {
        var data = await InventoryTestData.CreateAsync(app);

        var rates = await data.AsAdmin(sp => S<TaxRateService>(sp).ListAsync());
        Assert.Equal([("Reduced", 8m, false), ("Standard", 16m, true), ("Zero", 0m, false)], rates.Select(r => (r.Code, r.Percent, r.IsDefault)));
        Assert.Equal(3, (await data.AsAdmin(sp => S<TaxRateService>(sp).ListAsync())).Count);

        var tooHigh = await data.AsAdmin(sp => S<TaxRateService>(sp).SaveAsync(new TaxRateInput { Code = "Lux", Name = "Luxury", Percent = 100.5m }));
        var negative = await data.AsAdmin(sp => S<TaxRateService>(sp).SaveAsync(new TaxRateInput { Code = "Neg", Name = "Negative", Percent = -1m }));
        var duplicate = await data.AsAdmin(sp => S<TaxRateService>(sp).SaveAsync(new TaxRateInput { Code = "standard", Name = "Again", Percent = 5m }));
        var secondDefault = await data.AsAdmin(sp => S<TaxRateService>(sp).SaveAsync(new TaxRateInput { Code = "Lux", Name = "Luxury", Percent = 25m, IsDefault = true }));
        var standard = rates.Single(r => r.Code == "Standard").Id;
        var deactivateDefault = await data.AsAdmin(sp => S<TaxRateService>(sp).SetActiveAsync(standard, false));

        Assert.Equal(PricingErrors.InvalidTaxRate, tooHigh.Error);
        Assert.Equal(PricingErrors.InvalidTaxRate, negative.Error);
        Assert.Contains("already a tax rate with the code \"standard\"", duplicate.Error!.Message, StringComparison.Ordinal);
        Assert.Equal(PricingErrors.DefaultRateExists, secondDefault.Error);
        Assert.Equal(PricingErrors.DefaultRateMustStayActive, deactivateDefault.Error);
        Assert.Equal(rates, await data.AsAdmin(sp => S<TaxRateService>(sp).ListAsync()));

        var lux = await data.AsAdmin(sp => S<TaxRateService>(sp).SaveAsync(new TaxRateInput { Code = "Lux", Name = "Luxury", Percent = 25m }));
        var moved = await data.AsAdmin(sp => S<TaxRateService>(sp).MakeDefaultAsync(lux.Value));
        Assert.True(moved.IsSuccess);
        var after = await data.AsAdmin(sp => S<TaxRateService>(sp).ListAsync());
        Assert.Equal(["Lux"], after.Where(r => r.IsDefault).Select(r => r.Code));
        Assert.True((await data.AsAdmin(sp => S<TaxRateService>(sp).SetActiveAsync(standard, false))).IsSuccess);
    }

    [Fact]
    public async Task TaxRates_And_Settings_OnlyConfigureMayChange_ViewMayRead_OtherTenantsAreNotFound()
    {
        var data = await InventoryTestData.CreateAsync(app);
        var other = await InventoryTestData.CreateAsync(app);
        var rep = await data.Tenant.AddUserAsync(BuiltInRoles.SalesRep);
        var cashier = await data.Tenant.AddUserAsync(BuiltInRoles.Cashier);
        var rates = await data.As(rep, sp => S<TaxRateService>(sp).ListAsync());

        var byRep = await data.As(rep, sp => S<TaxRateService>(sp).SaveAsync(new TaxRateInput { Code = "X", Name = "X", Percent = 1m }));
        var settingsByRep = await data.As(rep, sp => S<SalesSettingsService>(sp).SaveAsync(new SalesSettingsInput()));
        var readByCashier = await data.As(cashier, sp => S<SalesSettingsService>(sp).GetAsync());
        var foreign = await other.AsAdmin(sp => S<TaxRateService>(sp).MakeDefaultAsync(rates[0].Id));

        Assert.Equal(3, rates.Count);
        Assert.Equal(CommonErrorsCode.Forbidden, byRep.Error!.Code);
        Assert.Equal(CommonErrorsCode.Forbidden, settingsByRep.Error!.Code);
        Assert.Equal(CommonErrorsCode.Forbidden, readByCashier.Error!.Code);
        Assert.Equal(CommonErrorsCode.NotFound, foreign.Error!.Code);
        Assert.Equal(3, await data.InDb(db => db.TaxRates.CountAsync()));
    }

    [Fact]
    public async Task Settings_DefaultsUntilSaved_BadThresholdRefused()
    {
        var data = await InventoryTestData.CreateAsync(app);

        var defaults = (await data.AsAdmin(sp => S<SalesSettingsService>(sp).GetAsync())).Value;
        var bad = await data.AsAdmin(sp => S<SalesSettingsService>(sp).SaveAsync(new SalesSettingsInput { DiscountApprovalPercent = 101m }));
        var saved = await data.AsAdmin(sp => S<SalesSettingsService>(sp).SaveAsync(new SalesSettingsInput
        {
            TaxRounding = TaxRounding.PerDocument, DiscountApprovalPercent = 12.5m, InvoiceOn = InvoiceOn.Order,
        }));

        Assert.Equal((TaxRounding.PerLine, 20m, InvoiceOn.Delivery), (defaults.TaxRounding, defaults.DiscountApprovalPercent, defaults.InvoiceOn));
        Assert.Equal(PricingErrors.DiscountThresholdOutOfRange, bad.Error);
        Assert.True(saved.IsSuccess);
        var now = (await data.AsAdmin(sp => S<SalesSettingsService>(sp).GetAsync())).Value;
        Assert.Equal((TaxRounding.PerDocument, 12.5m, InvoiceOn.Order), (now.TaxRounding, now.DiscountApprovalPercent, now.InvoiceOn));
    }

    [Fact]
    public async Task PriceList_ItemsWithBreaks_ResolveThePrice_AndBadItemsAreRefusedWithNothingChanged()
    {
        var data = await InventoryTestData.CreateAsync(app);
        var water = await data.ProductAsync("WATER", 0.30m, p => p.TaxCategory = "Reduced"); // own price 0.60
        var list = (await data.AsAdmin(sp => S<PriceListCommands>(sp).CreateAsync(List("Wholesale")))).Value;
        var duplicateName = await data.AsAdmin(sp => S<PriceListCommands>(sp).CreateAsync(List("wholesale")));
        async Task<Erp.Domain.Common.Result<Guid>> Add(PriceListItemInput input) => await data.AsAdmin(sp => S<PriceListCommands>(sp).SaveItemAsync(list, input));

        Assert.True((await Add(Item(water, 0.50m))).IsSuccess);
        Assert.True((await Add(Item(water, 0.45m, 48))).IsSuccess);
        // A dated price for the same break overlaps the open-ended one: refused.
        Assert.Equal(PricingErrors.OverlappingBreak, (await Add(Item(water, 0.40m, 48, new DateTime(2027, 1, 1), new DateTime(2027, 1, 31)))).Error);
        var promo = await Add(Item(water, 0.35m, 144, new DateTime(2026, 11, 1), new DateTime(2026, 11, 30)));
        var promoLater = await Add(Item(water, 0.38m, 144, new DateTime(2026, 12, 1)));
        var overlapping = await Add(Item(water, 0.30m, 144, new DateTime(2026, 11, 30), new DateTime(2026, 12, 5)));
        var negative = await Add(Item(water, -0.01m));
        var backwards = await Add(Item(water, 0.30m, 10, new DateTime(2026, 12, 5), new DateTime(2026, 12, 1)));
        var noProduct = await Add(new PriceListItemInput { Price = 1m });

        Assert.Contains("already a price list called", duplicateName.Error!.Message, StringComparison.Ordinal);
        Assert.True(promo.IsSuccess && promoLater.IsSuccess);
        Assert.Equal(PricingErrors.OverlappingBreak, overlapping.Error);
        Assert.Equal(PricingErrors.NegativePrice, negative.Error);
        Assert.Equal(PricingErrors.ValidToBeforeValidFrom, backwards.Error);
        Assert.Equal("Choose a product.", noProduct.Error!.Message);
        Assert.Equal(4, await data.InDb(db => db.PriceListItems.CountAsync()));

        async Task<PriceCheck> Check(decimal quantity, DateOnly date, Guid? on = null) =>
            (await data.AsAdmin(sp => S<PriceListQueries>(sp).CheckPriceAsync(on ?? list, water, quantity, date))).Value;
        Assert.Equal(0.50m, (await Check(47, Today)).Price.UnitPrice);
        Assert.Equal(0.45m, (await Check(48, Today)).Price.UnitPrice);
        Assert.Equal(0.35m, (await Check(144, Today)).Price.UnitPrice);
        Assert.Equal(0.38m, (await Check(500, new DateOnly(2027, 6, 1))).Price.UnitPrice);
        var check = await Check(1, Today);
        Assert.Equal(("Reduced rate", 8m, 0.50m, 0.54m), (check.TaxRateName, check.TaxPercent, check.PriceExcludingTax, check.PriceIncludingTax));

        var inclusive = (await data.AsAdmin(sp => S<PriceListCommands>(sp).CreateAsync(List("Shop", inclusive: true)))).Value;
        var fallback = await Check(10, Today, inclusive);
        Assert.Equal(new ResolvedPrice(0.60m, false, PriceSource.ProductPrice), fallback.Price);
    }

    [Fact]
    public async Task PriceList_OtherTenantsListsAndProducts_AreNotFound_AndSalesRepCannotChangeLists()
    {
        var data = await InventoryTestData.CreateAsync(app);
        var other = await InventoryTestData.CreateAsync(app);
        var rep = await data.Tenant.AddUserAsync(BuiltInRoles.SalesRep);
        var mine = await data.ProductAsync("MINE");
        var theirs = await other.ProductAsync("THEIRS");
        var list = (await data.AsAdmin(sp => S<PriceListCommands>(sp).CreateAsync(List("Retail")))).Value;
        var item = (await data.AsAdmin(sp => S<PriceListCommands>(sp).SaveItemAsync(list, Item(mine, 3m)))).Value;

        var foreignRead = await other.AsAdmin(sp => S<PriceListQueries>(sp).GetAsync(list));
        var foreignItems = await other.AsAdmin(sp => S<PriceListQueries>(sp).ItemsAsync(list));
        var foreignAdd = await other.AsAdmin(sp => S<PriceListCommands>(sp).SaveItemAsync(list, Item(theirs, 1m)));
        var foreignProduct = await data.AsAdmin(sp => S<PriceListCommands>(sp).SaveItemAsync(list, Item(theirs, 1m)));
        var foreignRemove = await other.AsAdmin(sp => S<PriceListCommands>(sp).RemoveItemAsync(list, item, null, DateTimeOffset.UtcNow));
        var byRep = await data.As(rep, sp => S<PriceListCommands>(sp).SaveItemAsync(list, Item(mine, 0.01m, 5)));
        var readByRep = await data.As(rep, sp => S<PriceListQueries>(sp).ItemsAsync(list));

        Assert.Equal(CommonErrorsCode.NotFound, foreignRead.Error!.Code);
        Assert.Equal(CommonErrorsCode.NotFound, foreignItems.Error!.Code);
        Assert.Equal(CommonErrorsCode.NotFound, foreignAdd.Error!.Code);
        Assert.Equal(CommonErrorsCode.NotFound, foreignProduct.Error!.Code);
        Assert.Equal(CommonErrorsCode.NotFound, foreignRemove.Error!.Code);
        Assert.Equal(CommonErrorsCode.Forbidden, byRep.Error!.Code);
        Assert.Equal([("MINE", 3m)], readByRep.Value.Select(r => (r.Sku, r.Price)));
        Assert.Empty(await other.AsAdmin(sp => S<PriceListQueries>(sp).ListAsync()));

        Assert.True((await data.AsAdmin(sp => S<PriceListCommands>(sp).RemoveItemAsync(list, item, data.Tenant.AdminId, DateTimeOffset.UtcNow))).IsSuccess);
        Assert.Empty((await data.AsAdmin(sp => S<PriceListQueries>(sp).ItemsAsync(list))).Value);
    }
    [Fact]
    public async Task SalesProductSearch_WorksForSalesRepsWithoutInventoryAccess_AndOffersFamilies()
    {
        var data = await InventoryTestData.CreateAsync(app);
        var rep = await data.Tenant.AddUserAsync(BuiltInRoles.SalesRep);
        var cashier = await data.Tenant.AddUserAsync(BuiltInRoles.Cashier);
        await data.ProductAsync("SRCH-1");
        await data.InDb(async db =>
        {
            db.Products.Add(new Erp.Domain.Catalog.Product(Erp.Domain.Catalog.ProductKind.WithVariants,
                new Erp.Domain.Catalog.ProductFields("Family", data.Basics.Piece, 1m, 2m), "SRCH-FAM", Erp.Domain.Catalog.Ean13.InStore(90_001)));
            return await db.SaveChangesAsync();
        });

        var found = await data.As(rep, sp => S<SalesProductLookups>(sp).SearchAsync("srch"));
        var none = await data.As(cashier, sp => S<SalesProductLookups>(sp).SearchAsync("srch"));

        Assert.Equal(["SRCH-1", "SRCH-FAM"], found.Select(o => o.Sku));
        Assert.EndsWith("(all variants)", found[1].Display, StringComparison.Ordinal);
        Assert.Empty(none);
    }
}

/// <summary>The stable codes of the common errors, for assertions.</summary>
internal static class CommonErrorsCode
{
    public const string Forbidden = "common.forbidden";
    public const string NotFound = "common.not_found";
}
