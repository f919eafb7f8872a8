using System.Net;
using Erp.Tests.TestInfrastructure;

namespace Erp.Tests.Web;

public class HostTests(ErpAppFactory app) : IClassFixture<ErpAppFactory>
{
    [Fact]
    public async Task Get_Root_WhenAnonymous_RedirectsToLogin()
    {
        var response = await app.CreateHttpsClient().GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("https://localhost/Account/Login", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_LoginPage_ServesTheForm()
    {
        var html = await app.CreateHttpsClient().GetStringAsync("/Account/Login");
        Assert.Contains("Log in", html, StringComparison.Ordinal);
        Assert.Contains("Input.Password", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_AsTenantAdmin_OpensTheDashboard()
    {
        var tenant = await app.CreateTenantAsync();
        var client = app.CreateHttpsClient();
        await HttpLogin.LoginAsync(client, tenant.AdminEmail);
        var response = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Welcome", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_ReportsHealthy()
    {
        var response = await app.CreateHttpsClient().GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", json.RootElement.GetProperty("status").GetString());
        Assert.Equal("Healthy", json.RootElement.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
    }
}
