using Erp.Data;
using Erp.Data.Inventory;
using Erp.Domain.Catalog;
using Erp.Domain.Inventory;
using Erp.Domain.Platform;
using Erp.Web.Features.Catalog.Products;
using Erp.Web.Features.Inventory.Ledger;
using Erp.Web.Infrastructure.Startup;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Erp.Tests.EndToEnd;

[Collection(BrowserCollection.Name)]
public class StockViewsEndToEndTests(BrowserAppFixture fixture)
{
    private sealed record Demo(Guid TenantId, string UserId, Guid Product, string Sku, Guid Warehouse, Guid Bin);

    [Fact]
    public async Task InventoryManager_SeesStockList_StockCardThatUpdatesLive_AndValuation()
    {
        var demo = await SetupAsync();
        await PostAsync(demo, new StockChange(demo.Product, demo.Warehouse, 12m, MovementKind.Receipt, 2.5m),
            new StockChange(demo.Product, demo.Bin, 3m, MovementKind.Receipt, 2.5m));
        var page = await fixture.NewPageAsync(1400, 900);
        await BrowserAppFixture.LoginAsync(page, DemoDataSeeder.EmailOf(BuiltInRoles.InventoryManager), DemoDataSeeder.Password);

        await BrowserAppFixture.GotoInteractiveAsync(page, "/inventory/stock");
        await page.FillAsync("input[data-testid=grid-search]", demo.Sku);
        var rows = page.Locator(".stock-grid tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator("[data-testid=stock-total-quantity]")).ToHaveTextAsync("15");
        await Assertions.Expect(page.Locator("[data-testid=stock-total-value]")).ToHaveTextAsync("37.50");
        await Assertions.Expect(rows.Filter(new() { HasText = "Central Warehouse / Zone A / Bin A-01-01" })).ToHaveCountAsync(1);
        await Shot(page, "stock-list");

        await BrowserAppFixture.GotoInteractiveAsync(page, $"/inventory/stock-card/{demo.Product}");
        var movements = page.Locator(".stock-card-grid tbody tr");
        await Assertions.Expect(movements).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator("[data-testid=stock-card-onhand]")).ToHaveTextAsync("15");

        // Stock sold elsewhere shows up on the open card without a reload.
        await PostAsync(demo, new StockChange(demo.Product, demo.Warehouse, -2m, MovementKind.Sale));
        await Assertions.Expect(movements).ToHaveCountAsync(3);
        await Assertions.Expect(page.Locator("[data-testid=stock-card-onhand]")).ToHaveTextAsync("13");
        await Assertions.Expect(movements.Last).ToContainTextAsync("12 → 10");
        await Shot(page, "stock-card");

        await BrowserAppFixture.GotoInteractiveAsync(page, "/inventory/valuation");
        await Assertions.Expect(page.Locator("[data-testid=valuation-row]").Filter(new() { HasText = "Central Warehouse" })).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("[data-testid=valuation-total]")).ToContainTextAsync("Grand total");
        await Shot(page, "valuation");
    }

    private async Task<Demo> SetupAsync()
    {
        await using var scope = fixture.App.Services.CreateAsyncScope();
        await using var root = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<ErpDbContext>>().CreateDbContextAsync();
        var users = await root.Users.Where(u => u.Email == DemoDataSeeder.EmailOf(BuiltInRoles.InventoryManager)).Select(u => u.Id).SingleAsync();
        var tenantId = await root.Tenants.Where(t => t.Code == DemoDataSeeder.TenantCode).Select(t => t.Id).SingleAsync();
        var sku = "E2ESTK" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        return await fixture.App.InTenantAsync(tenantId, users, async sp =>
        {
            await using var db = await sp.GetRequiredService<IDbContextFactory<ErpDbContext>>().CreateDbContextAsync();
            var unit = await db.Units.Where(u => u.BaseUnitId == null).OrderBy(u => u.Code).Select(u => u.Id).FirstAsync();
            var warehouse = await db.Locations.Where(l => l.Code == "WH1").Select(l => l.Id).SingleAsync();
            var bin = await db.Locations.Where(l => l.Code == "WH1-A-01-01").Select(l => l.Id).SingleAsync();
            var created = await sp.GetRequiredService<SaveProductCommand>().CreateAsync(new ProductInput
            {
                Kind = ProductKind.Simple, Sku = sku, Name = "E2E stock item", UnitId = unit, Cost = 2.5m, Price = 5m,
            });
            Assert.True(created.IsSuccess, created.Error?.Message);
            return new Demo(tenantId, users, created.Value, sku, warehouse, bin);
        });
    }

    private Task PostAsync(Demo demo, params StockChange[] changes) =>
        fixture.App.InTenantAsync(demo.TenantId, demo.UserId, async sp =>
        {
            var posted = await sp.GetRequiredService<StockTransactions>().RunAsync((db, at, ct) =>
                StockLedger.PostAsync(db, new StockSource("Test", Guid.CreateVersion7(), "E2E-1"), changes, at, ct));
            Assert.True(posted.IsSuccess, posted.Error?.Message);
        });

    private static Task Shot(IPage page, string name) =>
        Environment.GetEnvironmentVariable("ERP_SCREENSHOTS") is { Length: > 0 } folder
            ? page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true })
            : Task.CompletedTask;
}
