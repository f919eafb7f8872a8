using System.Net;
using System.Net.Sockets;
using Erp.Tests.TestInfrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Playwright;

namespace Erp.Tests.EndToEnd;

/// <summary>The idle timer in a real browser, on a host whose idle limit is 12 seconds (warning 4 seconds before).</summary>
public sealed class IdleSignOutEndToEndTests : IAsyncLifetime, IDisposable
{
    private readonly ShortIdleAppFactory _app = new();
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private string _baseUrl = "";

    [Fact]
    public async Task NoInput_WarnsThenSignsOut()
    {
        var tenant = await _app.CreateTenantAsync();
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions { BaseURL = _baseUrl });
        // Generous: this host starts alongside the other browser tests, and its first circuit can be slow under that load.
        context.SetDefaultTimeout(90_000);
        var page = await context.NewPageAsync();
        await BrowserAppFixture.LoginAsync(page, tenant.AdminEmail, ErpAppFactory.Password);

        await page.WaitForSelectorAsync(".erp-idle-warning");
        await page.WaitForURLAsync(url => url.Contains("/Account/Login?idle=true", StringComparison.Ordinal));
        Assert.Contains("without activity", await page.InnerTextAsync("body"), StringComparison.Ordinal);

        await page.GotoAsync("/");
        Assert.Contains("/Account/Login", page.Url, StringComparison.Ordinal);
    }

    public async Task InitializeAsync()
    {
        using (var listener = new TcpListener(IPAddress.Loopback, 0))
        {
            listener.Start();
            _baseUrl = $"http://localhost:{((IPEndPoint)listener.LocalEndpoint).Port}";
        }

        _app.UseKestrel(new Uri(_baseUrl).Port);
        _app.StartServer();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("ERP_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        await _app.DisposeAsync();
    }

    public void Dispose() => _app.Dispose();

    private sealed class ShortIdleAppFactory : ErpAppFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Security:IdleTimeout", "00:00:12");
            builder.UseSetting("Security:IdleWarning", "00:00:04");
        }
    }
}
