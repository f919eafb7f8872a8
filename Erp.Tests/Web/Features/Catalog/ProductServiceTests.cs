using System.Net;
using ClosedXML.Excel;
using Erp.Data;
using Erp.Domain.Catalog;
using Erp.Domain.Common;
using Erp.Domain.Platform;
using Erp.Tests.TestInfrastructure;
using Erp.Web.Features.Catalog.Products;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Erp.Tests.Web.Features.Catalog;

public class ProductServiceTests(ErpAppFactory app) : IClassFixture<ErpAppFactory>
{
    [Fact]
    public async Task Create_WithThreeSizesByFourColours_YieldsTwelveVariantsWithUniqueSkusAndBarcodes()
    {
        var (tenant, basics) = await TenantAsync();
        var input = basics.Simple("TEE", "Classic T-shirt", 14.99m);
        input.Kind = ProductKind.WithVariants;
        input.Axes = [new VariantAxis("Size", ["S", "M", "L"]), new VariantAxis("Colour", ["Black", "White", "Red", "Navy"])];

        var created = await AsAdmin(tenant, sp => sp.GetRequiredService<SaveProductCommand>().CreateAsync(input));

        Assert.True(created.IsSuccess, created.Error?.Message);
        var variants = await InDb(tenant, db => db.Products.Where(p => p.ParentId == created.Value).ToListAsync());
        Assert.Equal(12, variants.Count);
        Assert.All(variants, v => Assert.Equal(ProductKind.Variant, v.Kind));
        Assert.Equal(12, variants.Select(v => v.Sku).Distinct().Count());
        Assert.Equal(12, variants.Select(v => v.Barcode).Distinct().Count());
        Assert.All(variants, v => Assert.True(Ean13.IsValid(v.Barcode), v.Barcode));
        Assert.All(variants, v => Assert.Equal(14.99m, v.Price));
        var parentBarcode = await InDb(tenant, db => db.Products.Where(p => p.Id == created.Value).Select(p => p.Barcode).SingleAsync());
        Assert.DoesNotContain(parentBarcode, variants.Select(v => v.Barcode));
        var listed = await AsAdmin(tenant, sp => sp.GetRequiredService<ProductQueries>().VariantsAsync(created.Value));
        Assert.Contains(listed, v => v.Sku == "TEE-M-NAVY" && v.Label == "Size: M · Colour: Navy");
    }

    [Fact]
    public async Task Update_OfAFamily_PassesSharedFieldsToItsVariants_ButKeepsTheirPrices()
    {
        var (tenant, basics) = await TenantAsync();
        var input = basics.Simple("CAP", "Cap", 9m);
        input.Kind = ProductKind.WithVariants;
        input.Axes = [new VariantAxis("Colour", ["Red", "Blue"])];
        var family = await CreateAsync(tenant, input);
        var red = await InDb(tenant, db => db.Products.Where(p => p.Sku == "CAP-RED").Select(p => p.Id).SingleAsync());
        var redInput = (await AsAdmin(tenant, sp => sp.GetRequiredService<ProductQueries>().GetAsync(red))).Value;
        var changedRed = redInput.ToInput();
        changedRed.Price = 11m;
        Assert.True((await AsAdmin(tenant, sp => sp.GetRequiredService<SaveProductCommand>().UpdateAsync(red, changedRed, redInput.Version))).IsSuccess);

        var loaded = (await AsAdmin(tenant, sp => sp.GetRequiredService<ProductQueries>().GetAsync(family))).Value;
        var edit = loaded.ToInput();
        edit.Name = "Baseball cap";
        edit.TaxCategory = "Reduced";
        edit.Price = 10m;
        var saved = await AsAdmin(tenant, sp => sp.GetRequiredService<SaveProductCommand>().UpdateAsync(family, edit, loaded.Version));

        Assert.True(saved.IsSuccess, saved.Error?.Message);
        var variants = await InDb(tenant, db => db.Products.Where(p => p.ParentId == family).OrderBy(p => p.Sku).ToListAsync());
        Assert.All(variants, v => Assert.Equal(("Baseball cap", "Reduced"), (v.Name, v.TaxCategory)));
        Assert.Equal([9m, 11m], variants.Select(v => v.Price));
    }

