using Erp.Data;
using Erp.Domain.Platform;
using Erp.Tests.TestInfrastructure;
using Erp.Web.Infrastructure.Startup;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Erp.Tests.EndToEnd;

[Collection(BrowserCollection.Name)]
public class UsersAdminEndToEndTests(BrowserAppFixture fixture)
{
    [Fact]
    public async Task Admin_DeactivatesMemberFromTheirPage_MemberLosesAccessAndCannotSignIn()
    {
        var email = $"leaver-{Guid.NewGuid():N}@demo.test";
        var userId = await AddDemoMemberAsync(email);
        var member = await fixture.NewPageAsync();
        await BrowserAppFixture.LoginAsync(member, email, ErpAppFactory.Password);

        var admin = await fixture.NewPageAsync();
        await BrowserAppFixture.LoginAsync(admin, DemoDataSeeder.EmailOf(BuiltInRoles.Admin), DemoDataSeeder.Password);
        await admin.GotoAsync($"/platform/users/{userId}");
        await OpenDialogAsync(admin, admin.GetByRole(AriaRole.Button, new() { Name = "Deactivate" }));
        await admin.Locator(".mud-dialog").GetByRole(AriaRole.Button, new() { Name = "Deactivate" }).ClickAsync();
        await admin.GetByText("Member deactivated.").WaitForAsync();
        await admin.Locator(".mud-chip", new() { HasText = "Deactivated" }).WaitForAsync();

        await member.ReloadAsync();
        await member.GetByText("Access denied").First.WaitForAsync();

        var again = await fixture.NewPageAsync();
        await again.GotoAsync("/Account/Login");
        await again.FillAsync("#Input\\.Email", email);
        await again.FillAsync("#Input\\.Password", ErpAppFactory.Password);
        await again.ClickAsync("button[type=submit]");
        await again.GetByText("This account is deactivated").WaitForAsync();
    }

    [Fact]
    public async Task Admin_SeesRolesAndSignInHistoryInTheMenu_CashierDoesNot()
    {
        var admin = await fixture.NewPageAsync();
        await BrowserAppFixture.LoginAsync(admin, DemoDataSeeder.EmailOf(BuiltInRoles.Admin), DemoDataSeeder.Password);
        var adminMenu = await admin.Locator(".mud-nav-link").AllInnerTextsAsync();
        var cashier = await fixture.NewPageAsync();
        await BrowserAppFixture.LoginAsync(cashier, DemoDataSeeder.EmailOf(BuiltInRoles.Cashier), DemoDataSeeder.Password);
        var cashierMenu = await cashier.Locator(".mud-nav-link").AllInnerTextsAsync();

        Assert.Contains(adminMenu, t => t.Contains("Roles", StringComparison.Ordinal));
        Assert.Contains(adminMenu, t => t.Contains("Sign-in history", StringComparison.Ordinal));
        Assert.DoesNotContain(cashierMenu, t => t.Contains("Roles", StringComparison.Ordinal));
        Assert.DoesNotContain(cashierMenu, t => t.Contains("Sign-in history", StringComparison.Ordinal));
    }

    /// <summary>The page is prerendered first: a click before the circuit is live does nothing, so wait for it.</summary>
    private static async Task OpenDialogAsync(IPage page, ILocator button)
    {
        await BrowserAppFixture.WaitForInteractiveAsync(page);
        await button.ClickAsync();
        await page.Locator(".mud-dialog").WaitForAsync();
    }

    private async Task<string> AddDemoMemberAsync(string email)
    {
        Guid tenantId;
        await using (var scope = fixture.App.Services.CreateAsyncScope())
        {
            await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<ErpDbContext>>().CreateDbContextAsync();
            tenantId = await db.Tenants.Where(t => t.Code == DemoDataSeeder.TenantCode).Select(t => t.Id).SingleAsync();
        }

        return await new TestTenant(fixture.App, tenantId, DemoDataSeeder.TenantCode).AddUserAsync(BuiltInRoles.Employee, email);
    }
}
