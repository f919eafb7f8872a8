using Erp.Web.Infrastructure.Startup;
using Microsoft.Playwright;

namespace Erp.Tests.EndToEnd;

[Collection(BrowserCollection.Name)]
public class ShellEndToEndTests(BrowserAppFixture fixture)
{
    [Fact]
    public async Task Admin_SeesAdministration_AndCashierDoesNot()
    {
        var admin = await fixture.NewPageAsync();
        await BrowserAppFixture.LoginAsync(admin, DemoDataSeeder.EmailOf("Admin"), DemoDataSeeder.Password);
        var adminMenu = await admin.Locator(".mud-nav-link").AllInnerTextsAsync();
        Assert.Contains(adminMenu, t => t.Contains("Dashboard", StringComparison.Ordinal));

        var cashier = await fixture.NewPageAsync();
        await BrowserAppFixture.LoginAsync(cashier, DemoDataSeeder.EmailOf("Cashier"), DemoDataSeeder.Password);
        var cashierMenu = await cashier.Locator(".mud-nav-link").AllInnerTextsAsync();
        Assert.Contains(cashierMenu, t => t.Contains("Dashboard", StringComparison.Ordinal));
        Assert.True(adminMenu.Count > cashierMenu.Count, $"admin sees {adminMenu.Count} entries, cashier {cashierMenu.Count}");
    }

    [Fact]
    public async Task Admin_CanSwitchTenant_FromTheAppBar()
    {
        var page = await fixture.NewPageAsync();
        await BrowserAppFixture.LoginAsync(page, DemoDataSeeder.EmailOf("Admin"), DemoDataSeeder.Password);
        var tenantSelect = page.Locator("select[name=tenantId]");
        Assert.Equal("Demo Retail Ltd", (await tenantSelect.Locator("option:checked").InnerTextAsync()).Trim());

        await tenantSelect.SelectOptionAsync(new SelectOptionValue { Label = "Demo Wholesale Inc" });
        await page.WaitForFunctionAsync(
            "() => document.querySelector('select[name=organizationId]')?.selectedOptions[0]?.text === 'Wholesale — Main'");

        Assert.Equal("Demo Wholesale Inc", (await page.Locator("select[name=tenantId] option:checked").InnerTextAsync()).Trim());

        Assert.Equal("Wholesale — Main", (await page.Locator("select[name=organizationId] option:checked").InnerTextAsync()).Trim());
    }
}
