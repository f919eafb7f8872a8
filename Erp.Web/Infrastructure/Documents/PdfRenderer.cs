using Microsoft.Extensions.Options;
using Microsoft.Playwright;

namespace Erp.Web.Infrastructure.Documents;

/// <summary>
/// Prints HTML to PDF with one warm headless Chromium shared by the whole app: launching costs about 2 s, a page
/// about 0.5 s. Pages print concurrently up to <see cref="PdfOptions.MaxConcurrency"/>; a crashed browser is
/// relaunched on the next request.
/// </summary>
public sealed class PdfRenderer(IOptions<PdfOptions> options, ILogger<PdfRenderer> logger) : IAsyncDisposable
{
    private static readonly string[] ChromiumArgs =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    private readonly PdfOptions _options = options.Value;
    private readonly SemaphoreSlim _launchLock = new(1, 1);
    private readonly SemaphoreSlim _slots = new(Math.Max(1, options.Value.MaxConcurrency));
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
        var browser = await GetBrowserAsync(ct);
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false, Offline = true });
        try
        {
            var page = await context.NewPageAsync();
            var remaining = (float)TimeSpan.FromSeconds(_options.RenderTimeoutSeconds).TotalMilliseconds;
            page.SetDefaultTimeout(remaining);
            await page.SetContentAsync(html, new PageSetContentOptions { WaitUntil = WaitUntilState.Load }).WaitAsync(ct);
            return await page.PdfAsync(new PagePdfOptions
            {
                Format = print.Paper.ToString(),
                Landscape = print.Landscape,
                PrintBackground = true,
                DisplayHeaderFooter = true,
                HeaderTemplate = print.HeaderTemplate,
                FooterTemplate = print.FooterTemplate,
                Margin = new Margin { Top = "22mm", Bottom = "18mm", Left = "15mm", Right = "15mm" },
            }).WaitAsync(ct);
        }
        finally
        {
            await context.CloseAsync();
        }
    }

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
}
