using Erp.Tests.TestInfrastructure;
using Erp.Web.Infrastructure.Identity;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Erp.Tests.Web.Account;

public class SessionOptionsTests(ErpAppFactory app) : IClassFixture<ErpAppFactory>
{
    [Fact]
    public void Defaults_AreThirtyMinutesIdleAndTwelveHoursAbsolute()
    {
        var security = app.Services.GetRequiredService<SecurityOptions>();
        var cookie = app.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(IdentityConstants.ApplicationScheme);

        Assert.Equal(TimeSpan.FromMinutes(30), security.IdleTimeout);
        Assert.Equal(TimeSpan.FromHours(12), security.AbsoluteTimeout);
        Assert.Equal(TimeSpan.FromMinutes(30), cookie.ExpireTimeSpan);
        Assert.True(cookie.SlidingExpiration);
        Assert.Equal((true, CookieSecurePolicy.Always, SameSiteMode.Strict),
            (cookie.Cookie.HttpOnly, cookie.Cookie.SecurePolicy, cookie.Cookie.SameSite));
    }

    [Fact]
    public void IdleAndAbsoluteTimeouts_ComeFromConfiguration()
    {
        using var configured = app.WithWebHostBuilder(b => b
            .UseSetting("Security:IdleTimeout", "00:10:00")
            .UseSetting("Security:AbsoluteTimeout", "02:00:00"));

        var security = configured.Services.GetRequiredService<SecurityOptions>();
        var cookie = configured.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(IdentityConstants.ApplicationScheme);

        Assert.Equal(TimeSpan.FromMinutes(10), security.IdleTimeout);
        Assert.Equal(TimeSpan.FromHours(2), security.AbsoluteTimeout);
        Assert.Equal(TimeSpan.FromMinutes(10), cookie.ExpireTimeSpan);
    }

    [Fact]
    public async Task KeepAlive_AnswersSignedInUsersOnly()
    {
        var tenant = await app.CreateTenantAsync();
        var client = app.CreateHttpsClient();
        Assert.False(await AccountForms.IsSignedInAsync(client));
        await HttpLogin.LoginAsync(client, tenant.AdminEmail);
        Assert.True(await AccountForms.IsSignedInAsync(client));
    }
}
