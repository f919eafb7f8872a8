using System.Text.RegularExpressions;
using Erp.Web.Infrastructure.Startup;
using Microsoft.Playwright;

namespace Erp.Tests.EndToEnd;

/// <summary>
/// Its own app and database, so the documents it adds do not change what the other browser tests count; run alone (after
/// the parallel collections), so two apps and browsers do not compete for the CPU.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SalesFlowBrowserCollection : ICollectionFixture<BrowserAppFixture>
{
    public const string Name = "Browser (sales flow)";
}

/// <summary>
/// Acceptance (issue 4): a sales rep quotes, converts, confirms, ships and invoices; an accountant records the payment;
/// the sales figures on the dashboard change.
/// </summary>
[Collection(SalesFlowBrowserCollection.Name)]
public class SalesFlowEndToEndTests(BrowserAppFixture fixture)
{
    [Fact]
    public async Task SalesRep_QuotesConvertsShipsAndInvoices_AccountantRecordsThePayment_DashboardChanges()
    {
        var rep = await fixture.NewPageAsync(1440, 1000);
        await BrowserAppFixture.LoginAsync(rep, DemoDataSeeder.EmailOf("SalesRep"), DemoDataSeeder.Password);
        await BrowserAppFixture.GotoInteractiveAsync(rep, "/");
        var todayBefore = await rep.Locator("[data-testid=sales-today]").InnerTextAsync();

        // Quote 10 bottles of water to St. Mary's School from the central warehouse.
        await BrowserAppFixture.GotoInteractiveAsync(rep, "/sales/quotations/new");
        await PickAutocompleteAsync(rep, "quotation-customer", "St. Mary");
        await PickSelectAsync(rep, "quotation-location", "Central Warehouse");
        await PickAutocompleteAsync(rep, "quotation-line-0-product", "WATER-05");
        await FillNumberAsync(rep, "quotation-line-0-quantity", "10");
        await rep.ClickAsync("[data-testid=quotation-save]");
        await rep.WaitForURLAsync(new Regex("/sales/quotations/[0-9a-f-]{36}$"));
        await BrowserAppFixture.WaitForInteractiveAsync(rep);
        await Assertions.Expect(rep.Locator("[data-testid=quotation-number]")).ToContainTextAsync("QUO-");

        // Convert to an order and confirm it: the stock is reserved.
        await rep.ClickAsync("[data-testid=quotation-convert]");
        await ConfirmIfAskedAsync(rep);
        await rep.WaitForURLAsync(new Regex("/sales/orders/[0-9a-f-]{36}$"));
        await BrowserAppFixture.WaitForInteractiveAsync(rep);
        var orderUrl = rep.Url;
        await rep.ClickAsync("[data-testid=order-confirm]");
        await ConfirmIfAskedAsync(rep);
        await Assertions.Expect(rep.Locator(".mud-chip", new() { HasText = "Confirmed" }).First).ToBeVisibleAsync();

        // Ship everything.
        await rep.ClickAsync("[data-testid=order-ship]");
        await rep.WaitForURLAsync(new Regex("/sales/deliveries/new"));
        await BrowserAppFixture.WaitForInteractiveAsync(rep);
        await rep.ClickAsync("[data-testid=delivery-ship-now]");
        await rep.WaitForURLAsync(new Regex("/sales/deliveries/[0-9a-f-]{36}$"));
        await BrowserAppFixture.WaitForInteractiveAsync(rep);
        await Assertions.Expect(rep.Locator("[data-testid=delivery-number]")).ToContainTextAsync("DN-");

        // Invoice what was delivered and post the invoice.
        await BrowserAppFixture.GotoInteractiveAsync(rep, new Uri(orderUrl).PathAndQuery);
        await Assertions.Expect(rep.Locator(".mud-chip", new() { HasText = "Delivered" }).First).ToBeVisibleAsync();
        await rep.ClickAsync("[data-testid=order-invoice]");
        await rep.WaitForURLAsync(new Regex("/sales/invoices/[0-9a-f-]{36}$"));
        await BrowserAppFixture.WaitForInteractiveAsync(rep);
        var invoicePath = new Uri(rep.Url).PathAndQuery;
        await rep.ClickAsync("[data-testid=invoice-post]");
        await ConfirmIfAskedAsync(rep);
        await Assertions.Expect(rep.Locator("[data-testid=invoice-number]")).ToContainTextAsync("INV-");
        await Assertions.Expect(rep.Locator("[data-testid=invoice-due-amount]")).Not.ToContainTextAsync(new Regex(@"^\s*0\.00"));

        // The dashboard counts the confirmed order.
        await BrowserAppFixture.GotoInteractiveAsync(rep, "/");
        await Assertions.Expect(rep.Locator("[data-testid=sales-today]")).Not.ToHaveTextAsync(todayBefore);

        // The accountant records the payment of the whole invoice; it is paid, and so is the order.
        var accountant = await fixture.NewPageAsync(1440, 1000);
        await BrowserAppFixture.LoginAsync(accountant, DemoDataSeeder.EmailOf("Accountant"), DemoDataSeeder.Password);
        await BrowserAppFixture.GotoInteractiveAsync(accountant, invoicePath);
        await accountant.ClickAsync("[data-testid=invoice-record-payment]");
        await accountant.WaitForURLAsync(new Regex("/sales/payments/new"));
        await BrowserAppFixture.WaitForInteractiveAsync(accountant);
        await accountant.ClickAsync("[data-testid=payment-save]");
        await accountant.WaitForURLAsync(new Regex("/sales/invoices/[0-9a-f-]{36}$"));
        await BrowserAppFixture.WaitForInteractiveAsync(accountant);
        await Assertions.Expect(accountant.Locator(".mud-chip", new() { HasText = "Paid" }).First).ToBeVisibleAsync();
        await Assertions.Expect(accountant.Locator("[data-testid=invoice-due-amount]")).ToContainTextAsync("0.00");

        await BrowserAppFixture.GotoInteractiveAsync(rep, new Uri(orderUrl).PathAndQuery);
        await Assertions.Expect(rep.Locator(".mud-chip", new() { HasText = "Paid" }).First).ToBeVisibleAsync();
    }

    private static async Task ConfirmIfAskedAsync(IPage page)
    {
        var ok = page.Locator("[data-testid=confirm-ok]");
        try
        {
            await ok.WaitForAsync(new() { Timeout = 3000 });
        }
        catch (TimeoutException)
        {
            return;
        }

        await ok.ClickAsync();
        await ok.WaitForAsync(new() { State = WaitForSelectorState.Detached });
    }

    private static async Task PickAutocompleteAsync(IPage page, string testId, string text)
    {
        var input = page.Locator($"input[data-testid={testId}]");
        await input.FillAsync(text);
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = text }).First.ClickAsync();
        await Assertions.Expect(input).Not.ToHaveValueAsync("");
    }

    private static async Task PickSelectAsync(IPage page, string testId, string text)
    {
        await page.Locator($"[data-testid={testId}]").Locator("xpath=ancestor::div[contains(@class,'mud-select')][1]").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = text }).First.ClickAsync();
        await page.Locator(".mud-popover-open").WaitForAsync(new() { State = WaitForSelectorState.Detached });
    }

    private static async Task FillNumberAsync(IPage page, string testId, string value)
    {
        var input = page.Locator($"input[data-testid={testId}]");
        await input.FillAsync(value);
        await input.PressAsync("Tab");
    }
}
