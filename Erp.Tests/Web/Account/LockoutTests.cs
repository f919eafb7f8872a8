using System.Net;
using Erp.Domain.Platform;
using Erp.Tests.TestInfrastructure;

namespace Erp.Tests.Web.Account;

public class LockoutTests(ErpAppFactory app) : IClassFixture<ErpAppFactory>
{
    private const string Wrong = "not-the-password-at-all";

    [Fact]
    public async Task Login_AfterFiveWrongPasswords_LocksTheAccountEvenForTheRightPassword()
    {
        var tenant = await app.CreateTenantAsync();
        var email = $"locked-{Guid.NewGuid():N}@{tenant.Code}.test";
        await tenant.AddUserAsync(BuiltInRoles.Cashier, email);
        var client = app.CreateHttpsClient();

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            var response = await HttpLogin.PostLoginAsync(client, email, Wrong);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("The email or password is wrong.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var fifth = await HttpLogin.PostLoginAsync(client, email, Wrong);
        Assert.Equal(HttpStatusCode.Redirect, fifth.StatusCode);
        Assert.Contains("Account/Lockout", AccountForms.Location(fifth), StringComparison.Ordinal);

        var sixth = await HttpLogin.PostLoginAsync(client, email, ErpAppFactory.Password);
        Assert.Equal(HttpStatusCode.Redirect, sixth.StatusCode);
        Assert.Contains("Account/Lockout", AccountForms.Location(sixth), StringComparison.Ordinal);
        Assert.False(await AccountForms.IsSignedInAsync(client));

        var lockoutPage = await client.GetStringAsync(AccountForms.Location(sixth));
        Assert.Contains("Account locked", lockoutPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_AfterFourWrongPasswords_StillAcceptsTheRightOne()
    {
        var tenant = await app.CreateTenantAsync();
        var email = $"four-{Guid.NewGuid():N}@{tenant.Code}.test";
        await tenant.AddUserAsync(BuiltInRoles.Cashier, email);
        var client = app.CreateHttpsClient();

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            await HttpLogin.PostLoginAsync(client, email, Wrong);
        }

        await HttpLogin.LoginAsync(client, email);
        Assert.True(await AccountForms.IsSignedInAsync(client));
    }
}
