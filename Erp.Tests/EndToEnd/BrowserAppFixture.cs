using System.Net;
using System.Net.Sockets;
using Erp.Tests.TestInfrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Playwright;

namespace Erp.Tests.EndToEnd;

/// <summary>
/// The app on a real Kestrel port with the demo tenant seeded, and one headless system Chromium driven by Playwright.
/// </summary>
public sealed class BrowserAppFixture : IAsyncLifetime, IDisposable
{
    private readonly SeededAppFactory _app;
    private IPlaywright? _playwright;

    public BrowserAppFixture()
        : this(pooledConnections: false)
    {
    }

    private BrowserAppFixture(bool pooledConnections) => _app = new SeededAppFactory(pooledConnections);

    /// <summary>With production connection pooling, for benchmarks (tests turn it off so that temp files can be deleted).</summary>
    public static BrowserAppFixture Pooled() => new(pooledConnections: true);

    public string BaseUrl { get; private set; } = "";
    public IBrowser Browser { get; private set; } = default!;
    public ErpAppFactory App => _app;

    public async Task InitializeAsync()
    {
        var port = FreePort();
        BaseUrl = $"http://localhost:{port}";
        _app.UseKestrel(port);
        _app.StartServer();
        _playwright = await Playwright.CreateAsync();
        // Expect(...) waits 5 s by default: too short on a loaded shared machine for steps that post to the ledger or render PDFs.
        Assertions.SetDefaultExpectTimeout(15_000);
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("ERP_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task<IPage> NewPageAsync(int width = 1280, int height = 800)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            ViewportSize = new ViewportSize { Width = width, Height = height },
            AcceptDownloads = true,
        });
        // Generous: the first logins and circuits of a cold Debug build run while the other test classes load the CPU.
        context.SetDefaultTimeout(60_000);
        return await context.NewPageAsync();
    }

    public static async Task LoginAsync(IPage page, string email, string password)
    {
        await page.GotoAsync("/Account/Login");
        await page.FillAsync("#Input\\.Email", email);
        await page.FillAsync("#Input\\.Password", password);
        await page.ClickAsync("button[type=submit]");
        try
        {
            await page.WaitForURLAsync(url => !url.Contains("/Account/Login", StringComparison.Ordinal));
        }
        catch (TimeoutException ex)
        {
            // Say what the login page shows (a message, a lockout) instead of only "timeout".
            throw new TimeoutException($"Login of {email} did not leave the login page; it shows: " +
                await page.Locator("body").InnerTextAsync(new LocatorInnerTextOptions { Timeout = 5000 }), ex);
        }

        await WaitForInteractiveAsync(page);
    }

    /// <summary>Opens an app page and waits for its circuit, so typing and clicks reach the server.</summary>
    public static async Task GotoInteractiveAsync(IPage page, string path)
    {
        await page.GotoAsync(path);
        await WaitForInteractiveAsync(page);
    }

    /// <summary>Waits until the page's circuit is connected, so clicks reach the server.</summary>
    public static async Task WaitForInteractiveAsync(IPage page)
    {
        await page.WaitForSelectorAsync(".mud-appbar select[name=tenantId]");
        await page.WaitForSelectorAsync("#erp-interactive", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        await _app.DisposeAsync();
    }

    public void Dispose() => _app.Dispose();

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed class SeededAppFactory(bool pooledConnections) : ErpAppFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Demo:Seed", "true");
            if (pooledConnections)
            {
                builder.UseSetting("Database:ConnectionString", $"Data Source={DatabasePath};Default Timeout=30");
            }
        }
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserAppFixture>
{
    public const string Name = "Browser";
}
