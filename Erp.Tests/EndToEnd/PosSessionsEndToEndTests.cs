using Erp.Web.Infrastructure.Startup;
using Microsoft.Playwright;

namespace Erp.Tests.EndToEnd;

[Collection(BrowserCollection.Name)]
public class PosSessionsEndToEndTests(BrowserAppFixture fixture)
{
    [Fact]
    public async Task ShopManager_OpensADemoTill_PutsCashIn_AndClosesWithoutDifference_OnATablet()
    {
        var page = await fixture.NewPageAsync(1024, 768);
        await BrowserAppFixture.LoginAsync(page, DemoDataSeeder.EmailOf("ShopManager"), DemoDataSeeder.Password);
        await BrowserAppFixture.GotoInteractiveAsync(page, "/pos/open");
        await page.ClickAsync("[data-testid=open-register-AP-1]");
        var twenties = page.Locator("input[data-testid=open-float-count-20]");
        await twenties.FillAsync("5");
        await twenties.PressAsync("Tab");
        await Assertions.Expect(page.Locator("[data-testid=open-float-total]")).ToContainTextAsync("100.00");
        await Screenshot(page, "open");
        await page.ClickAsync("[data-testid=open-submit]");
        await page.WaitForURLAsync(url => url.EndsWith("/pos", StringComparison.Ordinal));

        await BrowserAppFixture.GotoInteractiveAsync(page, "/pos/sessions");
        await page.Locator("[data-testid=session-grid] a", new() { HasText = "SES-" }).First.ClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/pos/sessions/[0-9a-f-]{36}$"));
        await BrowserAppFixture.WaitForInteractiveAsync(page);
        await page.ClickAsync("[data-testid=cash-in]");
        await page.Locator("input[data-testid=cash-move-amount]").FillAsync("50");
        await page.Locator("input[data-testid=cash-move-reason]").FillAsync("Coins from the safe");
        await page.ClickAsync("[data-testid=cash-move-submit]");
        await Assertions.Expect(page.Locator("[data-testid=session-expected]")).ToContainTextAsync("150.00");

        await page.GetByText("Count notes and coins").ClickAsync();
        var amount = page.Locator("input[data-testid=close-count-amount]");
        await amount.FillAsync("150");
        await amount.PressAsync("Tab");
        await Assertions.Expect(page.Locator("[data-testid=close-difference]")).ToContainTextAsync("difference 0.00");
        await Screenshot(page, "close");
        await page.ClickAsync("[data-testid=close-submit]");
        await Assertions.Expect(page.Locator("[data-testid=session-closed]")).ToContainTextAsync("difference 0.00");
        await Screenshot(page, "closed");

        await BrowserAppFixture.GotoInteractiveAsync(page, "/pos/sessions");
        await Assertions.Expect(page.Locator("[data-testid=session-grid] tbody tr").First).ToContainTextAsync("Closed");
        await Screenshot(page, "list");
        await BrowserAppFixture.GotoInteractiveAsync(page, "/pos/registers");
        await Assertions.Expect(page.Locator("[data-testid=register-grid] tbody tr")).ToHaveCountAsync(3);
        await page.ClickAsync("[data-testid=register-grid] a:has-text('DT-1')");
        await Assertions.Expect(page.Locator("input[data-testid=register-name]")).ToHaveValueAsync("Till 1");
        await Screenshot(page, "register");
    }

    // Screenshots for a human look at the pages (ERP_SCREENSHOTS=folder); nothing is written otherwise.
    private static async Task Screenshot(IPage page, string name)
    {
        var folder = Environment.GetEnvironmentVariable("ERP_SCREENSHOTS");
        if (!string.IsNullOrEmpty(folder))
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, $"pos-session-{name}.png"), FullPage = true });
        }
    }
}
