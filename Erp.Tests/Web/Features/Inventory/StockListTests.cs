using Erp.Domain.Common;
using Erp.Domain.Inventory;
using Erp.Domain.Platform;
using Erp.Tests.TestInfrastructure;
using Erp.Web.Features.Inventory.Stock;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Erp.Tests.Web.Features.Inventory.StockViewsTestData;

namespace Erp.Tests.Web.Features.Inventory;

public class StockListTests(ErpAppFactory app) : IClassFixture<ErpAppFactory>
{
    private sealed record Setup(InventoryTestData Data, Guid A, Guid B, Guid C, Guid Juice, Guid Food);

    // A (Drinks): Main 10, bin 5, North 3 at 2.00; B (Drinks / Juice): North 4 at 5.00; C (Food, reorder point 10): Main 6 at 1.00.
    private async Task<Setup> SetupAsync()
    {
        var data = await InventoryTestData.CreateAsync(app);
        var juice = await data.CategoryAsync("Juice", data.Basics.Drinks);
        var food = await data.CategoryAsync("Food");
        var a = await data.ProductAsync("SVA-1", 2m);
        var b = await data.ProductAsync("SVB-2", 5m, i => i.CategoryId = juice);
        var c = await data.ProductAsync("SVC-3", 1m, i =>
        {
            i.CategoryId = food;
            i.ReorderPoint = 10m;
        });
        Assert.True((await data.PostAsync(In(a, data.Main, 10m, 2m), In(a, data.MainBin, 5m, 2m), In(a, data.North, 3m, 2m),
            In(b, data.North, 4m, 5m), In(c, data.Main, 6m, 1m))).IsSuccess);
        return new Setup(data, a, b, c, juice, food);
    }

    private static Task<Result<StockListPage>> ListAsync(InventoryTestData data, StockListQuery query, int page = 0, int size = 50) =>
        data.AsAdmin(sp => sp.GetRequiredService<StockQueries>().ListAsync(query, page, size));

    [Fact]
    public async Task List_ByWarehouse_IncludesItsSubLocations_WithTotalsOfTheFilter()
    {
        var s = await SetupAsync();

        var page = (await ListAsync(s.Data, new StockListQuery(LocationId: s.Data.Main))).Value;

        Assert.Equal(3, page.Total);
        Assert.Equal([("SVA-1", "Main warehouse"), ("SVA-1", "Main warehouse / Bin A-01"), ("SVC-3", "Main warehouse")],
            page.Items.Select(r => (r.Sku, r.Location)).Order());
        Assert.Equal(21m, page.TotalOnHand);
        Assert.Equal(36m, page.TotalValue); // 20 + 10 + 6
        var row = page.Items.Single(r => r.Sku == "SVA-1" && r.LocationId == s.Data.Main);
        Assert.Equal((10m, 0m, 10m, 2m, 20m, StockStatus.InStock), (row.OnHand, row.Reserved, row.Available, row.UnitCost, row.Value, row.Status));
    }

    [Fact]
    public async Task List_ByCategoryStatusAndSearch_MatchesOnlyThoseRows()
    {
        var s = await SetupAsync();
        var barcodeOfB = await s.Data.InDb(db => db.Products.Where(p => p.Id == s.B).Select(p => p.Barcode).SingleAsync());

        var drinks = (await ListAsync(s.Data, new StockListQuery(CategoryId: s.Data.Basics.Drinks))).Value;
        var food = (await ListAsync(s.Data, new StockListQuery(CategoryId: s.Food))).Value;
        var low = (await ListAsync(s.Data, new StockListQuery(Status: StockStatus.Low))).Value;
        var inStock = (await ListAsync(s.Data, new StockListQuery(Status: StockStatus.InStock))).Value;
        var bySku = (await ListAsync(s.Data, new StockListQuery(Search: "svb"))).Value;
        var byBarcode = (await ListAsync(s.Data, new StockListQuery(Search: barcodeOfB))).Value;
        var byName = (await ListAsync(s.Data, new StockListQuery(Search: "product svc"))).Value;

        Assert.Equal(4, drinks.Total); // A at three places and B (a sub-category of Drinks)
        Assert.Equal(56m, drinks.TotalValue);
        Assert.Equal(22m, drinks.TotalOnHand);
        Assert.Equal(["SVC-3"], food.Items.Select(r => r.Sku));
        Assert.Equal([("SVC-3", StockStatus.Low)], low.Items.Select(r => (r.Sku, r.Status)));
        Assert.Equal(4, inStock.Total);
        Assert.Equal([s.B], bySku.Items.Select(r => r.ProductId));
        Assert.Equal([s.B], byBarcode.Items.Select(r => r.ProductId));
        Assert.Equal([s.C], byName.Items.Select(r => r.ProductId));
    }

