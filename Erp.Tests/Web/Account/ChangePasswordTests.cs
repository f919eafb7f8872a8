using System.Net;
using Erp.Domain.Platform;
using Erp.Tests.TestInfrastructure;
using Microsoft.AspNetCore.Hosting;

namespace Erp.Tests.Web.Account;

/// <summary>Sessions re-check the security stamp after one second here (not zero: open circuits would re-check in a tight loop).</summary>
public sealed class StrictSessionAppFactory : ErpAppFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Security:RevalidationInterval", "00:00:01");
    }
}

public class ChangePasswordTests(StrictSessionAppFactory app) : IClassFixture<StrictSessionAppFactory>
{
    private const string NewPassword = "correct horse battery staple";

    [Fact]
    public async Task ChangePassword_ReplacesThePassword_AndEndsOtherSessionsOnly()
    {
        var email = await NewUserAsync();
        var client = app.CreateHttpsClient();
        await HttpLogin.LoginAsync(client, email);
        var otherSession = app.CreateHttpsClient();
        await HttpLogin.LoginAsync(otherSession, email);

        var response = await ChangeAsync(client, ErpAppFactory.Password, NewPassword, NewPassword);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        Assert.True(await AccountForms.IsSignedInAsync(client));
        Assert.False(await AccountForms.IsSignedInAsync(otherSession));
        var old = await HttpLogin.PostLoginAsync(app.CreateHttpsClient(), email, ErpAppFactory.Password);
        Assert.Equal(HttpStatusCode.OK, old.StatusCode);
        await HttpLogin.LoginAsync(app.CreateHttpsClient(), email, NewPassword);
    }

    [Theory]
    [InlineData("eleven-char", "eleven-char", "at least 12 characters")]
    [InlineData(NewPassword, "something else entirely", "do not match")]
    public async Task ChangePassword_WithBadNewPassword_SaysWhyAndKeepsTheOldOne(string newPassword, string confirm, string message)
    {
        var email = await NewUserAsync();
        var client = app.CreateHttpsClient();
        await HttpLogin.LoginAsync(client, email);

        var response = await ChangeAsync(client, ErpAppFactory.Password, newPassword, confirm);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await HttpLogin.LoginAsync(app.CreateHttpsClient(), email, ErpAppFactory.Password);
    }

    [Fact]
    public async Task ChangePassword_WithWrongCurrentPassword_IsRefused()
    {
        var email = await NewUserAsync();
        var client = app.CreateHttpsClient();
        await HttpLogin.LoginAsync(client, email);

        var response = await ChangeAsync(client, "wrong current password", NewPassword, NewPassword);

        Assert.Contains("Your current password is wrong.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await HttpLogin.LoginAsync(app.CreateHttpsClient(), email, ErpAppFactory.Password);
    }

    [Fact]
    public async Task ChangePassword_NoCompositionRules_AllLowercaseIsFine()
    {
        var email = await NewUserAsync();
        var client = app.CreateHttpsClient();
        await HttpLogin.LoginAsync(client, email);

        var response = await ChangeAsync(client, ErpAppFactory.Password, "abcdefghijkl", "abcdefghijkl");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await HttpLogin.LoginAsync(app.CreateHttpsClient(), email, "abcdefghijkl");
    }

    private async Task<string> NewUserAsync()
    {
        var tenant = await app.CreateTenantAsync();
        var email = $"pw-{Guid.NewGuid():N}@{tenant.Code}.test";
        await tenant.AddUserAsync(BuiltInRoles.Cashier, email);
        return email;
    }

    private static Task<HttpResponseMessage> ChangeAsync(HttpClient client, string current, string next, string confirm) =>
        AccountForms.PostAsync(client, "/Account/Manage/ChangePassword", "change-password", new()
        {
            ["Input.CurrentPassword"] = current,
            ["Input.NewPassword"] = next,
            ["Input.ConfirmPassword"] = confirm,
        });
}
