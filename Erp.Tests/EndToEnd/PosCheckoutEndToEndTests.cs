using System.Globalization;
using System.Text.RegularExpressions;
using Erp.Data;
using Erp.Tests.Web.Features.Platform;
using Erp.Web.Infrastructure.Startup;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Erp.Tests.EndToEnd;

/// <summary>
/// Acceptance (issue 5), on a 1024×768 screen: the demo cashier opens a session on Till 1 counting the float, scans three
/// items by typing their barcodes and Enter, takes a split payment (card, then cash with change), prints the receipt,
/// returns one item, and closes the session with the expected cash and no difference.
/// </summary>
[Collection(BrowserCollection.Name)]
public partial class PosCheckoutEndToEndTests(BrowserAppFixture fixture)
{
    private static readonly string[] Skus = ["COLA-033", "WATER-05", "APPLE-KG"];

    [Fact]
    public async Task Cashier_OpensScansThreeItems_SplitsThePayment_PrintsTheReceipt_ReturnsOne_AndCloses()
    {
        var barcodes = await BarcodesAsync();
        var page = await fixture.NewPageAsync(1024, 768);
        await BrowserAppFixture.LoginAsync(page, DemoDataSeeder.EmailOf("Cashier"), DemoDataSeeder.Password);

        // Open Till 1 with 5 × 20 counted in the drawer.
        await BrowserAppFixture.GotoInteractiveAsync(page, "/pos/open");
        await page.ClickAsync("[data-testid=open-register-DT-1]");
        var twenties = page.Locator("input[data-testid=open-float-count-20]");
        await twenties.FillAsync("5");
        await twenties.PressAsync("Tab");
        await page.ClickAsync("[data-testid=open-submit]");
        await page.WaitForURLAsync(url => url.EndsWith("/pos", StringComparison.Ordinal));
        await BrowserAppFixture.WaitForInteractiveAsync(page);

        // Scan: the field keeps the focus; an unknown code beeps and leaves the cart alone.
        var scan = page.Locator("#pos-scan");
        await Assertions.Expect(scan).ToBeFocusedAsync();
        foreach (var barcode in barcodes)
        {
            await page.Keyboard.TypeAsync(barcode);
            await page.Keyboard.PressAsync("Enter");
        }

        await Assertions.Expect(page.Locator("[data-testid=pos-cart-line]")).ToHaveCountAsync(3);
        await page.Keyboard.TypeAsync("0000000000000");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("[data-testid=pos-scan-error]")).ToContainTextAsync("0000000000000");
        await Assertions.Expect(page.Locator("[data-testid=pos-cart-line]")).ToHaveCountAsync(3);
        await Assertions.Expect(scan).ToBeFocusedAsync();
        var total = Amount(await page.Locator("[data-testid=pos-total]").InnerTextAsync());

        // Pay (F12): 2.00 by card, the rest with a 20 note; the change is what is left of it.
        await page.Keyboard.PressAsync("F12");
        var amount = page.Locator("input[data-testid=pos-amount]");
        await amount.FillAsync("2");
        await page.ClickAsync("[data-testid=pos-pay-card]");
        // Wait for the card payment to be shown (the panel then proposes what is left) before typing the cash amount.
        await Assertions.Expect(page.Locator("[data-testid=pos-left]")).ToHaveTextAsync(Money(total - 2m));
        await Assertions.Expect(amount).ToHaveValueAsync(Money(total - 2m));
        await amount.FillAsync("20");
        await page.ClickAsync("[data-testid=pos-pay-cash]");
        var change = 22m - total;
        await Assertions.Expect(page.Locator("[data-testid=pos-change]")).ToHaveTextAsync(Money(change));
        await Screenshot(page, "pay");
        await page.ClickAsync("[data-testid=pos-complete]");
        await Assertions.Expect(page.Locator("[data-testid=pos-done-number]")).ToContainTextAsync("R-");
        await Assertions.Expect(page.Locator("[data-testid=pos-done-change]")).ToHaveTextAsync(Money(change));
        var number = (await page.Locator("[data-testid=pos-done-number]").InnerTextAsync()).Trim();
        await Screenshot(page, "done");