    [Fact]
    public async Task Create_WithEmptyBarcode_GeneratesTheNextValidInStoreCode()
    {
        var (tenant, basics) = await TenantAsync();

        var first = await CreateAsync(tenant, basics.Simple("A1"));
        var second = await CreateAsync(tenant, basics.Simple("A2"));

        var codes = await InDb(tenant, db => db.Products.Where(p => p.Id == first || p.Id == second).OrderBy(p => p.Sku)
            .Select(p => p.Barcode).ToListAsync());
        Assert.Equal([Ean13.InStore(1), Ean13.InStore(2)], codes);
    }

    [Fact]
    public async Task Create_WithDuplicateSkuOrBarcode_IsRefusedButTheSameSkuIsFineInAnotherTenant()
    {
        var (tenant, basics) = await TenantAsync();
        await CreateAsync(tenant, basics.Simple("COLA", barcode: "4006381333931"));

        var sameSku = await AsAdmin(tenant, sp => sp.GetRequiredService<SaveProductCommand>().CreateAsync(basics.Simple("cola ")));
        var sameBarcode = await AsAdmin(tenant, sp => sp.GetRequiredService<SaveProductCommand>()
            .CreateAsync(basics.Simple("OTHER", barcode: "4006381333931")));

        Assert.Equal(CatalogErrors.SkuTaken, sameSku.Error);
        Assert.Equal(CatalogErrors.BarcodeTaken, sameBarcode.Error);
        Assert.Equal(1, await InDb(tenant, db => db.Products.CountAsync()));

        var (other, otherBasics) = await TenantAsync();
        var elsewhere = await AsAdmin(other, sp => sp.GetRequiredService<SaveProductCommand>()
            .CreateAsync(otherBasics.Simple("COLA", barcode: "4006381333931")));
        Assert.True(elsewhere.IsSuccess, elsewhere.Error?.Message);
    }

    [Fact]
    public async Task Create_WithBadInput_ExplainsAndChangesNothing()
    {
        var (tenant, basics) = await TenantAsync();
        var negative = basics.Simple("NEG", price: -1m);
        var badEan = basics.Simple("EAN", barcode: "4006381333932");
        var noConversion = basics.Simple("CONV");
        noConversion.PurchaseUnitId = basics.Kg;
        var unknownCategory = basics.Simple("CAT");
        unknownCategory.CategoryId = Guid.NewGuid();

        var results = new List<Result>();
        foreach (var input in new[] { negative, badEan, noConversion, unknownCategory })
        {
            results.Add(await AsAdmin(tenant, sp => sp.GetRequiredService<SaveProductCommand>().CreateAsync(input)));
        }

        Assert.Equal([CatalogErrors.NegativeAmount, CatalogErrors.InvalidEan13, CatalogErrors.NoConversion, CatalogErrors.CategoryNotFound],
            results.Select(r => r.Error));
        Assert.Equal(0, await InDb(tenant, db => db.Products.CountAsync()));

        var withBox = basics.Simple("BOXED");
        withBox.PurchaseUnitId = basics.Box;
        Assert.True((await AsAdmin(tenant, sp => sp.GetRequiredService<SaveProductCommand>().CreateAsync(withBox))).IsSuccess);
    }

    [Fact]
    public async Task Update_WithAStaleVersion_IsRefused()
    {
        var (tenant, basics) = await TenantAsync();
        var id = await CreateAsync(tenant, basics.Simple("V1", "Before"));
        var loaded = (await AsAdmin(tenant, sp => sp.GetRequiredService<ProductQueries>().GetAsync(id))).Value;
        var first = loaded.ToInput();
        first.Name = "First";
        var second = loaded.ToInput();
        second.Name = "Second";

        var saved = await AsAdmin(tenant, sp => sp.GetRequiredService<SaveProductCommand>().UpdateAsync(id, first, loaded.Version));
        var stale = await AsAdmin(tenant, sp => sp.GetRequiredService<SaveProductCommand>().UpdateAsync(id, second, loaded.Version));

        Assert.True(saved.IsSuccess, saved.Error?.Message);
        Assert.Equal(CatalogErrors.ChangedByAnotherUser, stale.Error);
        Assert.Equal("First", (await AsAdmin(tenant, sp => sp.GetRequiredService<ProductQueries>().GetAsync(id))).Value.Name);
    }

