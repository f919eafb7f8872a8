using Erp.Data.Inventory;
using Erp.Domain.Catalog;
using Erp.Domain.Inventory;
using Erp.Tests.TestInfrastructure;
using Erp.Web.Features.Catalog.Products;
using Microsoft.EntityFrameworkCore;

namespace Erp.Tests.Web.Features.Inventory;

public class StockLedgerTests(ErpAppFactory app) : IClassFixture<ErpAppFactory>
{
    [Fact]
    public async Task TwentyConcurrentTakes_OfTheLastFiveUnits_ExactlyFiveSucceed_AndStockEndsAtZero()
    {
        var data = await InventoryTestData.CreateAsync(app);
        var product = await data.ProductAsync("LAST5", 2m);
        Assert.True((await data.PostAsync(new StockChange(product, data.Main, 5m, MovementKind.Receipt, 2m))).IsSuccess);

        var attempts = Enumerable.Range(0, 20)
            .Select(_ => Task.Run(() => data.PostAsync(new StockChange(product, data.Main, -1m, MovementKind.Sale))))
            .ToList();
        var results = await Task.WhenAll(attempts);

        Assert.Equal(5, results.Count(r => r.IsSuccess));
        Assert.All(results.Where(r => !r.IsSuccess), r =>
        {
            Assert.Equal("inventory.insufficient_stock", r.Error!.Code);
            Assert.Contains("Not enough LAST5 at Main warehouse", r.Error.Message, StringComparison.Ordinal);
        });
        Assert.Equal(0m, await data.OnHandAsync(product, data.Main));
        var balances = await data.InDb(db => db.StockMovements.Where(m => m.ProductId == product)
            .OrderBy(m => m.Sequence).Select(m => m.OnHandAfter).ToListAsync());
        Assert.Equal([5m, 4m, 3m, 2m, 1m, 0m], balances);
        Assert.DoesNotContain(balances, b => b < 0m);
        await data.AssertLedgerBalancesAsync();
    }

    [Fact]
    public async Task IssuingTwoKits_DrawsEachComponentByItsQuantityTimesTwo()
    {
        var data = await InventoryTestData.CreateAsync(app);
        var glass = await data.ProductAsync("GLASS", 3m);
        var bottle = await data.ProductAsync("BOTTLE", 10m);
        var kit = await data.ProductAsync("GIFTSET", 0m, input =>
        {
            input.Kind = ProductKind.Kit;
            input.Components = [new ComponentInput { ProductId = glass, Quantity = 2m }, new ComponentInput { ProductId = bottle, Quantity = 1m }];
        });
        await data.PostAsync(new StockChange(glass, data.Main, 10m, MovementKind.Receipt, 3m),
            new StockChange(bottle, data.Main, 10m, MovementKind.Receipt, 10m));

        var sold = await data.PostAsync(new StockChange(kit, data.Main, -2m, MovementKind.Sale));

        Assert.True(sold.IsSuccess, sold.Error?.Message);
        Assert.Equal(6m, await data.OnHandAsync(glass, data.Main));
        Assert.Equal(8m, await data.OnHandAsync(bottle, data.Main));
        Assert.Equal(0m, await data.OnHandAsync(kit, data.Main));
        Assert.Equal(-32m, sold.Value.Sum(m => m.Value)); // 4 glasses at 3 + 2 bottles at 10
        await data.AssertLedgerBalancesAsync();
    }

    [Fact]
    public async Task NotEnoughOfOneKitComponent_RefusesTheWholeKit_AndChangesNothing()
    {
        var data = await InventoryTestData.CreateAsync(app);
        var glass = await data.ProductAsync("GLASS2", 3m);
        var bottle = await data.ProductAsync("BOTTLE2", 10m);
        var kit = await data.ProductAsync("GIFTSET2", 0m, input =>
        {
            input.Kind = ProductKind.Kit;
            input.Components = [new ComponentInput { ProductId = glass, Quantity = 2m }, new ComponentInput { ProductId = bottle, Quantity = 1m }];
        });
        await data.PostAsync(new StockChange(glass, data.Main, 10m, MovementKind.Receipt, 3m),
            new StockChange(bottle, data.Main, 1m, MovementKind.Receipt, 10m));

        var sold = await data.PostAsync(new StockChange(kit, data.Main, -2m, MovementKind.Sale));

        Assert.False(sold.IsSuccess);
        Assert.Contains("BOTTLE2", sold.Error!.Message, StringComparison.Ordinal);
        Assert.Equal(10m, await data.OnHandAsync(glass, data.Main));
        Assert.Equal(1m, await data.OnHandAsync(bottle, data.Main));
        Assert.Equal(2, await data.InDb(db => db.StockMovements.CountAsync()));
    }

