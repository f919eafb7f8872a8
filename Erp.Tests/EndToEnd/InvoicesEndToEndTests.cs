using Erp.Web.Infrastructure.Startup;
using Microsoft.Playwright;

namespace Erp.Tests.EndToEnd;

[Collection(BrowserCollection.Name)]
public class InvoicesEndToEndTests(BrowserAppFixture fixture)
{
    [Fact]
    public async Task Accountant_FindsTheOverdueDemoInvoice_AndPaysThePartlyPaidOne()
    {
        var page = await fixture.NewPageAsync(1440, 1000);
        await BrowserAppFixture.LoginAsync(page, DemoDataSeeder.EmailOf("Accountant"), DemoDataSeeder.Password);

        // The demo's overdue invoice is flagged, and the overdue filter keeps only it.
        await BrowserAppFixture.GotoInteractiveAsync(page, "/sales/invoices");
        await Assertions.Expect(page.Locator("[data-testid=invoice-grid] [data-testid=overdue-flag]")).ToHaveCountAsync(1);
        await Screenshot(page, "invoice-list");
        await page.GetByText("Overdue only").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=invoice-grid] tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("[data-testid=invoice-grid] tbody tr")).ToContainTextAsync("Corner Café LLC");

        // The partly paid one: record the rest from its page; it becomes Paid.
        await page.GetByText("Overdue only").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=invoice-grid] tbody tr")).ToHaveCountAsync(4);
        await page.Locator("[data-testid=invoice-grid] tbody tr", new() { HasText = "Partly paid" }).Locator("a").First.ClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/sales/invoices/[0-9a-f-]{36}$"));
        await BrowserAppFixture.WaitForInteractiveAsync(page);
        await Assertions.Expect(page.Locator("[data-testid=invoice-number]")).ToContainTextAsync("INV-");
        await Screenshot(page, "invoice-detail");
        await page.ClickAsync("[data-testid=invoice-record-payment]");
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/sales/payments/new"));
        await BrowserAppFixture.WaitForInteractiveAsync(page);
        await Assertions.Expect(page.Locator("[data-testid=payment-allocations] tbody tr")).ToHaveCountAsync(2);
        await Screenshot(page, "payment-form");
        await page.ClickAsync("[data-testid=payment-save]");
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/sales/invoices/[0-9a-f-]{36}$"));
        await BrowserAppFixture.WaitForInteractiveAsync(page);
        await Assertions.Expect(page.Locator(".mud-chip", new() { HasText = "Paid" }).First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=invoice-due-amount]")).ToContainTextAsync("0.00");

        await BrowserAppFixture.GotoInteractiveAsync(page, "/sales/receivables/aging");
        await Assertions.Expect(page.Locator("[data-testid=aging-grid] tbody tr", new() { HasText = "Corner Café LLC" })).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("[data-testid=aging-totals]")).ToContainTextAsync("Total");
        await Screenshot(page, "aging");
    }

    [Fact]
    public async Task Manager_CreditsTheOverdueInvoice_AndTheCustomerStatementShowsIt()
    {
        var page = await fixture.NewPageAsync(1440, 1000);
        await BrowserAppFixture.LoginAsync(page, DemoDataSeeder.EmailOf("Manager"), DemoDataSeeder.Password);
        await BrowserAppFixture.GotoInteractiveAsync(page, "/sales/invoices?overdue=true");
        await page.Locator("[data-testid=invoice-grid] tbody tr a").First.ClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/sales/invoices/[0-9a-f-]{36}$"));
        await BrowserAppFixture.WaitForInteractiveAsync(page);
        await page.ClickAsync("[data-testid=invoice-credit-note]");
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/credit-note$"));
        await BrowserAppFixture.WaitForInteractiveAsync(page);

        await page.GetByText("Price correction").ClickAsync();
        await page.Locator("[data-testid=credit-line-0-amount] input, input[data-testid=credit-line-0-amount]").First.FillAsync("10");
        await page.Locator("[data-testid=credit-reason] input, input[data-testid=credit-reason]").First.FillAsync("Damaged cans");
        await Screenshot(page, "credit-note-editor");
        await page.ClickAsync("[data-testid=credit-issue]");
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/sales/credit-notes/[0-9a-f-]{36}$"));
        await BrowserAppFixture.WaitForInteractiveAsync(page);
        await Assertions.Expect(page.Locator("[data-testid=credit-number]")).ToContainTextAsync("CN-");
        await Screenshot(page, "credit-note");

        await page.Locator("a", new() { HasText = "Corner Café LLC" }).First.ClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/sales/customers/[0-9a-f-]{36}$"));
        await BrowserAppFixture.WaitForInteractiveAsync(page);
        await page.ClickAsync("[data-testid=tab-statement], .mud-tab:has-text('Statement')");
        await Assertions.Expect(page.Locator("[data-testid=statement-table]")).ToContainTextAsync("Credit note on INV-");
        await Screenshot(page, "customer-statement");
    }

    /// <summary>Screenshots for a human look, only when ERP_SCREENSHOTS names a folder.</summary>
    private static async Task Screenshot(IPage page, string name)
    {
        var folder = Environment.GetEnvironmentVariable("ERP_SCREENSHOTS");
        if (!string.IsNullOrEmpty(folder))
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true });
        }
    }
}