    [Fact]
    public async Task Kit_IsMadeOfSimpleProducts_AndRefusesAKitAsComponent()
    {
        var (tenant, basics) = await TenantAsync();
        var cola = await CreateAsync(tenant, basics.Simple("COLA"));
        var water = await CreateAsync(tenant, basics.Simple("WATER"));
        var kit = basics.Simple("PACK", "Party pack");
        kit.Kind = ProductKind.Kit;
        kit.Components = [new ComponentInput { ProductId = cola, Quantity = 6 }, new ComponentInput { ProductId = water, Quantity = 6 }];
        var kitId = await CreateAsync(tenant, kit);

        var components = await AsAdmin(tenant, sp => sp.GetRequiredService<ProductQueries>().ComponentsAsync(kitId));
        Assert.Equal([("COLA", 6m), ("WATER", 6m)], components.Select(c => (c.Sku, c.Quantity)));

        var nested = basics.Simple("PACK2");
        nested.Kind = ProductKind.Kit;
        nested.Components = [new ComponentInput { ProductId = kitId, Quantity = 1 }];
        var refused = await AsAdmin(tenant, sp => sp.GetRequiredService<SaveProductCommand>().CreateAsync(nested));
        Assert.Equal(CatalogErrors.ComponentIsKit, refused.Error);
    }

    [Fact]
    public async Task List_PagesFiltersAndSearchesInTheDatabase()
    {
        var (tenant, basics) = await TenantAsync();
        for (var i = 1; i <= 30; i++)
        {
            var input = basics.Simple($"SKU{i:D2}", $"Item {i:D2}", i);
            input.BrandId = i % 3 == 0 ? basics.Acme : null;
            await CreateAsync(tenant, input);
        }

        var queries = (Func<IServiceProvider, ProductQueries>)(sp => sp.GetRequiredService<ProductQueries>());
        var page2 = await AsAdmin(tenant, sp => queries(sp).ListAsync(new ProductListQuery(Sort: "price", Desc: true), 1, 10));
        var acme = await AsAdmin(tenant, sp => queries(sp).ListAsync(new ProductListQuery(BrandId: basics.Acme), 0, 100));
        var bySku = await AsAdmin(tenant, sp => queries(sp).ListAsync(new ProductListQuery(Search: "sku1"), 0, 100));
        var byBarcode = await AsAdmin(tenant, sp => queries(sp).ListAsync(new ProductListQuery(Search: Ean13.InStore(7)), 0, 100));

        Assert.Equal(30, page2.Value.Total);
        Assert.Equal(Enumerable.Range(11, 10).Reverse().Select(i => (decimal)i), page2.Value.Items.Select(r => r.Price));
        Assert.Equal(10, acme.Value.Total);
        Assert.Equal(10, bySku.Value.Total);
        Assert.Equal("SKU07", Assert.Single(byBarcode.Value.Items).Sku);
    }

    [Fact]
    public async Task List_SortedByPriceOrCost_FollowsTheExactDecimals_AndKeysFollowEdits()
    {
        var (tenant, basics) = await TenantAsync();
        // As text these sort 0.0001 < 10 < 1000000.5 < 2 < 9.9999 …; as numbers they do not.
        decimal[] prices = [10m, 2m, 9.9999m, 0.0001m, 1000000.5m, 99999999999.9999m, 10.0001m, 0m, 2m];
        for (var i = 0; i < prices.Length; i++)
        {
            var input = basics.Simple($"P{i:D2}", $"Priced {i}", prices[i]);
            input.Cost = prices[prices.Length - 1 - i];
            await CreateAsync(tenant, input);
        }

        var edited = await InDb(tenant, db => db.Products.Where(p => p.Sku == "P00").Select(p => p.Id).SingleAsync());
        var loaded = (await AsAdmin(tenant, sp => sp.GetRequiredService<ProductQueries>().GetAsync(edited))).Value;
        var change = loaded.ToInput();
        change.Price = 3.5m;
        Assert.True((await AsAdmin(tenant, sp => sp.GetRequiredService<SaveProductCommand>().UpdateAsync(edited, change, loaded.Version))).IsSuccess);

        var stored = await InDb(tenant, db => db.Products.Select(p => new { p.Sku, p.Price, p.PriceSortKey, p.Cost, p.CostSortKey }).ToListAsync());
        Assert.All(stored, p => Assert.Equal(Product.SortKey(p.Price), p.PriceSortKey));
        Assert.All(stored, p => Assert.Equal(Product.SortKey(p.Cost), p.CostSortKey));
        Assert.Equal(35_000L, stored.Single(p => p.Sku == "P00").PriceSortKey);
        foreach (var (sort, desc) in new[] { ("price", false), ("price", true), ("cost", false), ("cost", true) })
        {
            var listed = await AsAdmin(tenant, sp => sp.GetRequiredService<ProductQueries>().ListAsync(new ProductListQuery(Sort: sort, Desc: desc), 0, 100));
            var byAmount = (sort, desc) switch
            {
                ("price", false) => stored.OrderBy(p => p.Price),
                ("price", true) => stored.OrderByDescending(p => p.Price),
                ("cost", false) => stored.OrderBy(p => p.Cost),
                _ => stored.OrderByDescending(p => p.Cost),
            };
            var expected = byAmount.ThenBy(p => p.Sku, StringComparer.Ordinal).Select(p => p.Sku);
            Assert.Equal(expected, listed.Value.Items.Select(r => r.Sku));
        }
    }

