using Erp.Domain.Platform;
using Erp.Tests.TestInfrastructure;
using Erp.Tests.Web.Account;
using Microsoft.Playwright;

namespace Erp.Tests.EndToEnd;

[Collection(BrowserCollection.Name)]
public class AccountEndToEndTests(BrowserAppFixture fixture)
{
    [Fact]
    public async Task TwoFactor_SetUpInTheBrowser_ThenLoginAsksForTheCode()
    {
        var tenant = await fixture.App.CreateTenantAsync();
        var email = $"e2e-2fa-{Guid.NewGuid():N}@{tenant.Code}.test";
        await tenant.AddUserAsync(BuiltInRoles.Cashier, email);

        var setup = await fixture.NewPageAsync();
        await BrowserAppFixture.LoginAsync(setup, email, ErpAppFactory.Password);
        await setup.GotoAsync("/Account/Manage/EnableAuthenticator");
        var key = (await setup.InnerTextAsync("[data-testid=shared-key]")).Trim();
        await Screenshot(setup, "enable-authenticator");
        await setup.FillAsync("#Input\\.Code", Totp.Code(key));
        await setup.ClickAsync(".erp-manage-content button[type=submit]");
        await setup.WaitForSelectorAsync("[data-testid=recovery-codes]");
        Assert.Equal(10, await setup.Locator(".erp-recovery-code").CountAsync());
        await Screenshot(setup, "recovery-codes");

        var login = await fixture.NewPageAsync();
        await login.GotoAsync("/Account/Login");
        await login.FillAsync("#Input\\.Email", email);
        await login.FillAsync("#Input\\.Password", ErpAppFactory.Password);
        await login.ClickAsync("button[type=submit]");
        await login.WaitForURLAsync(url => url.Contains("/Account/LoginWith2fa", StringComparison.Ordinal));
        await Screenshot(login, "login-2fa");
        await login.FillAsync("#Input\\.Code", Totp.Code(key));
        await login.ClickAsync("button[type=submit]");
        await login.WaitForSelectorAsync(".mud-appbar select[name=tenantId]");
        Assert.DoesNotContain("/Account/", login.Url, StringComparison.Ordinal);

        await login.GotoAsync("/Account/Manage");
        await Screenshot(login, "profile");
    }

    [Fact]
    public async Task Logout_FromTheUserMenu_SignsOut()
    {
        var tenant = await fixture.App.CreateTenantAsync();
        var page = await fixture.NewPageAsync();
        await BrowserAppFixture.LoginAsync(page, tenant.AdminEmail, ErpAppFactory.Password);

        await page.ClickAsync(".erp-user-menu button");
        await page.WaitForSelectorAsync("#logout-form button[type=submit]");
        await Screenshot(page, "user-menu");
        await page.ClickAsync("#logout-form button[type=submit]");
        await page.WaitForURLAsync(url => url.Contains("/Account/Login", StringComparison.Ordinal));

        await page.GotoAsync("/");
        Assert.Contains("/Account/Login", page.Url, StringComparison.Ordinal);
    }

    // Screenshots for a human look at the pages (ERP_SCREENSHOTS=folder); nothing is written otherwise.
    private static async Task Screenshot(IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable("ERP_SCREENSHOTS") is { Length: > 0 } folder)
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, $"account-{name}.png"), FullPage = true });
        }
    }
}