        // Print the receipt: one click prints the PDF from a hidden frame; the PDF lists the items and the payments.
        await page.ClickAsync("[data-testid=pos-print]");
        await Assertions.Expect(page.Locator("iframe")).ToHaveCountAsync(1);
        var receiptUrl = await page.Locator("iframe").GetAttributeAsync("src");
        var receipt = UserDownloadsTests.PdfText(await (await page.APIRequest.GetAsync(receiptUrl!)).BodyAsync());
        Assert.Contains($"Receipt: {number}", receipt);
        Assert.All(Skus, sku => Assert.Contains(sku, receipt));
        Assert.Contains("Card 2.00", receipt);
        Assert.Contains("Cash 20.00", receipt);
        Assert.Contains($"Change {Money(change)}", receipt);

        // Return one item (the first line) to stock; the refund goes back the way the sale was paid.
        await BrowserAppFixture.GotoInteractiveAsync(page, "/pos/returns/new");
        var receiptNumber = page.Locator("input[data-testid=return-receipt-number]");
        await receiptNumber.PressSequentiallyAsync(number);
        await receiptNumber.PressAsync("Enter");
        await Assertions.Expect(page.Locator("[data-testid=return-sale]")).ToContainTextAsync(number);
        var quantity = page.Locator("input[data-testid=return-qty-1]");
        await quantity.FillAsync("1");
        await quantity.PressAsync("Tab");
        await page.ClickAsync("[data-testid=return-confirm]");
        await page.ClickAsync("[data-testid=confirm-ok]");
        await Assertions.Expect(page.Locator("[data-testid=return-done]")).ToContainTextAsync("Refund");

        // Close: count exactly the expected cash; no difference.
        await BrowserAppFixture.GotoInteractiveAsync(page, "/pos");
        await page.ClickAsync("[data-testid=pos-session] a");
        await page.WaitForURLAsync(new Regex("/pos/sessions/[0-9a-f-]{36}$"));
        await BrowserAppFixture.WaitForInteractiveAsync(page);
        var expected = Amount(await page.Locator("[data-testid=session-expected]").InnerTextAsync());
        await page.GetByText("Count notes and coins").ClickAsync();
        var counted = page.Locator("input[data-testid=close-count-amount]");
        await counted.FillAsync(expected.ToString(CultureInfo.InvariantCulture));
        await counted.PressAsync("Tab");
        await Assertions.Expect(page.Locator("[data-testid=close-difference]")).ToContainTextAsync("difference 0.00");
        await page.ClickAsync("[data-testid=close-submit]");
        await Assertions.Expect(page.Locator("[data-testid=session-closed]")).ToContainTextAsync("difference 0.00");
        Assert.True(expected > 100m, $"The drawer holds the float and the cash kept, less the cash refunded: {expected}");
        await Screenshot(page, "closed");
    }

    private async Task<List<string>> BarcodesAsync()
    {
        await using var db = await fixture.App.Services.GetRequiredService<IDbContextFactory<ErpDbContext>>().CreateDbContextAsync();
        var tenantId = await db.Tenants.Where(t => t.Code == DemoDataSeeder.TenantCode).Select(t => t.Id).SingleAsync();
        var barcodes = await db.Products.IgnoreQueryFilters().Where(p => p.TenantId == tenantId && Skus.Contains(p.Sku))
            .ToDictionaryAsync(p => p.Sku, p => p.Barcode);
        return [.. Skus.Select(sku => barcodes[sku])];
    }

    private static decimal Amount(string text) =>
        decimal.Parse(AmountPattern().Match(text.Replace(",", "", StringComparison.Ordinal)).Value, CultureInfo.InvariantCulture);

    private static string Money(decimal amount) => amount.ToString("N2", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"-?\d+(\.\d+)?")]
    private static partial Regex AmountPattern();

    // Screenshots for a human look at the pages (ERP_SCREENSHOTS=folder); nothing is written otherwise.
    private static async Task Screenshot(IPage page, string name)
    {
        var folder = Environment.GetEnvironmentVariable("ERP_SCREENSHOTS");
        if (!string.IsNullOrEmpty(folder))
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, $"pos-checkout-{name}.png"), FullPage = true });
        }
    }
}