    [Fact]
    public async Task List_SearchByCodePrefix_IsCaseInsensitive_AndCountsAPartialPage()
    {
        var (tenant, basics) = await TenantAsync();
        var skus = new[] { "AB-100", "ab-101", "AB-2", "ABC", "XAB-1", "AB_1" };
        for (var i = 0; i < skus.Length; i++)
        {
            await CreateAsync(tenant, basics.Simple(skus[i], $"Thing {i}"));
        }

        var queries = (Func<IServiceProvider, ProductQueries>)(sp => sp.GetRequiredService<ProductQueries>());
        var prefix = await AsAdmin(tenant, sp => queries(sp).ListAsync(new ProductListQuery(Search: "ab-1", Sort: "sku"), 0, 25));
        var underscore = await AsAdmin(tenant, sp => queries(sp).ListAsync(new ProductListQuery(Search: "ab_"), 0, 25));
        var paged = await AsAdmin(tenant, sp => queries(sp).ListAsync(new ProductListQuery(Search: "ab", Sort: "sku"), 1, 2));
        var last = await AsAdmin(tenant, sp => queries(sp).ListAsync(new ProductListQuery(Search: "ab", Sort: "sku"), 2, 2));
        var beyond = await AsAdmin(tenant, sp => queries(sp).ListAsync(new ProductListQuery(Search: "ab"), 9, 2));

        Assert.Equal(["AB-100", "AB-101"], prefix.Value.Items.Select(r => r.Sku));
        Assert.Equal(2, prefix.Value.Total);
        Assert.Equal("AB_1", Assert.Single(underscore.Value.Items).Sku);
        Assert.Equal(["AB-2", "ABC"], paged.Value.Items.Select(r => r.Sku)); // ordinal: '-' < 'C' < '_'
        Assert.Equal(5, paged.Value.Total); // "XAB-1" does not start with AB
        Assert.Equal("AB_1", Assert.Single(last.Value.Items).Sku);
        Assert.Equal(5, last.Value.Total);
        Assert.Empty(beyond.Value.Items);
        Assert.Equal(5, beyond.Value.Total);
    }

    [Fact]
    public async Task ForeignTenantProduct_IsNotFound_AndNeverListedOrExported()
    {
        var (tenant, basics) = await TenantAsync();
        var (other, otherBasics) = await TenantAsync();
        var foreign = await CreateAsync(other, otherBasics.Simple("SECRET", "Foreign secret"));
        await CreateAsync(tenant, basics.Simple("MINE", "Mine"));

        var read = await AsAdmin(tenant, sp => sp.GetRequiredService<ProductQueries>().GetAsync(foreign));
        var write = await AsAdmin(tenant, sp => sp.GetRequiredService<SaveProductCommand>().UpdateAsync(foreign, basics.Simple("X"), 0));
        var archive = await AsAdmin(tenant, sp => sp.GetRequiredService<SaveProductCommand>().SetActiveAsync(foreign, false));
        var list = await AsAdmin(tenant, sp => sp.GetRequiredService<ProductQueries>().ListAsync(new ProductListQuery(Active: null), 0, 100));
        Assert.Equal(CatalogErrors.ProductNotFound, read.Error);
        Assert.Equal(CatalogErrors.ProductNotFound, write.Error);
        Assert.Equal(CatalogErrors.ProductNotFound, archive.Error);
        Assert.Equal(["MINE"], list.Value.Items.Select(r => r.Sku));

        var client = app.CreateHttpsClient();
        await HttpLogin.LoginAsync(client, tenant.AdminEmail);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/catalog/products/{foreign}")).StatusCode);
        var response = await client.GetAsync($"{ProductDownloadEndpoints.ExportPath}?active=");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var workbook = new XLWorkbook(await response.Content.ReadAsStreamAsync());
        var sheet = workbook.Worksheet(1);
        Assert.Equal("SKU", sheet.Cell(1, 1).GetString());
        Assert.Equal(["MINE"], sheet.RowsUsed().Skip(1).Select(r => r.Cell(1).GetString()));
        Assert.Equal(1m, (decimal)sheet.Cell(2, 9).GetDouble());
    }