    [Fact]
    public async Task ReceivingTwoBoxesOfTwelve_AddsTwentyFourPieces()
    {
        var data = await InventoryTestData.CreateAsync(app);
        var cola = await data.ProductAsync("COLA", 0.5m, input => input.PurchaseUnitId = data.Basics.Box);

        var posted = await data.AsAdmin(sp => Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
            .GetRequiredService<Erp.Web.Features.Inventory.Ledger.StockTransactions>(sp).RunAsync(async (db, at, ct) =>
            {
                var pieces = await StockLedger.ToBaseUnitAsync(db, cola, data.Basics.Box, 2m, ct);
                return pieces.IsSuccess
                    ? await StockLedger.PostAsync(db, new StockSource("Test", Guid.CreateVersion7(), "T"),
                        [new StockChange(cola, data.Main, pieces.Value, MovementKind.Receipt, 0.5m)], at, ct)
                    : pieces.Error!;
            }));

        Assert.True(posted.IsSuccess, posted.Error?.Message);
        Assert.Equal(24m, await data.OnHandAsync(cola, data.Main));
        Assert.Equal(12m, posted.Value.Single().Value);
    }

    [Fact]
    public async Task AUnitWithoutConversion_IsRefusedWithAClearMessage()
    {
        var data = await InventoryTestData.CreateAsync(app);
        var cola = await data.ProductAsync("COLA2");

        var pieces = await data.InDb(db => StockLedger.ToBaseUnitAsync(db, cola, data.Basics.Kg, 2m));

        Assert.False(pieces.IsSuccess);
        Assert.Equal("There is no conversion from KG to PCS: add one under Catalog → Units, or enter the quantity in PCS.", pieces.Error!.Message);
    }

    [Fact]
    public async Task BadChanges_AreRefused_AndChangeNothing()
    {
        var data = await InventoryTestData.CreateAsync(app);
        var product = await data.ProductAsync("BAD1");
        var family = await data.ProductAsync("FAMILY", 1m, input =>
        {
            input.Kind = ProductKind.WithVariants;
            input.Axes = [new VariantAxis("Size", ["S", "M"])];
        });

        Assert.Equal("inventory.quantity_not_positive", (await data.PostAsync(new StockChange(product, data.Main, 0m, MovementKind.Receipt, 1m))).Error!.Code);
        Assert.Equal("inventory.unknown_product", (await data.PostAsync(new StockChange(Guid.NewGuid(), data.Main, 1m, MovementKind.Receipt, 1m))).Error!.Code);
        Assert.Equal("inventory.unknown_location", (await data.PostAsync(new StockChange(product, Guid.NewGuid(), 1m, MovementKind.Receipt, 1m))).Error!.Code);
        Assert.Equal("inventory.choose_variant", (await data.PostAsync(new StockChange(family, data.Main, 1m, MovementKind.Receipt, 1m))).Error!.Code);
        var mixed = await data.PostAsync(new StockChange(product, data.Main, 3m, MovementKind.Receipt, 1m),
            new StockChange(product, data.North, -1m, MovementKind.AdjustmentOut));
        Assert.Equal("inventory.insufficient_stock", mixed.Error!.Code);

        Assert.Equal(0, await data.InDb(db => db.StockMovements.CountAsync()));
        Assert.Equal(0, await data.InDb(db => db.StockLevels.CountAsync()));
    }

    [Fact]
    public async Task Movements_KeepTheProductNameAndSkuOfTheirTime()
    {
        var data = await InventoryTestData.CreateAsync(app);
        var product = await data.ProductAsync("OLDSKU", 1m);
        await data.PostAsync(new StockChange(product, data.Main, 1m, MovementKind.Receipt, 1m));
        await data.InDb(async db =>
        {
            var entity = await db.Products.SingleAsync(p => p.Id == product);
            entity.SetCodes("NEWSKU", entity.Barcode);
            await db.SaveChangesAsync();
            return true;
        });

        await data.PostAsync(new StockChange(product, data.Main, 1m, MovementKind.Receipt, 1m));

        var skus = await data.InDb(db => db.StockMovements.OrderBy(m => m.Sequence).Select(m => m.ProductSku).ToListAsync());
        Assert.Equal(["OLDSKU", "NEWSKU"], skus);
    }
}
