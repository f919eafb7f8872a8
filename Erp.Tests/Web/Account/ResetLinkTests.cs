using System.Net;
using Erp.Data.Identity;
using Erp.Domain.Platform;
using Erp.Tests.TestInfrastructure;
using Erp.Web.Features.Platform.Account;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Erp.Tests.Web.Account;

public class ResetLinkTests(ErpAppFactory app) : IClassFixture<ErpAppFactory>
{
    private const string NewPassword = "a brand new passphrase";

    [Fact]
    public async Task ResetLink_SetsThePassword_OnceOnly()
    {
        var (email, link) = await UserWithLinkAsync();
        Assert.StartsWith("https://localhost/account/reset-password?userId=", link, StringComparison.Ordinal);
        var client = app.CreateHttpsClient();

        var first = await SetPasswordAsync(client, link, NewPassword);
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Contains("Account/Login", AccountForms.Location(first), StringComparison.Ordinal);
        await HttpLogin.LoginAsync(app.CreateHttpsClient(), email, NewPassword);

        var again = await SetPasswordAsync(app.CreateHttpsClient(), link, "yet another passphrase");
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("This link is not valid, was already used or has expired.", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await HttpLogin.LoginAsync(app.CreateHttpsClient(), email, NewPassword);
    }

    [Fact]
    public async Task ResetLink_WithShortPassword_SaysWhy_AndTheLinkStillWorks()
    {
        var (email, link) = await UserWithLinkAsync();

        var tooShort = await SetPasswordAsync(app.CreateHttpsClient(), link, "short");
        Assert.Contains("at least 12 characters", await tooShort.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await SetPasswordAsync(app.CreateHttpsClient(), link, NewPassword)).StatusCode);
        await HttpLogin.LoginAsync(app.CreateHttpsClient(), email, NewPassword);
    }

    [Fact]
    public async Task ResetLink_WithTamperedCode_IsRefused()
    {
        var (email, link) = await UserWithLinkAsync();
        var tampered = link[..^4] + "AAAA";

        var response = await SetPasswordAsync(app.CreateHttpsClient(), tampered, NewPassword);

        Assert.Contains("This link is not valid", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await HttpLogin.LoginAsync(app.CreateHttpsClient(), email, ErpAppFactory.Password);
    }

    [Fact]
    public async Task ForgotPassword_TellsTheUserToAskTheirAdministrator()
    {
        var html = await app.CreateHttpsClient().GetStringAsync("/Account/ForgotPassword");
        Assert.Contains("Ask your administrator for a password reset link", html, StringComparison.Ordinal);
    }

    private async Task<(string Email, string Link)> UserWithLinkAsync()
    {
        var tenant = await app.CreateTenantAsync();
        var email = $"reset-{Guid.NewGuid():N}@{tenant.Code}.test";
        await tenant.AddUserAsync(BuiltInRoles.Cashier, email);
        await using var scope = app.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByEmailAsync(email);
        var link = await scope.ServiceProvider.GetRequiredService<PasswordResetLinks>().CreateAsync(user!, "https://localhost/");
        return (email, link);
    }

    private static Task<HttpResponseMessage> SetPasswordAsync(HttpClient client, string link, string password) =>
        AccountForms.PostAsync(client, new Uri(link).PathAndQuery, "reset-password", new()
        {
            ["Input.Password"] = password,
            ["Input.ConfirmPassword"] = password,
        });
}
