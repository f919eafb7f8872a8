using Erp.Web.Infrastructure.Startup;
using Microsoft.Playwright;

namespace Erp.Tests.EndToEnd;

[Collection(BrowserCollection.Name)]
public class PricingEndToEndTests(BrowserAppFixture fixture)
{
    [Fact]
    public async Task Manager_ChecksADemoWholesaleBreak_AddsABreak_AndThePriceCheckUsesIt()
    {
        var page = await fixture.NewPageAsync(1400, 1000);
        await BrowserAppFixture.LoginAsync(page, DemoDataSeeder.EmailOf("Manager"), DemoDataSeeder.Password);
        await BrowserAppFixture.GotoInteractiveAsync(page, "/sales/price-lists");
        await page.ClickAsync("[data-testid=price-lists-table] a:has-text('Wholesale')");
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/sales/price-lists/[0-9a-f-]{36}$"));
        await BrowserAppFixture.WaitForInteractiveAsync(page);
        await Assertions.Expect(page.Locator("[data-testid=items-table] tbody tr")).ToHaveCountAsync(10);

        // 50 colas: the 48 break of the demo list (0.89), excluding tax; Cola is "Standard" (16 %): 0.89 × 1.16 = 1.0324 → 1.03.
        await PickAsync(page, page.Locator("[data-testid=price-check]"), "COLA-033");
        await page.Locator("[data-testid=price-check] input").Nth(1).FillAsync("50");
        await page.ClickAsync("[data-testid=check-run]");
        await Assertions.Expect(page.Locator("[data-testid=check-unit-price]")).ToHaveTextAsync("0.89");
        await Assertions.Expect(page.Locator("[data-testid=check-result]")).ToContainTextAsync("Standard rate (16 %)");
        await Assertions.Expect(page.Locator("[data-testid=check-result]")).ToContainTextAsync("0.89 / 1.03");

        // A 100 kg break for apples at 1.80, then the price check for 120 kg finds it.
        var form = page.Locator("[data-testid=item-form]");
        await PickAsync(page, form, "APPLE-KG");
        await form.Locator("input").Nth(1).FillAsync("1.80");
        await form.Locator("input").Nth(2).FillAsync("100");
        await form.Locator("input").Nth(2).PressAsync("Tab");
        await page.ClickAsync("[data-testid=item-save]");
        await Assertions.Expect(page.Locator("[data-testid=items-table] tbody tr")).ToHaveCountAsync(11);

        await PickAsync(page, page.Locator("[data-testid=price-check]"), "APPLE-KG");
        await page.Locator("[data-testid=price-check] input").Nth(1).FillAsync("120");
        await page.ClickAsync("[data-testid=check-run]");
        await Assertions.Expect(page.Locator("[data-testid=check-unit-price]")).ToHaveTextAsync("1.80");
        await Assertions.Expect(page.Locator("[data-testid=check-source]")).ToContainTextAsync("This list, from 100");
    }

    private static async Task PickAsync(IPage page, ILocator scope, string sku)
    {
        var input = scope.Locator("input[placeholder^=SKU]");
        await input.FillAsync(sku);
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasText = sku }).First.ClickAsync();
        await Assertions.Expect(input).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("^" + sku));
    }
}
