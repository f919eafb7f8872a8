using Erp.Data.Inventory;
using Erp.Domain.Catalog;
using Erp.Domain.Common;
using Erp.Domain.Inventory;
using Erp.Domain.Inventory.Valuation;
using Erp.Domain.Platform;
using Erp.Tests.TestInfrastructure;
using Erp.Web.Features.Catalog.Products;
using Erp.Web.Features.Inventory.LowStock;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Erp.Tests.Web.Features.Inventory;

/// <summary>Per-location reorder values, the Stock tab's figures and the product's stock status after a reorder point change.</summary>
public class ReorderPointTests(ErpAppFactory app) : IClassFixture<ErpAppFactory>
{
    [Fact]
    public async Task StockTab_ShowsEachLocation_WithLocationThenProductThenTenantReorderPoint()
    {
        var data = await InventoryTestData.CreateAsync(app);
        await data.InDb(async db =>
        {
            db.InventorySettings.Add(new InventorySettings(CostingMethod.MovingAverage, false, 1000m, 3m));
            return await db.SaveChangesAsync();
        });
        var withOwn = await data.ProductAsync("RP-OWN", 2m, p => { p.ReorderPoint = 10m; p.ReorderQuantity = 40m; });
        var withDefault = await data.ProductAsync("RP-DEF", 2m);
        await data.PostAsync(new StockChange(withOwn, data.Main, 8m, MovementKind.Receipt, 2.5m),
            new StockChange(withOwn, data.North, 30m, MovementKind.Receipt, 2m),
            new StockChange(withDefault, data.Main, 3m, MovementKind.Receipt, 1m));

        var set = await data.AsAdmin(sp => sp.GetRequiredService<SetReorderCommand>().SetAsync(withOwn, data.North, 50m, null));
        Assert.True(set.IsSuccess, set.Error?.Message);

        var own = (await data.AsAdmin(sp => sp.GetRequiredService<ProductStockQueries>().ForProductAsync(withOwn))).Value;
        var main = own.Locations.Single(l => l.LocationId == data.Main);
        var north = own.Locations.Single(l => l.LocationId == data.North);
        Assert.Equal((8m, 0m, 8m, 20m, 10m, 40m, StockStatus.Low, (decimal?)null),
            (main.OnHand, main.Reserved, main.Available, main.Value, main.ReorderPoint, main.ReorderQuantity, main.Status, main.OwnReorderPoint));
        Assert.Equal((30m, 50m, 40m, StockStatus.Low, (decimal?)50m), (north.OnHand, north.ReorderPoint, north.ReorderQuantity, north.Status, north.OwnReorderPoint));
        Assert.Contains(own.OtherLocations, l => l.Id == data.MainBin);

        var byDefault = (await data.AsAdmin(sp => sp.GetRequiredService<ProductStockQueries>().ForProductAsync(withDefault))).Value;
        Assert.Equal(3m, byDefault.InheritedReorderPoint);
        Assert.Equal(StockStatus.Low, byDefault.Locations.Single().Status);
    }

    [Fact]
    public async Task SetReorder_AtALocationWithoutStock_CreatesAnEmptyLevel_AndClearingInherits()
    {
        var data = await InventoryTestData.CreateAsync(app);
        var product = await data.ProductAsync("RP-NEW", 1m, p => p.ReorderPoint = 4m);

        var set = await data.AsAdmin(sp => sp.GetRequiredService<SetReorderCommand>().SetAsync(product, data.MainBin, 6m, 12m));
        Assert.True(set.IsSuccess, set.Error?.Message);
        var level = await data.InDb(db => db.StockLevels.AsNoTracking().SingleAsync(l => l.ProductId == product));
        Assert.Equal((0m, 0L, (decimal?)6m, (decimal?)12m), (level.OnHand, level.MovementCount, level.ReorderPoint, level.ReorderQuantity));

        var cleared = await data.AsAdmin(sp => sp.GetRequiredService<SetReorderCommand>().SetAsync(product, data.MainBin, null, null));
        Assert.True(cleared.IsSuccess);
        var row = (await data.AsAdmin(sp => sp.GetRequiredService<ProductStockQueries>().ForProductAsync(product))).Value.Locations.Single();
        Assert.Equal((4m, (decimal?)null, StockStatus.Out), (row.ReorderPoint, row.OwnReorderPoint, row.Status));
    }

