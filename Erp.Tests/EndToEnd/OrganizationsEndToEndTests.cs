using Erp.Data;
using Erp.Data.Tenancy;
using Erp.Web.Infrastructure.Startup;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Erp.Tests.EndToEnd;

[Collection(BrowserCollection.Name)]
public class OrganizationsEndToEndTests(BrowserAppFixture fixture)
{
    private const string TaxId = "input[data-testid=org-taxid]";

    [Fact]
    public async Task TwoAdminsSaveTheSameOrganization_TheSecondSeesTheConflict_AndLosesNothing()
    {
        var alice = await fixture.NewPageAsync();
        await BrowserAppFixture.LoginAsync(alice, DemoDataSeeder.EmailOf("Admin"), DemoDataSeeder.Password);
        await BrowserAppFixture.GotoInteractiveAsync(alice, "/platform/organizations/new");
        var code = "E2E" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        await alice.FillAsync("input[data-testid=org-name]", "Concurrency test " + code);
        await alice.FillAsync("input[data-testid=org-code]", code);
        await alice.ClickAsync("[data-testid=org-save]");
        await alice.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/platform/organizations/[0-9a-f-]{36}$"));
        var url = new Uri(alice.Url).AbsolutePath;

        var bob = await fixture.NewPageAsync();
        await BrowserAppFixture.LoginAsync(bob, DemoDataSeeder.EmailOf("Admin"), DemoDataSeeder.Password);
        await BrowserAppFixture.GotoInteractiveAsync(bob, url);
        await BrowserAppFixture.GotoInteractiveAsync(alice, url);

        await alice.FillAsync(TaxId, "TAX-ALICE");
        await alice.ClickAsync("[data-testid=org-save]");
        await alice.Locator(".mud-snackbar").GetByText("Organization saved.").WaitForAsync();
        await bob.FillAsync(TaxId, "TAX-BOB");
        await bob.ClickAsync("[data-testid=org-save]");

        var conflict = bob.Locator("[data-testid=conflict]");
        await conflict.WaitForAsync();
        Assert.Contains("Someone else changed this organization since you opened it", await conflict.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("TAX-ALICE", (await bob.Locator("[data-testid=theirs]").InnerTextAsync()).Trim());
        Assert.Equal("TAX-BOB", await bob.InputValueAsync(TaxId));
        Assert.Equal("TAX-ALICE", await StoredTaxIdAsync(code));

        await bob.ClickAsync("[data-testid=conflict-overwrite]");
        await bob.Locator(".mud-snackbar").GetByText("Organization saved.").WaitForAsync();
        Assert.Equal("TAX-BOB", await StoredTaxIdAsync(code));
    }

    [Fact]
    public async Task Cashier_DoesNotSeeOrganizations_AndIsRefusedThePage()
    {
        var cashier = await fixture.NewPageAsync();
        await BrowserAppFixture.LoginAsync(cashier, DemoDataSeeder.EmailOf("Cashier"), DemoDataSeeder.Password);

        Assert.DoesNotContain(await cashier.Locator(".mud-nav-link").AllInnerTextsAsync(), t => t.Contains("Organizations", StringComparison.Ordinal));
        await cashier.GotoAsync("/platform/organizations");
        Assert.Contains("access-denied", cashier.Url, StringComparison.OrdinalIgnoreCase);
    }


    private async Task<string?> StoredTaxIdAsync(string code)
    {
        await using var scope = fixture.App.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<ErpDbContext>>().CreateDbContextAsync();
        return await db.Organizations.IgnoreQueryFilters([ErpDbContext.TenantFilter])
            .Where(o => o.Code == code).Select(o => o.TaxId).SingleAsync();
    }
}
