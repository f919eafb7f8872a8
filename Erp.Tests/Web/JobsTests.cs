using System.Net;
using System.Text.Json;
using Erp.Domain.Platform;
using Erp.Tests.TestInfrastructure;
using Microsoft.AspNetCore.Hosting;

namespace Erp.Tests.Web;

/// <summary>The host with background jobs switched on (they are off in the Testing environment by default).</summary>
public sealed class JobsAppFactory : ErpAppFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Jobs:Enabled", "true");
        builder.UseSetting("Jobs:WorkerCount", "1");
    }
}

public class JobsTests(JobsAppFactory app) : IClassFixture<JobsAppFactory>
{
    [Fact]
    public async Task Dashboard_ForTenantAdmin_Opens()
    {
        var tenant = await app.CreateTenantAsync();
        var client = app.CreateHttpsClient();
        await HttpLogin.LoginAsync(client, tenant.AdminEmail);

        var response = await client.GetAsync("/jobs");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Erp background jobs", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dashboard_ForCashier_IsRefused()
    {
        var tenant = await app.CreateTenantAsync();
        var cashier = await tenant.AddUserAsync(BuiltInRoles.Cashier, $"cashier@{tenant.Code}.test");
        Assert.NotEmpty(cashier);
        var client = app.CreateHttpsClient();
        await HttpLogin.LoginAsync(client, $"cashier@{tenant.Code}.test");

        var response = await client.GetAsync("/jobs");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Dashboard_ForAnonymous_RedirectsToLogin()
    {
        var response = await app.CreateHttpsClient().GetAsync("/jobs");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/Login", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_ReportsTheJobServer()
    {
        var client = app.CreateHttpsClient();
        string? jobs = null;
        for (var attempt = 0; attempt < 40 && jobs != "Healthy"; attempt++)
        {
            using var response = await client.GetAsync("/health");
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            jobs = json.RootElement.GetProperty("checks").GetProperty("jobs").GetProperty("status").GetString();
            if (jobs != "Healthy")
            {
                await Task.Delay(250);
            }
        }

        Assert.Equal("Healthy", jobs);
    }
}
