using System.Net;
using Erp.Domain.Platform;
using Erp.Tests.TestInfrastructure;

namespace Erp.Tests.Web.Account;

/// <summary>Two-factor authentication end to end over HTTP: set up on the page, then password + code at login.</summary>
public class TwoFactorLoginTests(ErpAppFactory app) : IClassFixture<ErpAppFactory>
{
    [Fact]
    public async Task Login_WithTwoFactorOn_NeedsTheAuthenticatorCode()
    {
        var (email, key, _) = await UserWithTwoFactorAsync();
        var client = app.CreateHttpsClient();

        var password = await HttpLogin.PostLoginAsync(client, email, ErpAppFactory.Password);
        Assert.Equal(HttpStatusCode.Redirect, password.StatusCode);
        var secondStep = AccountForms.Location(password);
        Assert.Contains("Account/LoginWith2fa", secondStep, StringComparison.Ordinal);
        Assert.False(await AccountForms.IsSignedInAsync(client));

        var wrong = await AccountForms.PostAsync(client, secondStep, "login-with-2fa", new() { ["Input.Code"] = WrongCode(key) });
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("That code is not valid", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await AccountForms.IsSignedInAsync(client));

        var right = await AccountForms.PostAsync(client, secondStep, "login-with-2fa", new() { ["Input.Code"] = Totp.Code(key) });
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.DoesNotContain("Account/", AccountForms.Location(right), StringComparison.Ordinal);
        Assert.True(await AccountForms.IsSignedInAsync(client));
    }

    [Fact]
    public async Task Login_WithRecoveryCode_WorksOnceOnly()
    {
        var (email, _, codes) = await UserWithTwoFactorAsync();
        Assert.Equal(10, codes.Count);

        var first = app.CreateHttpsClient();
        var used = await RecoveryLoginAsync(first, email, codes[3]);
        Assert.Equal(HttpStatusCode.Redirect, used.StatusCode);
        Assert.DoesNotContain("Account/", AccountForms.Location(used), StringComparison.Ordinal);
        Assert.True(await AccountForms.IsSignedInAsync(first));

        var second = app.CreateHttpsClient();
        var reused = await RecoveryLoginAsync(second, email, codes[3]);
        Assert.Equal(HttpStatusCode.OK, reused.StatusCode);
        Assert.Contains("not valid or was already used", await reused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await AccountForms.IsSignedInAsync(second));
    }

    [Fact]
    public async Task EnableAuthenticator_WithWrongCode_LeavesTwoFactorOff()
    {
        var tenant = await app.CreateTenantAsync();
        var email = $"nope-{Guid.NewGuid():N}@{tenant.Code}.test";
        await tenant.AddUserAsync(BuiltInRoles.Cashier, email);
        var client = app.CreateHttpsClient();
        await HttpLogin.LoginAsync(client, email);
        var key = AccountForms.Text(await client.GetStringAsync("/Account/Manage/EnableAuthenticator"), "shared-key");

        var response = await AccountForms.PostAsync(client, "/Account/Manage/EnableAuthenticator", "enable-authenticator",
            new() { ["Input.Code"] = WrongCode(key) });

        Assert.Contains("That code is not valid", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var status = await client.GetStringAsync("/Account/Manage/TwoFactorAuthentication");
        Assert.Contains("Two-factor authentication is off", status, StringComparison.Ordinal);
        var again = await HttpLogin.PostLoginAsync(app.CreateHttpsClient(), email, ErpAppFactory.Password);
        Assert.DoesNotContain("LoginWith2fa", AccountForms.Location(again), StringComparison.Ordinal);
    }

    /// <summary>A user who turned two-factor on through the manage pages; returns the shared key and the recovery codes.</summary>
    private async Task<(string Email, string Key, IReadOnlyList<string> Codes)> UserWithTwoFactorAsync()
    {
        var tenant = await app.CreateTenantAsync();
        var email = $"twofa-{Guid.NewGuid():N}@{tenant.Code}.test";
        await tenant.AddUserAsync(BuiltInRoles.Cashier, email);
        var client = app.CreateHttpsClient();
        await HttpLogin.LoginAsync(client, email);

        var setup = await client.GetStringAsync("/Account/Manage/EnableAuthenticator");
        var key = AccountForms.Text(setup, "shared-key");
        var uri = AccountForms.Text(setup, "authenticator-uri");
        Assert.StartsWith("otpauth://totp/Erp:", uri, StringComparison.Ordinal);
        Assert.Contains("secret=" + key.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant(), uri, StringComparison.Ordinal);

        var enabled = await AccountForms.PostAsync(client, "/Account/Manage/EnableAuthenticator", "enable-authenticator",
            new() { ["Input.Code"] = Totp.Code(key) });
        var html = await enabled.Content.ReadAsStringAsync();
        Assert.Contains("Two-factor authentication is on", html, StringComparison.Ordinal);
        // Turning it on renewed the security stamp; the page re-issued this session's cookie.
        Assert.True(await AccountForms.IsSignedInAsync(client));
        return (email, key, AccountForms.RecoveryCodes(html));
    }

    private static async Task<HttpResponseMessage> RecoveryLoginAsync(HttpClient client, string email, string code)
    {
        var password = await HttpLogin.PostLoginAsync(client, email, ErpAppFactory.Password);
        Assert.Contains("Account/LoginWith2fa", AccountForms.Location(password), StringComparison.Ordinal);
        return await AccountForms.PostAsync(client, "/Account/LoginWithRecoveryCode", "login-with-recovery-code",
            new() { ["Input.RecoveryCode"] = code });
    }

    private static string WrongCode(string key)
    {
        var now = DateTimeOffset.UtcNow;
        // Identity accepts the previous and next 30-second steps too; avoid all three.
        var valid = new[] { -30, 0, 30 }.Select(s => Totp.Code(key, now.AddSeconds(s))).ToHashSet();
        return Enumerable.Range(0, 10).Select(i => $"{i}{i}{i}{i}{i}{i}").First(c => !valid.Contains(c));
    }
}
