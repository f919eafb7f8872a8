using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;

namespace Erp.Web.Infrastructure.Documents;

/// <summary>
/// Prints HTML to PDF with one warm headless Chromium shared by the whole app: launching costs seconds, a page a
/// fraction of one. Pages print concurrently up to <see cref="PdfOptions.MaxConcurrency"/> and are reused; a crashed
/// browser is relaunched on the next request. Only <see cref="PrintAssets"/> can be fetched: every other request is
/// blocked, so a document never reaches the network.
/// </summary>
public sealed class PdfRenderer(IOptions<PdfOptions> options, PrintAssets assets, ILogger<PdfRenderer> logger) : IAsyncDisposable
{
    private static readonly string[] ChromiumArgs =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    private readonly PdfOptions _options = options.Value;
    private readonly SemaphoreSlim _launchLock = new(1, 1);
    private readonly SemaphoreSlim _slots = new(Math.Max(1, options.Value.MaxConcurrency));
    private readonly ConcurrentBag<PrintPage> _idle = [];
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private bool _disposed;

    public async Task<byte[]> RenderAsync(string html, PdfPrintOptions print, CancellationToken ct = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(_options.RenderTimeoutSeconds));
        await _slots.WaitAsync(timeout.Token);
        try
        {
            try
            {
                return await PrintAsync(html, print, timeout.Token);
            }
            catch (PlaywrightException ex) when (_browser is not { IsConnected: true })
            {
                // The browser died under us (crash, OOM kill): relaunch once and try again.
                logger.LogWarning(ex, "Chromium disconnected while printing; relaunching");
                return await PrintAsync(html, print, timeout.Token);
            }
        }
        finally
        {
            _slots.Release();
        }
    }

    private async Task<byte[]> PrintAsync(string html, PdfPrintOptions print, CancellationToken ct)
    {
        var page = await RentAsync(ct);
        try
        {
            await page.Page.SetContentAsync(html, new PageSetContentOptions { WaitUntil = WaitUntilState.Load }).WaitAsync(ct);
            var pdf = await page.Page.PdfAsync(Options(print)).WaitAsync(ct);
            _idle.Add(page);
            return pdf;
        }
        catch
        {
            // A page that failed or timed out may be mid-navigation: never reuse it.
            await CloseQuietlyAsync(page);
            throw;
        }
    }

    private static PagePdfOptions Options(PdfPrintOptions print) => print.Roll is { } roll
        ? new PagePdfOptions
        {
            Width = $"{roll.WidthMm}mm",
            Height = $"{roll.HeightMm}mm",
            PrintBackground = true,
            Margin = new Margin { Top = "3mm", Bottom = "3mm", Left = "2mm", Right = "2mm" },
        }
        : new PagePdfOptions
        {
            Format = print.Paper.ToString(),
            Landscape = print.Landscape,
            PrintBackground = true,
            DisplayHeaderFooter = true,
            HeaderTemplate = print.HeaderTemplate,
            FooterTemplate = print.FooterTemplate,
            Margin = new Margin { Top = "22mm", Bottom = "18mm", Left = "15mm", Right = "15mm" },
        };

    private async Task<PrintPage> RentAsync(CancellationToken ct)
    {
        var browser = await GetBrowserAsync(ct);
        while (_idle.TryTake(out var idle))
        {
            if (idle.Browser == browser && !idle.Page.IsClosed)
            {
                return idle;
            }

            await CloseQuietlyAsync(idle);
        }

        var context = await browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        await context.RouteAsync("**/*", ServeAsync);
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout((float)TimeSpan.FromSeconds(_options.RenderTimeoutSeconds).TotalMilliseconds);
        return new PrintPage(browser, context, page);
    }

    private Task ServeAsync(IRoute route) => assets.Find(route.Request.Url) is { } font
        ? route.FulfillAsync(new RouteFulfillOptions { Status = 200, ContentType = "font/ttf", BodyBytes = font })
        : route.AbortAsync("blockedbyclient");

    private async Task<IBrowser> GetBrowserAsync(CancellationToken ct)
    {
        if (_browser is { IsConnected: true } warm)
        {
            return warm;
        }

        await _launchLock.WaitAsync(ct);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_browser is { IsConnected: true } launched)
            {
                return launched;
            }

            if (_browser is not null)
            {
                await _browser.DisposeAsync();
            }

            _playwright ??= await Playwright.CreateAsync();
            _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = Environment.GetEnvironmentVariable("ERP_CHROMIUM") ?? _options.ChromiumPath,
                Headless = true,
                Args = ChromiumArgs,
            });
            logger.LogInformation("Chromium {Version} launched for PDF printing", _browser.Version);
            return _browser;
        }
        finally
        {
            _launchLock.Release();
        }
    }

    /// <summary>Tests: what a Chromium crash looks like to the renderer (the browser is gone, pages with it).</summary>
    internal async Task CloseBrowserAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }
    }

    private static async Task CloseQuietlyAsync(PrintPage page)
    {
        try
        {
            await page.Context.CloseAsync();
        }
        catch (PlaywrightException)
        {
            // Already gone with its browser.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _launchLock.WaitAsync();
        try
        {
            _disposed = true;
            if (_browser is not null)
            {
                await _browser.DisposeAsync();
                _browser = null;
            }

            _playwright?.Dispose();
            _playwright = null;
        }
        finally
        {
            _launchLock.Release();
        }
    }

    private sealed record PrintPage(IBrowser Browser, IBrowserContext Context, IPage Page);
}