    [Fact]
    public async Task SetReorder_BadInput_NoPermission_ForeignOrKit_IsRefused_AndChangesNothing()
    {
        var data = await InventoryTestData.CreateAsync(app);
        var other = await InventoryTestData.CreateAsync(app);
        var product = await data.ProductAsync("RP-BAD", 1m);
        var foreign = await other.ProductAsync("RP-FOREIGN", 1m);
        var kit = await data.ProductAsync("RP-KIT", 0m, input =>
        {
            input.Kind = ProductKind.Kit;
            input.Components = [new ComponentInput { ProductId = product, Quantity = 1m }];
        });
        await data.PostAsync(new StockChange(product, data.Main, 5m, MovementKind.Receipt, 1m));
        var cashier = await data.Tenant.AddUserAsync(BuiltInRoles.Cashier);
        Task<Result> Set(Guid p, Guid l, decimal? point, decimal? qty, string? user = null) =>
            app.InTenantAsync(data.Tenant.Id, user ?? data.Tenant.AdminId, sp => sp.GetRequiredService<SetReorderCommand>().SetAsync(p, l, point, qty));

        Assert.Equal(InventoryErrors.ReorderOutOfRange, (await Set(product, data.Main, -1m, null)).Error);
        Assert.Equal(InventoryErrors.ReorderOutOfRange, (await Set(product, data.Main, 1m, -5m)).Error);
        Assert.Equal(CommonErrors.Forbidden, (await Set(product, data.Main, 1m, 1m, cashier)).Error);
        Assert.Equal(CatalogErrors.ProductNotFound, (await Set(foreign, data.Main, 1m, 1m)).Error);
        Assert.Equal(InventoryErrors.UnknownLocation, (await Set(product, other.Main, 1m, 1m)).Error);
        Assert.Equal("inventory.kit_no_stock", (await Set(kit, data.Main, 1m, 1m)).Error!.Code);

        var levels = await data.InDb(db => db.StockLevels.AsNoTracking().Select(l => new { l.ReorderPoint, l.ReorderQuantity }).ToListAsync());
        var level = Assert.Single(levels);
        Assert.Null(level.ReorderPoint);
        Assert.Null(level.ReorderQuantity);
    }

    [Fact]
    public async Task ChangingTheProductsReorderPoint_RefreshesItsStockStatus()
    {
        var data = await InventoryTestData.CreateAsync(app);
        var product = await data.ProductAsync("RP-STATUS", 1m);
        await data.PostAsync(new StockChange(product, data.Main, 5m, MovementKind.Receipt, 1m));
        Assert.Equal(StockStatus.InStock, await StatusAsync(data, product));

        var details = (await data.AsAdmin(sp => sp.GetRequiredService<ProductQueries>().GetAsync(product))).Value;
        var input = details.ToInput();
        input.ReorderPoint = 5m;
        var saved = await data.AsAdmin(sp => sp.GetRequiredService<SaveProductCommand>().UpdateAsync(product, input, details.Version));
        Assert.True(saved.IsSuccess, saved.Error?.Message);
        Assert.Equal(StockStatus.Low, await StatusAsync(data, product));

        input.ReorderPoint = 4m;
        Assert.True((await data.AsAdmin(sp => sp.GetRequiredService<SaveProductCommand>().UpdateAsync(product, input, saved.Value))).IsSuccess);
        Assert.Equal(StockStatus.InStock, await StatusAsync(data, product));
    }

    private static Task<StockStatus> StatusAsync(InventoryTestData data, Guid product) =>
        data.InDb(db => db.ProductStocks.Where(s => s.ProductId == product).Select(s => s.Status).SingleAsync());
}
