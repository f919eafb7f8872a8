using Erp.Data.Inventory;
using Erp.Domain.Catalog;
using Erp.Domain.Common;
using Erp.Domain.Inventory;
using Erp.Tests.TestInfrastructure;
using Erp.Web.Features.Catalog.Products;
using Erp.Web.Features.Inventory.Ledger;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Erp.Tests.Web.Features.Inventory;

/// <summary>Reserving stock for orders: never beyond what is available, released on cancel, taken by the delivery.</summary>
public class StockReservationTests(ErpAppFactory app) : IClassFixture<ErpAppFactory>
{
    [Fact]
    public async Task Reserve_UpToAvailable_RefusesBeyond_NamingWhatIsAvailable_AndChangesNothing()
    {
        var data = await InventoryTestData.CreateAsync(app);
        var p = await data.ProductAsync("RSV", 1m);
        await data.PostAsync(new StockChange(p, data.Main, 5m, MovementKind.Receipt, 1m));

        var first = await ReserveAsync(data, new StockReservation(p, data.Main, 3m));
        var second = await ReserveAsync(data, new StockReservation(p, data.Main, 3m));
        var elsewhere = await ReserveAsync(data, new StockReservation(p, data.North, 1m));

        Assert.True(first.IsSuccess, first.Error?.Message);
        Assert.Equal("inventory.not_available", second.Error!.Code);
        Assert.Equal("Only 2 of RSV available at Main warehouse (3 asked): the rest is reserved or not in stock.", second.Error.Message);
        Assert.Equal("inventory.not_available", elsewhere.Error!.Code);
        Assert.Equal((5m, 3m), await LevelAsync(data, p, data.Main));
        Assert.Equal(0, await data.InDb(db => db.StockLevels.CountAsync(l => l.LocationId == data.North)));
    }

    [Fact]
    public async Task Delivery_TakesTheReservedStock_ReleaseGivesTheRestBack_AndNeverMoreThanReserved()
    {
        var data = await InventoryTestData.CreateAsync(app);
        var p = await data.ProductAsync("DLV", 1m);
        await data.PostAsync(new StockChange(p, data.Main, 5m, MovementKind.Receipt, 1m));
        Assert.True((await ReserveAsync(data, new StockReservation(p, data.Main, 4m))).IsSuccess);

        var delivered = await data.PostAsync(new StockChange(p, data.Main, -3m, MovementKind.Sale, FromReservation: true));
        Assert.True(delivered.IsSuccess, delivered.Error?.Message);
        Assert.Equal((2m, 1m), await LevelAsync(data, p, data.Main));

        var overDelivered = await data.PostAsync(new StockChange(p, data.Main, -2m, MovementKind.Sale, FromReservation: true));
        Assert.Equal("inventory.not_reserved", overDelivered.Error!.Code);
        Assert.Equal((2m, 1m), await LevelAsync(data, p, data.Main));

        Assert.True((await ReserveAsync(data, new StockReservation(p, data.Main, -1m))).IsSuccess);
        var releasedTwice = await ReserveAsync(data, new StockReservation(p, data.Main, -1m));
        Assert.Equal("Only 0 of DLV is reserved at Main warehouse, not 1.", releasedTwice.Error!.Message);
        Assert.Equal((2m, 0m), await LevelAsync(data, p, data.Main));
        await data.AssertLedgerBalancesAsync();
    }

    [Fact]
    public async Task ReservingTwoKits_ReservesEachComponentByItsQuantityTimesTwo()
    {
        var data = await InventoryTestData.CreateAsync(app);
        var glass = await data.ProductAsync("R-GLASS", 3m);
        var bottle = await data.ProductAsync("R-BOTTLE", 10m);
        var kit = await data.ProductAsync("R-GIFT", 0m, input =>
        {
            input.Kind = ProductKind.Kit;
            input.Components = [new ComponentInput { ProductId = glass, Quantity = 2m }, new ComponentInput { ProductId = bottle, Quantity = 1m }];
        });
        await data.PostAsync(new StockChange(glass, data.Main, 5m, MovementKind.Receipt, 3m),
            new StockChange(bottle, data.Main, 5m, MovementKind.Receipt, 10m));

        Assert.True((await ReserveAsync(data, new StockReservation(kit, data.Main, 2m))).IsSuccess);
        var third = await ReserveAsync(data, new StockReservation(kit, data.Main, 1m));

        Assert.Equal((5m, 4m), await LevelAsync(data, glass, data.Main));
        Assert.Equal((5m, 2m), await LevelAsync(data, bottle, data.Main));
        Assert.Contains("Only 1 of R-GLASS available", third.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwentyConcurrentReservations_OfTheLastFiveUnits_ExactlyFiveSucceed_AndReservedNeverExceedsOnHand()
    {
        var data = await InventoryTestData.CreateAsync(app);
        var p = await data.ProductAsync("RACE-R", 1m);
        await data.PostAsync(new StockChange(p, data.Main, 5m, MovementKind.Receipt, 1m));

        var results = await Task.WhenAll(Enumerable.Range(0, 20)
            .Select(_ => Task.Run(() => ReserveAsync(data, new StockReservation(p, data.Main, 1m)))));

        Assert.Equal(5, results.Count(r => r.IsSuccess));
        Assert.All(results.Where(r => !r.IsSuccess), r => Assert.Equal("inventory.not_available", r.Error!.Code));
        Assert.Equal((5m, 5m), await LevelAsync(data, p, data.Main));
    }

    private static Task<Result<bool>> ReserveAsync(InventoryTestData data, params StockReservation[] reservations) =>
        data.AsAdmin(sp => sp.GetRequiredService<StockTransactions>().RunAsync<bool>(async (db, _, ct) =>
        {
            var reserved = await StockLedger.ReserveAsync(db, reservations, ct);
            return reserved.IsSuccess ? true : reserved.Error!;
        }));

    private static Task<(decimal OnHand, decimal Reserved)> LevelAsync(InventoryTestData data, Guid product, Guid location) =>
        data.InDb(db => db.StockLevels.Where(l => l.ProductId == product && l.LocationId == location)
            .Select(l => new ValueTuple<decimal, decimal>(l.OnHand, l.Reserved)).SingleAsync());
}
