using Erp.Domain.Platform;
using Erp.Domain.Sales.Payments;
using Erp.Tests.TestInfrastructure;
using Erp.Tests.Web.Features.Pos.Returns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Erp.Tests.EndToEnd;

[Collection(BrowserCollection.Name)]
public class PosReturnsEndToEndTests(BrowserAppFixture fixture)
{
    [Fact]
    public async Task Cashier_FindsTheSaleInTheHistory_ReturnsOneItemToQuarantine_AndGetsTheReturnReceipt()
    {
        var data = await PosTestData.CreateAsync(fixture.App);
        var lamp = await data.StockedProductAsync("E2E-LAMP", 10m, 4m);
        var email = $"cashier-e2e@{data.Tenant.Code}.test";
        var cashier = await data.Tenant.AddUserAsync(BuiltInRoles.Cashier, email);
        await data.OpenSessionAsync(cashier, data.MainRegister);
        var sale = await data.SaleAsync(cashier, data.Customer, [new TillLine(lamp, "E2E-LAMP", 2m, 11.60m)], (PaymentMethodKind.Cash, 30m));
        var page = await fixture.NewPageAsync(1280, 900);
        await BrowserAppFixture.LoginAsync(page, email, ErpAppFactory.Password);

        await BrowserAppFixture.GotoInteractiveAsync(page, "/pos/sales");
        await Assertions.Expect(page.Locator("[data-testid=pos-sales-grid] tbody tr")).ToHaveCountAsync(1);
        await ShotAsync(page, "pos-sales-list");
        await page.ClickAsync($"text={sale.Number}");
        await BrowserAppFixture.WaitForInteractiveAsync(page);
        await Assertions.Expect(page.Locator("[data-testid=pos-sale-number]")).ToContainTextAsync(sale.Number);
        await ShotAsync(page, "pos-sale-detail");

        await BrowserAppFixture.GotoInteractiveAsync(page, "/pos/returns/new");
        var receipt = page.Locator("input[data-testid=return-receipt-number]");
        await receipt.PressSequentiallyAsync(sale.Number);
        await receipt.PressAsync("Enter");
        await Assertions.Expect(page.Locator("[data-testid=return-sale]")).ToContainTextAsync(sale.Number);
        var quantity = page.Locator("input[data-testid=return-qty-1]");
        await quantity.FillAsync("1");
        await quantity.PressAsync("Tab");
        await page.ClickAsync("[data-testid=return-qc-1]");
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = "Quarantine" }).First.ClickAsync();
        await page.ClickAsync("[data-testid=return-quarantine-1]");
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = "Quarantine" }).First.ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=return-value]")).ToContainTextAsync("11.60");
        await ShotAsync(page, "pos-return-new");
        await page.ClickAsync("[data-testid=return-confirm]");
        await page.ClickAsync("[data-testid=confirm-ok]");

        await Assertions.Expect(page.Locator("[data-testid=return-done]")).ToContainTextAsync("Refund by Cash: 11.60");
        await ShotAsync(page, "pos-return-done");
        Assert.Equal(1m, await data.OnHandAsync(lamp, data.Quarantine));
        Assert.Equal(1m, (await data.LoadSaleAsync(sale.Id)).Lines.Single().ReturnedQuantity);
        var returnId = await data.InDb(db => db.PosReturns.Select(r => r.Id).SingleAsync());
        var pdf = await page.APIRequest.GetAsync($"/pos/returns/{returnId}/receipt.pdf");
        Assert.Equal("application/pdf", pdf.Headers["content-type"]);

        await BrowserAppFixture.GotoInteractiveAsync(page, "/pos/returns");
        await Assertions.Expect(page.Locator("[data-testid=pos-returns-grid] tbody tr").Filter(new() { HasText = sale.Number })).ToHaveCountAsync(1);
        await ShotAsync(page, "pos-returns-list");
    }

    [Fact]
    public async Task Cashier_ExchangesAnItemForAnother_TheReturnPaysTheNewSale()
    {
        var data = await PosTestData.CreateAsync(fixture.App);
        var lamp = await data.StockedProductAsync("E2X-LAMP", 10m, 4m);
        var book = await data.StockedProductAsync("E2X-BOOK", 10m, 2m);
        var email = $"cashier-x@{data.Tenant.Code}.test";
        var cashier = await data.Tenant.AddUserAsync(BuiltInRoles.Cashier, email);
        await data.OpenSessionAsync(cashier, data.MainRegister);
        var sale = await data.SaleAsync(cashier, null, [new TillLine(lamp, "E2X-LAMP", 1m, 11.60m)], (PaymentMethodKind.Cash, 11.60m));
        var page = await fixture.NewPageAsync(1280, 1000);
        await BrowserAppFixture.LoginAsync(page, email, ErpAppFactory.Password);

        await BrowserAppFixture.GotoInteractiveAsync(page, $"/pos/returns/new?sale={sale.Id}");
        await Assertions.Expect(page.Locator("[data-testid=return-sale]")).ToContainTextAsync(sale.Number);
        var quantity = page.Locator("input[data-testid=return-qty-1]");
        await quantity.FillAsync("1");
        await quantity.PressAsync("Tab");
        await page.ClickAsync("[data-testid=return-exchange]");
        var code = page.Locator("input[data-testid=exchange-code]");
        await code.PressSequentiallyAsync("E2X-BOOK");
        await code.PressAsync("Enter");
        await Assertions.Expect(page.Locator("[data-testid=exchange-items]")).ToContainTextAsync("E2X-BOOK");
        await ShotAsync(page, "pos-exchange");
        await page.ClickAsync("[data-testid=return-confirm]");
        await page.ClickAsync("[data-testid=confirm-ok]");

        await Assertions.Expect(page.Locator("[data-testid=exchange-done]")).ToContainTextAsync("Exchange done");
        await ShotAsync(page, "pos-exchange-done");
        var exchange = await data.InDb(db => db.PosReturns.Select(r => new { r.ExchangeSaleId, r.ExchangeAmount }).SingleAsync());
        Assert.NotNull(exchange.ExchangeSaleId);
        Assert.True(exchange.ExchangeAmount > 0m);
        Assert.Equal(9m, await data.OnHandAsync(book, data.Main));
        Assert.Equal(10m, await data.OnHandAsync(lamp, data.Main));
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