    [Fact]
    public async Task Permissions_CashierViewsButCannotManage_EmployeeCannotView()
    {
        var (tenant, basics) = await TenantAsync();
        var id = await CreateAsync(tenant, basics.Simple("P1"));
        var cashier = await tenant.AddUserAsync(BuiltInRoles.Cashier);
        var employee = await tenant.AddUserAsync(BuiltInRoles.Employee);
        var manager = await tenant.AddUserAsync(BuiltInRoles.InventoryManager);

        var cashierRead = await app.InTenantAsync(tenant.Id, cashier, sp => sp.GetRequiredService<ProductQueries>().GetAsync(id));
        var cashierCreate = await app.InTenantAsync(tenant.Id, cashier, sp => sp.GetRequiredService<SaveProductCommand>().CreateAsync(basics.Simple("P2")));
        var employeeRead = await app.InTenantAsync(tenant.Id, employee, sp => sp.GetRequiredService<ProductQueries>().ListAsync(new ProductListQuery(), 0, 10));
        var managerCreate = await app.InTenantAsync(tenant.Id, manager, sp => sp.GetRequiredService<SaveProductCommand>().CreateAsync(basics.Simple("P3")));

        Assert.True(cashierRead.IsSuccess);
        Assert.Equal(CommonErrors.Forbidden, cashierCreate.Error);
        Assert.Equal(CommonErrors.Forbidden, employeeRead.Error);
        Assert.True(managerCreate.IsSuccess, managerCreate.Error?.Message);
        Assert.Equal(2, await InDb(tenant, db => db.Products.CountAsync()));
        foreach (var role in new[] { BuiltInRoles.Admin, BuiltInRoles.Manager, BuiltInRoles.InventoryManager })
        {
            Assert.Contains(CatalogPermissions.Manage, BuiltInRoles.PermissionsOf(role));
        }

        foreach (var role in new[] { BuiltInRoles.ShopManager, BuiltInRoles.Cashier, BuiltInRoles.SalesRep, BuiltInRoles.Buyer })
        {
            Assert.Contains(CatalogPermissions.View, BuiltInRoles.PermissionsOf(role));
            Assert.DoesNotContain(CatalogPermissions.Manage, BuiltInRoles.PermissionsOf(role));
        }
    }

    private async Task<(TestTenant Tenant, CatalogBasics Basics)> TenantAsync()
    {
        var tenant = await app.CreateTenantAsync();
        return (tenant, await CatalogBasics.CreateAsync(app, tenant));
    }

    private async Task<Guid> CreateAsync(TestTenant tenant, ProductInput input)
    {
        var result = await AsAdmin(tenant, sp => sp.GetRequiredService<SaveProductCommand>().CreateAsync(input));
        Assert.True(result.IsSuccess, result.Error?.Message);
        return result.Value;
    }

    private Task<T> AsAdmin<T>(TestTenant tenant, Func<IServiceProvider, Task<T>> action) => app.InTenantAsync(tenant.Id, tenant.AdminId, action);

    private Task<T> InDb<T>(TestTenant tenant, Func<ErpDbContext, Task<T>> query) =>
        app.InTenantAsync(tenant.Id, tenant.AdminId, async sp =>
        {
            await using var db = await sp.GetRequiredService<IDbContextFactory<ErpDbContext>>().CreateDbContextAsync();
            return await query(db);
        });
}