    [Fact]
    public async Task List_EmptyRows_HiddenUnlessAskedOrOutOfStock()
    {
        var s = await SetupAsync();
        Assert.True((await s.Data.PostAsync(Out(s.B, s.Data.North, 4m))).IsSuccess);

        var normal = (await ListAsync(s.Data, new StockListQuery())).Value;
        var withEmpty = (await ListAsync(s.Data, new StockListQuery(IncludeEmpty: true))).Value;
        var outOfStock = (await ListAsync(s.Data, new StockListQuery(Status: StockStatus.Out))).Value;

        Assert.Equal(4, normal.Total);
        Assert.DoesNotContain(normal.Items, r => r.ProductId == s.B);
        Assert.Equal(5, withEmpty.Total);
        Assert.Equal([(s.B, 0m, StockStatus.Out)], outOfStock.Items.Select(r => (r.ProductId, r.OnHand, r.Status)));
    }

    [Fact]
    public async Task List_PagesAndSorts_InTheDatabase_TotalsCoverEveryPage()
    {
        var s = await SetupAsync();
        var query = new StockListQuery(Sort: "value", Desc: true);

        var first = (await ListAsync(s.Data, query, 0, 2)).Value;
        var second = (await ListAsync(s.Data, query, 1, 2)).Value;
        var third = (await ListAsync(s.Data, query, 2, 2)).Value;

        Assert.Equal(5, first.Total);
        Assert.Equal([20m, 20m], first.Items.Select(r => r.Value)); // A at Main (20) and B at North (20), ties by SKU
        Assert.Equal(["SVA-1", "SVB-2"], first.Items.Select(r => r.Sku));
        Assert.Equal([10m, 6m], second.Items.Select(r => r.Value));
        Assert.Equal([6m], third.Items.Select(r => r.Value));
        Assert.All([first, second, third], p => Assert.Equal((28m, 62m), (p.TotalOnHand, p.TotalValue)));
    }

    [Fact]
    public async Task List_StockInTransit_ShowsAsInTransit_NotAvailable_AndIsFilterable()
    {
        var s = await SetupAsync();
        var transit = await s.Data.TransitAsync();
        Assert.True((await s.Data.PostAsync(Out(s.A, s.Data.Main, 2m, MovementKind.TransferOut),
            In(s.A, transit, 2m, 2m, MovementKind.TransferIn))).IsSuccess);

        var inTransit = (await ListAsync(s.Data, new StockListQuery(LocationId: transit))).Value;
        var main = (await ListAsync(s.Data, new StockListQuery(LocationId: s.Data.Main))).Value;

        var row = Assert.Single(inTransit.Items);
        Assert.True(row.InTransit);
        Assert.Equal(("In transit", "In transit", 2m, 0m, 4m), (row.Location, row.StatusText, row.OnHand, row.Available, row.Value));
        Assert.Equal(8m, main.Items.Single(r => r.ProductId == s.A && r.LocationId == s.Data.Main).Available);
        var options = await s.Data.AsAdmin(sp => sp.GetRequiredService<StockQueries>().LocationOptionsAsync());
        Assert.Contains(options, o => o.Id == transit && o.IsTransit && o.Path == "In transit");
    }

    [Fact]
    public async Task List_WithoutInventoryPermission_IsRefused_AndOtherTenantsStockIsInvisible()
    {
        var s = await SetupAsync();
        var cashier = await s.Data.Tenant.AddUserAsync(BuiltInRoles.Cashier);
        var other = await InventoryTestData.CreateAsync(app);

        var refused = await s.Data.AsUserAsync(cashier, sp => sp.GetRequiredService<StockQueries>().ListAsync(new StockListQuery(), 0, 25));
        var foreign = await ListAsync(other, new StockListQuery(LocationId: s.Data.Main));
        var all = await ListAsync(other, new StockListQuery());

        Assert.Equal(CommonErrors.Forbidden, refused.Error);
        Assert.Equal(0, foreign.Value.Total);
        Assert.Equal((0, 0m), (all.Value.Total, all.Value.TotalValue));
    }
}
