using Erp.Data.Inventory;
using Erp.Domain.Inventory;
using Erp.Domain.Platform;
using Erp.Tests.TestInfrastructure;
using Erp.Web.Features.Inventory.LowStock;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Erp.Tests.Web.Features.Inventory;

/// <summary>The hourly low-stock job, run directly: who is told, once per dip, and the dashboard's list.</summary>
public class LowStockJobTests(ErpAppFactory app) : IClassFixture<ErpAppFactory>
{
    [Fact]
    public async Task Job_TellsInventoryManagersOncePerDip_AndAgainAfterStockRecoveredAndFellAgain()
    {
        var data = await InventoryTestData.CreateAsync(app);
        var manager = await data.Tenant.AddUserAsync(BuiltInRoles.InventoryManager);
        var cashier = await data.Tenant.AddUserAsync(BuiltInRoles.Cashier);
        var product = await data.ProductAsync("LOW-1", 2m, p => p.ReorderPoint = 5m);
        var fine = await data.ProductAsync("LOW-FINE", 2m, p => p.ReorderPoint = 5m);
        await data.PostAsync(new StockChange(product, data.Main, 10m, MovementKind.Receipt, 2m),
            new StockChange(fine, data.Main, 10m, MovementKind.Receipt, 2m));

        await RunJobAsync();
        Assert.Empty(await NotesAsync(data, manager));

        await data.PostAsync(new StockChange(product, data.Main, -6m, MovementKind.Sale));
        await RunJobAsync();
        var note = Assert.Single(await NotesAsync(data, manager));
        Assert.Contains("LOW-1", note.Title, StringComparison.Ordinal);
        Assert.Contains("Main warehouse: 4 on hand, reorder point 5", note.Body, StringComparison.Ordinal);
        Assert.Equal($"/catalog/products/{product}", note.Link);
        Assert.Single(await NotesAsync(data, data.Tenant.AdminId));
        Assert.Empty(await NotesAsync(data, cashier));

        // Still low (even lower): nobody is told again.
        await data.PostAsync(new StockChange(product, data.Main, -1m, MovementKind.Sale));
        await RunJobAsync();
        Assert.Single(await NotesAsync(data, manager));

        // Recovered: the alert is cleared; falling again tells them again.
        await data.PostAsync(new StockChange(product, data.Main, 10m, MovementKind.Receipt, 2m));
        await RunJobAsync();
        Assert.Equal(0, await data.InDb(db => db.LowStockAlerts.CountAsync()));
        await data.PostAsync(new StockChange(product, data.Main, -12m, MovementKind.Sale));
        await RunJobAsync();
        Assert.Equal(2, (await NotesAsync(data, manager)).Count);
        Assert.Equal(1, await data.InDb(db => db.LowStockAlerts.CountAsync()));
    }

    [Fact]
    public async Task Job_UsesLocationPointsAndTenantDefault_SkipsZeroPointsAndArchivedProducts()
    {
        var data = await InventoryTestData.CreateAsync(app);
        var byLocation = await data.ProductAsync("LOC-PT", 1m);
        var noPoint = await data.ProductAsync("NO-PT", 1m);
        var archived = await data.ProductAsync("ARCH", 1m, p => p.ReorderPoint = 50m);
        var switchedOff = await data.ProductAsync("OFF", 1m, p => p.ReorderPoint = 50m);
        await data.PostAsync(new StockChange(byLocation, data.North, 7m, MovementKind.Receipt, 1m),
            new StockChange(noPoint, data.Main, 1m, MovementKind.Receipt, 1m),
            new StockChange(archived, data.Main, 1m, MovementKind.Receipt, 1m),
            new StockChange(switchedOff, data.Main, 1m, MovementKind.Receipt, 1m));
        await data.AsAdmin(async sp =>
        {
            var set = sp.GetRequiredService<SetReorderCommand>();
            Assert.True((await set.SetAsync(byLocation, data.North, 8m, 20m)).IsSuccess);
            Assert.True((await set.SetAsync(switchedOff, data.Main, 0m, null)).IsSuccess);
            return true;
        });
        await data.AsAdmin(sp => sp.GetRequiredService<Erp.Web.Features.Catalog.Products.SaveProductCommand>().SetActiveAsync(archived, false));

        await RunJobAsync();

        var alerts = await data.InDb(db => db.LowStockAlerts.AsNoTracking().ToListAsync());
        var alert = Assert.Single(alerts);
        Assert.Equal((byLocation, data.North, 7m, 8m), (alert.ProductId, alert.LocationId, alert.OnHand, alert.ReorderPoint));
        var note = Assert.Single(await NotesAsync(data, data.Tenant.AdminId));
        Assert.Contains("reorder 20", note.Body, StringComparison.Ordinal);

        // With a tenant default of 1, the product without a point of its own is low too (1 on hand ≤ 1).
        await data.InDb(async db =>
        {
            db.InventorySettings.Add(new InventorySettings(Erp.Domain.Inventory.Valuation.CostingMethod.MovingAverage, false, 1000m, 1m));
            return await db.SaveChangesAsync();
        });
        await RunJobAsync();
        Assert.Equal(new[] { byLocation, noPoint }.Order(), (await data.InDb(db => db.LowStockAlerts.Select(a => a.ProductId).ToListAsync())).Order());
    }

    [Fact]
    public async Task Widget_ListsItemsAtOrBelowTheirPoint_EmptiestFirst_OnlyForInventoryViewers()
    {
        var data = await InventoryTestData.CreateAsync(app);
        var a = await data.ProductAsync("W-A", 1m, p => p.ReorderPoint = 10m);
        var b = await data.ProductAsync("W-B", 1m, p => p.ReorderPoint = 10m);
        var c = await data.ProductAsync("W-C", 1m, p => p.ReorderPoint = 10m);
        await data.PostAsync(new StockChange(a, data.Main, 9m, MovementKind.Receipt, 1m),
            new StockChange(b, data.Main, 2m, MovementKind.Receipt, 1m),
            new StockChange(c, data.Main, 11m, MovementKind.Receipt, 1m),
            new StockChange(b, data.North, 10m, MovementKind.Receipt, 1m));
        var employee = await data.Tenant.AddUserAsync(BuiltInRoles.Employee);

        var top = await data.AsAdmin(sp => sp.GetRequiredService<LowStockQueries>().TopAsync(2));
        var refused = await app.InTenantAsync(data.Tenant.Id, employee, sp => sp.GetRequiredService<LowStockQueries>().TopAsync(2));

        Assert.Equal(3, top.Value.Total);
        Assert.Equal([("W-B", "Main warehouse", 2m), ("W-A", "Main warehouse", 9m)],
            top.Value.Items.Select(i => (i.Sku, i.Location, i.OnHand)));
        Assert.Equal(Erp.Domain.Common.CommonErrors.Forbidden, refused.Error);
    }

    private async Task RunJobAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<LowStockJob>().RunAsync(CancellationToken.None);
    }

    private static Task<List<Notification>> NotesAsync(InventoryTestData data, string userId) =>
        data.InDb(db => db.Notifications.AsNoTracking().Where(n => n.UserId == userId).OrderBy(n => n.CreatedAt).ToListAsync());
}
