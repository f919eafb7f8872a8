using Erp.Data;
using Erp.Data.Identity;
using Erp.Data.Inventory;
using Erp.Domain.Inventory;
using Erp.Domain.Platform;
using Erp.Web.Features.Catalog.Products;
using Erp.Web.Features.Inventory.Ledger;
using Erp.Web.Infrastructure.Startup;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Erp.Tests.EndToEnd;

[Collection(BrowserCollection.Name)]
public class TransfersEndToEndTests(BrowserAppFixture fixture)
{
    [Fact]
    public async Task Manager_DraftsShipsAndPartlyReceivesATransfer_AndSeesTheDifference()
    {
        var (sku, northName) = await SeedAsync();
        var page = await fixture.NewPageAsync(1400, 900);
        await BrowserAppFixture.LoginAsync(page, DemoDataSeeder.EmailOf(BuiltInRoles.InventoryManager), DemoDataSeeder.Password);
        await BrowserAppFixture.GotoInteractiveAsync(page, "/inventory/transfers/new");

        await PickAsync(page, "transfer-from", "Central Warehouse");
        await PickAsync(page, "transfer-to", northName);
        await page.FillAsync("input[data-testid=transfer-scan]", sku);
        await page.PressAsync("input[data-testid=transfer-scan]", "Enter");
        await Assertions.Expect(page.Locator("input[data-testid=line-product-0]")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex(sku));
        await page.FillAsync("input[data-testid=line-qty-0]", "4");
        await Shot(page, "1-new");
        await page.ClickAsync("[data-testid=transfer-save]");
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/inventory/transfers/[0-9a-f-]{36}$"));
        await Assertions.Expect(page.Locator("[data-testid=transfer-status] [data-status]")).ToHaveAttributeAsync("data-status", "Draft");

        await page.ClickAsync("[data-testid=transfer-ship]");
        await Shot(page, "1b-confirm");
        await page.ClickAsync(".mud-dialog [data-testid=confirm-ok]");
        await Assertions.Expect(page.Locator("[data-testid=transfer-status] [data-status]")).ToHaveAttributeAsync("data-status", "Shipped");
        await Assertions.Expect(page.Locator("[data-testid=value-in-transit]")).ToHaveTextAsync("10.00");
        await Shot(page, "2-shipped");

        await page.ClickAsync("[data-testid=transfer-receive]");
        await page.FillAsync("input[data-testid=receive-qty-1]", "3");
        await Shot(page, "3-receiving");
        await page.ClickAsync("[data-testid=receive-confirm]");
        await Assertions.Expect(page.Locator("[data-testid=transfer-status] [data-status]")).ToHaveAttributeAsync("data-status", "PartiallyReceived");
        await Assertions.Expect(page.Locator("[data-testid=line-1] [data-testid=line-difference]")).ToHaveTextAsync("1");
        await Assertions.Expect(page.Locator("[data-testid=transfer-differences]")).ToContainTextAsync("1 unit (value 2.50) is still in transit");
        await Shot(page, "4-partial");

        // The last unit never arrives: close with a reason, and it is written off.
        await page.ClickAsync("[data-testid=transfer-close]");
        await page.FillAsync(".mud-dialog textarea[data-testid=confirm-reason]", "Lost on the way");
        await page.ClickAsync(".mud-dialog [data-testid=confirm-ok]");
        await Assertions.Expect(page.Locator("[data-testid=transfer-status] [data-status]")).ToHaveAttributeAsync("data-status", "Closed");
        await Assertions.Expect(page.Locator("[data-testid=transfer-differences]")).ToContainTextAsync("1 unit (value 2.50) written off as transit loss");
        await page.GetByRole(AriaRole.Tab, new() { Name = "History" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=status-history] tbody tr")).ToHaveCountAsync(4);
        await Shot(page, "4b-history");

        await BrowserAppFixture.GotoInteractiveAsync(page, "/inventory/transfers");
        await Assertions.Expect(page.Locator("[data-testid=transfers-grid] tbody tr").First).ToContainTextAsync("Closed");
        await Shot(page, "5-list");
    }

    /// <summary>A fresh product with 10 on hand at the demo's Central Warehouse, and a second warehouse of the same organization.</summary>
    private async Task<(string Sku, string North)> SeedAsync()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var sku = "E2E-TRF-" + suffix;
        var north = "North " + suffix;
        await using var scope = fixture.App.Services.CreateAsyncScope();
        var admin = await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByEmailAsync(DemoDataSeeder.EmailOf(BuiltInRoles.Admin));
        Guid tenantId;
        await using (var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<ErpDbContext>>().CreateDbContextAsync())
        {
            tenantId = await db.Tenants.IgnoreQueryFilters().Where(t => t.Code == DemoDataSeeder.TenantCode).Select(t => t.Id).SingleAsync();
        }

        await fixture.App.InTenantAsync(tenantId, admin!.Id, async sp =>
        {
            await using var db = await sp.GetRequiredService<IDbContextFactory<ErpDbContext>>().CreateDbContextAsync();
            var central = await db.Locations.SingleAsync(l => l.Code == "WH1");
            db.Locations.Add(new Erp.Domain.Platform.Location(central.OrganizationId, north, "N-" + suffix, LocationKind.Warehouse));
            await db.SaveChangesAsync();
            var unit = await db.Units.Where(u => u.BaseUnitId == null).Select(u => u.Id).FirstAsync();
            var created = await sp.GetRequiredService<SaveProductCommand>().CreateAsync(new ProductInput
            {
                Kind = Erp.Domain.Catalog.ProductKind.Simple, Sku = sku, Name = "Transfer test " + suffix, UnitId = unit, Cost = 2.5m, Price = 5m,
            });
            Assert.True(created.IsSuccess, created.Error?.Message);
            var received = await sp.GetRequiredService<StockTransactions>().RunAsync((tx, at, ct) => StockLedger.PostAsync(tx,
                new StockSource("Test", Guid.CreateVersion7(), "E2E-" + suffix),
                [new StockChange(created.Value, central.Id, 10m, MovementKind.Receipt, 2.5m)], at, ct));
            Assert.True(received.IsSuccess, received.Error?.Message);
        });
        return (sku, north);
    }

    /// <summary>Opens a MudSelect by its test id and picks the option containing <paramref name="text"/>.</summary>
    private static async Task PickAsync(IPage page, string testId, string text)
    {
        await page.Locator($"[data-testid={testId}]").Locator("xpath=ancestor::div[contains(@class,'mud-select')][1]").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = text }).First.ClickAsync();
        await page.Locator(".mud-popover-open").WaitForAsync(new() { State = WaitForSelectorState.Detached });
    }

    private static async Task Shot(IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable("ERP_SCREENSHOTS") is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"transfers-{name}.png"), FullPage = true });
        }
    }
}
