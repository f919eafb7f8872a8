using Microsoft.Extensions.DependencyInjection;
using Erp.Tests.TestInfrastructure;
using Microsoft.AspNetCore.Hosting;

namespace Erp.Tests.Web.Account;

/// <summary>The periodic security-stamp check keeps a valid session alive and keeps its original sign-in time.</summary>
public class SessionLifetimeTests(SessionLifetimeTests.ShortRevalidationApp app) : IClassFixture<SessionLifetimeTests.ShortRevalidationApp>
{
    [Fact]
    public async Task SignedInUser_StaysSignedIn_AcrossSecurityStampRevalidation()
    {
        var tenant = await app.CreateTenantAsync();
        var client = app.CreateHttpsClient();
        await HttpLogin.LoginAsync(client, tenant.AdminEmail);

        for (var check = 0; check < 3; check++)
        {
            await Task.Delay(TimeSpan.FromSeconds(1.2)); // past the 1 s revalidation interval: the cookie is rebuilt
            Assert.True(await AccountForms.IsSignedInAsync(client), $"signed out after revalidation {check + 1}");
        }
    }

    [Fact]
    public async Task ChangedSecurityStamp_EndsTheSession()
    {
        var tenant = await app.CreateTenantAsync();
        var client = app.CreateHttpsClient();
        await HttpLogin.LoginAsync(client, tenant.AdminEmail);

        await app.InTenantAsync(tenant.Id, null, async sp =>
        {
            var users = sp.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Erp.Data.Identity.ApplicationUser>>();
            await users.UpdateSecurityStampAsync((await users.FindByIdAsync(tenant.AdminId))!);
        });
        await Task.Delay(TimeSpan.FromSeconds(1.2));

        Assert.False(await AccountForms.IsSignedInAsync(client));
    }

    public sealed class ShortRevalidationApp : ErpAppFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Security:RevalidationInterval", "00:00:01");
        }
    }
}
