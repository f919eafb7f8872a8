using Erp.Web.Infrastructure.Startup;
using Microsoft.Playwright;

namespace Erp.Tests.EndToEnd;

[Collection(BrowserCollection.Name)]
public class CatalogEndToEndTests(BrowserAppFixture fixture)
{
    [Fact]
    public async Task Manager_CreatesAProductWithThreeSizesByFourColours_AndSeesTwelveVariants_ThenFindsOneByBarcode()
    {
        var page = await fixture.NewPageAsync(1400, 900);
        await BrowserAppFixture.LoginAsync(page, DemoDataSeeder.EmailOf("InventoryManager"), DemoDataSeeder.Password);
        await BrowserAppFixture.GotoInteractiveAsync(page, "/catalog/products/new");
        var sku = "E2E" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();

        await page.GetByText("With variants").ClickAsync();
        await page.FillAsync("input[data-testid=product-name]", "E2E hoodie");
        await page.FillAsync("input[data-testid=product-sku]", sku);
        foreach (var value in new[] { "S", "M", "L", "Black", "White", "Red", "Navy" })
        {
            await page.ClickAsync($"[data-testid^=axis-][data-testid$=\"-{value}\"]");
        }

        await Assertions.Expect(page.Locator("[data-testid=variant-count]")).ToHaveTextAsync("12 variant(s) will be created.");
        await page.ClickAsync("[data-testid=product-save]");
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/catalog/products/[0-9a-f-]{36}$"));
        await page.GetByText("Variants (12)").ClickAsync();
        var rows = page.Locator("[data-testid=variants] tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(12);
        var barcode = (await rows.Filter(new() { HasText = $"{sku}-NAVY-M" }).Locator("td").Nth(2).InnerTextAsync()).Trim();

        await BrowserAppFixture.GotoInteractiveAsync(page, "/catalog/products");
        await page.FillAsync("input[data-testid=grid-search]", barcode);
        var gridRows = page.Locator(".products-grid tbody tr");
        await Assertions.Expect(gridRows).ToHaveCountAsync(1);
        await Assertions.Expect(gridRows.First).ToContainTextAsync($"{sku}-NAVY-M");
    }
}
