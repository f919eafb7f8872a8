using Erp.Data.Inventory;
using Erp.Domain.Inventory;
using Erp.Tests.TestInfrastructure;
using Erp.Tests.Web.Features.Inventory;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Erp.Tests.EndToEnd;

[Collection(BrowserCollection.Name)]
public class CountsEndToEndTests(BrowserAppFixture fixture)
{
    [Fact]
    public async Task Manager_CountsByScanningAndTyping_ReviewsAndPosts_AndStockEqualsTheCount()
    {
        var data = await InventoryTestData.CreateAsync(fixture.App);
        var cola = await data.ProductAsync("E2E-COLA", 2m);
        var tea = await data.ProductAsync("E2E-TEA", 3m);
        await data.PostAsync(new StockChange(cola, data.Main, 10m, MovementKind.Receipt, 2m), new StockChange(tea, data.Main, 4m, MovementKind.Receipt, 3m));
        var colaBarcode = await data.InDb(db => db.Products.Where(p => p.Id == cola).Select(p => p.Barcode).SingleAsync());
        var page = await fixture.NewPageAsync(1400, 900);
        await BrowserAppFixture.LoginAsync(page, data.Tenant.AdminEmail, ErpAppFactory.Password);

        await BrowserAppFixture.GotoInteractiveAsync(page, "/inventory/counts/new");
        await page.ClickAsync("[data-testid=count-location]");
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = "Main warehouse" }).First.ClickAsync();
        await ShotAsync(page, "counts-new");
        await page.ClickAsync("[data-testid=count-create]");
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/inventory/counts/[0-9a-f-]{36}$"), new() { WaitUntil = WaitUntilState.Commit });
        await BrowserAppFixture.WaitForInteractiveAsync(page);

        await page.ClickAsync("[data-testid=count-start]");
        await page.ClickAsync("[data-testid=confirm-ok]");
        await Assertions.Expect(page.Locator("[data-testid=count-title] + .mud-chip, .mud-chip[data-status=InProgress]").First).ToBeVisibleAsync();
        var scan = page.Locator("input[data-testid=scan-input]");
        await Assertions.Expect(scan).ToBeVisibleAsync();
        for (var i = 0; i < 3; i++)
        {
            await scan.PressSequentiallyAsync(colaBarcode);
            await scan.PressAsync("Enter");
            await Assertions.Expect(page.Locator("[data-testid=scan-message]")).ToContainTextAsync($"{i + 1} counted");
        }

        await scan.PressSequentiallyAsync("NO-SUCH-CODE");
        await scan.PressAsync("Enter");
        await Assertions.Expect(page.Locator("[data-testid=scan-message]")).ToContainTextAsync("No stockable product has the barcode or SKU \"NO-SUCH-CODE\"");
        var teaField = page.Locator($"input[data-testid=counted-E2E-TEA-{data.Main}]");
        await teaField.FillAsync("5");
        await teaField.PressAsync("Enter");
        await Assertions.Expect(page.Locator("[data-testid=count-summary]")).ToContainTextAsync("2 of 2 lines counted");
        await ShotAsync(page, "counts-counting");

        await page.ClickAsync("[data-testid=count-review]");
        await Assertions.Expect(page.Locator("[data-testid=count-totals]")).ToContainTextAsync("-14.00");
        await ShotAsync(page, "counts-review");
        await page.ClickAsync("[data-testid=count-post]");
        await page.ClickAsync("[data-testid=confirm-ok]");
        await Assertions.Expect(page.Locator(".mud-chip[data-status=Posted]")).ToBeVisibleAsync();
        await ShotAsync(page, "counts-posted");

        Assert.Equal(3m, await data.OnHandAsync(cola, data.Main));
        Assert.Equal(5m, await data.OnHandAsync(tea, data.Main));
        await BrowserAppFixture.GotoInteractiveAsync(page, "/inventory/counts");
        await Assertions.Expect(page.Locator("[data-testid=counts-grid] tbody tr")).ToHaveCountAsync(1);
        await ShotAsync(page, "counts-list");
    }

    /// <summary>Screenshots for a human look, only when ERP_SHOTS names a folder.</summary>
    private static async Task ShotAsync(IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable("ERP_SHOTS") is { Length: > 0 } folder)
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true });
        }
    }
}
