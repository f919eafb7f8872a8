using Erp.Data;
using Erp.Domain.Common;
using Erp.Domain.Inventory;
using Erp.Domain.Platform;
using Erp.Tests.TestInfrastructure;
using Erp.Web.Features.Catalog.Products;
using Erp.Web.Features.Inventory.Stock;
using Erp.Web.Infrastructure.Grids;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Erp.Tests.Web.Features.Inventory.StockViewsTestData;

namespace Erp.Tests.Web.Features.Inventory;

public class StockCardTests(ErpAppFactory app) : IClassFixture<ErpAppFactory>
{
    private static readonly DateTimeOffset Jan10 = new(2026, 1, 10, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Jan15 = new(2026, 1, 15, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Jan20 = new(2026, 1, 20, 23, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Feb01 = new(2026, 2, 1, 8, 0, 0, TimeSpan.Zero);

    // Main +10 at 3 (Jan 10), North +5 at 4 (Jan 15), Main −4 sold (Jan 20), North −1 sold (Feb 1): 10, 15, 11, 10 in total.
    private async Task<(InventoryTestData Data, Guid Product)> SetupAsync()
    {
        var data = await InventoryTestData.CreateAsync(app);
        var product = await data.ProductAsync("CARD-1", 3m);
        await data.PostAtAsync(Jan10, In(product, data.Main, 10m, 3m));
        await data.PostAtAsync(Jan15, In(product, data.North, 5m, 4m));
        await data.PostAtAsync(Jan20, Out(product, data.Main, 4m));
        await data.PostAtAsync(Feb01, Out(product, data.North, 1m));
        return (data, product);
    }

    private static async Task<Paged<StockCardRow>> CardAsync(InventoryTestData data, StockCardQuery query, int page = 0, int size = 50)
    {
        var result = await data.AsAdmin(sp => sp.GetRequiredService<StockCardQueries>().ListAsync(query, page, size));
        Assert.True(result.IsSuccess, result.Error?.Message);
        return result.Value;
    }

    [Fact]
    public async Task Card_AllLocations_ShowsEachLocationsBalanceAndARunningTotal()
    {
        var (data, product) = await SetupAsync();

        var card = await CardAsync(data, new StockCardQuery(product));

        Assert.Equal(4, card.Total);
        Assert.Equal(
            [
                (Jan10, MovementKind.Receipt, "Main warehouse", 10m, 0m, 10m, 10m, 3m, 30m),
                (Jan15, MovementKind.Receipt, "North warehouse", 5m, 0m, 5m, 15m, 4m, 20m),
                (Jan20, MovementKind.Sale, "Main warehouse", -4m, 10m, 6m, 11m, 3m, -12m),
                (Feb01, MovementKind.Sale, "North warehouse", -1m, 5m, 4m, 10m, 4m, -4m),
            ],
            card.Items.Select(r => (r.OccurredAt, r.Kind, r.Location, r.Quantity, r.OnHandBefore, r.OnHandAfter, r.RunningTotal, r.UnitCost, r.Value)));
        Assert.All(card.Items, r => Assert.Equal(("CARD-1", "T-"), (r.ProductSku, r.SourceNumber[..2])));
        Assert.All(card.Items, r => Assert.StartsWith("Admin ", r.User, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Card_PagedInEitherOrder_CarriesTheRunningTotalAcrossPages()
    {
        var (data, product) = await SetupAsync();

        var oldestSecondPage = await CardAsync(data, new StockCardQuery(product), 1, 2);
        var newestFirstPage = await CardAsync(data, new StockCardQuery(product, NewestFirst: true), 0, 3);
        var newestSecondPage = await CardAsync(data, new StockCardQuery(product, NewestFirst: true), 1, 3);

        Assert.Equal([11m, 10m], oldestSecondPage.Items.Select(r => r.RunningTotal));
        Assert.Equal([Feb01, Jan20, Jan15], newestFirstPage.Items.Select(r => r.OccurredAt));
        Assert.Equal([10m, 11m, 15m], newestFirstPage.Items.Select(r => r.RunningTotal));
        Assert.Equal([10m], newestSecondPage.Items.Select(r => r.RunningTotal));
    }

    [Fact]
    public async Task Card_FilteredByLocationAndDates_KeepsTheOpeningBalanceInTheRunningTotal()
    {
        var (data, product) = await SetupAsync();

        var north = await CardAsync(data, new StockCardQuery(product, data.North));
        var middle = await CardAsync(data, new StockCardQuery(product, From: new DateOnly(2026, 1, 14), To: new DateOnly(2026, 1, 20)));
        var upToJan15 = await CardAsync(data, new StockCardQuery(product, To: new DateOnly(2026, 1, 15), NewestFirst: true));
        var mainFromJan11 = await CardAsync(data, new StockCardQuery(product, data.Main, new DateOnly(2026, 1, 11)));

        Assert.Equal([(5m, 5m), (-1m, 4m)], north.Items.Select(r => (r.Quantity, r.RunningTotal)));
        Assert.Equal([(Jan15, 15m), (Jan20, 11m)], middle.Items.Select(r => (r.OccurredAt, r.RunningTotal))); // Jan 20 23:00 is still Jan 20
        Assert.Equal([(Jan15, 15m), (Jan10, 10m)], upToJan15.Items.Select(r => (r.OccurredAt, r.RunningTotal)));
        Assert.Equal([(-4m, 10m, 6m, 6m)], mainFromJan11.Items.Select(r => (r.Quantity, r.OnHandBefore, r.OnHandAfter, r.RunningTotal)));
    }

    [Fact]
    public async Task Card_DatesFollowTheTenantsTimeZone()
    {
        var (data, product) = await SetupAsync();
        await data.InDb(db => db.Tenants.Where(t => t.Id == data.Tenant.Id)
            .ExecuteUpdateAsync(u => u.SetProperty(t => t.TimeZone, "Europe/Berlin")));

        // Jan 20 23:00 UTC is Jan 21 00:00 in Berlin.
        var jan20 = await CardAsync(data, new StockCardQuery(product, From: new DateOnly(2026, 1, 20), To: new DateOnly(2026, 1, 20)));
        var jan21 = await CardAsync(data, new StockCardQuery(product, From: new DateOnly(2026, 1, 21), To: new DateOnly(2026, 1, 21)));

        Assert.Empty(jan20.Items);
        Assert.Equal([Jan20], jan21.Items.Select(r => r.OccurredAt));
    }

    [Fact]
    public async Task Card_OfARenamedThenDeletedProduct_ShowsNamesAndSkusAsTheyWere()
    {
        var data = await InventoryTestData.CreateAsync(app);
        var product = await data.ProductAsync("OLD-SKU", 2m);
        await data.PostAtAsync(Jan10, In(product, data.Main, 3m, 2m));
        var version = await data.InDb(db => db.Products.Where(p => p.Id == product).Select(p => p.Version).SingleAsync());
        var renamed = data.Basics.Simple("NEW-SKU", "Renamed product", 4m);
        renamed.Cost = 2m;
        var updated = await data.AsAdmin(sp => sp.GetRequiredService<SaveProductCommand>().UpdateAsync(product, renamed, version));
        Assert.True(updated.IsSuccess, updated.Error?.Message);
        await data.PostAtAsync(Jan15, Out(product, data.Main, 3m));
        await data.AsAdmin(async sp =>
        {
            await using var db = await sp.GetRequiredService<IDbContextFactory<ErpDbContext>>().CreateDbContextAsync();
            (await db.Products.SingleAsync(p => p.Id == product)).MarkDeleted("Discontinued", data.Tenant.AdminId, Feb01);
            await db.SaveChangesAsync();
            return true;
        });

        var card = await CardAsync(data, new StockCardQuery(product));
        var header = await data.AsAdmin(sp => sp.GetRequiredService<StockCardQueries>().ProductAsync(product));

        Assert.Equal([("OLD-SKU", "Product OLD-SKU", 3m), ("NEW-SKU", "Renamed product", 0m)],
            card.Items.Select(r => (r.ProductSku, r.ProductName, r.OnHandAfter)));
        Assert.True(header.IsSuccess);
        Assert.Equal(("NEW-SKU", "Renamed product", true), (header.Value.Sku, header.Value.Name, header.Value.IsDeleted));
    }

    [Fact]
    public async Task Card_OfUnknownOrForeignProduct_IsNotFound_AndWithoutPermissionRefused()
    {
        var (data, product) = await SetupAsync();
        var other = await InventoryTestData.CreateAsync(app);
        var cashier = await data.Tenant.AddUserAsync(BuiltInRoles.Cashier);

        var foreign = await other.AsAdmin(sp => sp.GetRequiredService<StockCardQueries>().ProductAsync(product));
        var foreignRows = await CardAsync(other, new StockCardQuery(product));
        var unknown = await data.AsAdmin(sp => sp.GetRequiredService<StockCardQueries>().ProductAsync(Guid.CreateVersion7()));
        var refused = await data.AsUserAsync(cashier, sp => sp.GetRequiredService<StockCardQueries>().ListAsync(new StockCardQuery(product), 0, 25));

        Assert.Equal("common.not_found", foreign.Error!.Code);
        Assert.Equal(0, foreignRows.Total);
        Assert.Equal("common.not_found", unknown.Error!.Code);
        Assert.Equal(CommonErrors.Forbidden, refused.Error);
    }
}
