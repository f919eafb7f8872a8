using Erp.Tests.Web.Features.Platform;
using Erp.Web.Infrastructure.Documents;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Erp.Tests.Web.Infrastructure.Documents;

public sealed class PdfRendererTests : IAsyncDisposable
{
    private readonly PdfRenderer _renderer = new(Options.Create(new PdfOptions { MaxConcurrency = 2, RenderTimeoutSeconds = 60 }),
        new PrintAssets(), NullLogger<PdfRenderer>.Instance);

    private static readonly PdfPrintOptions Print = new("<div></div>", "<div style='font-size:8pt'>Page <span class='pageNumber'></span></div>");

    [Fact]
    public async Task Render_ManyAtOnce_EachPdfHasItsOwnText()
    {
        var renders = Enumerable.Range(1, 8)
            .Select(i => _renderer.RenderAsync($"<html><body><h1>Document number {i}</h1><p>Ørsted – Zoë</p></body></html>", Print))
            .ToList();

        var pdfs = await Task.WhenAll(renders);

        for (var i = 0; i < pdfs.Length; i++)
        {
            var text = UserDownloadsTests.PdfText(pdfs[i]);
            Assert.Contains($"Document number {i + 1}", text, StringComparison.Ordinal);
            Assert.Contains("Ørsted", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Render_LongDocument_NumbersEveryPage()
    {
        var rows = string.Concat(Enumerable.Range(1, 200).Select(i => $"<p>Line {i}</p>"));

        var pdf = await _renderer.RenderAsync($"<html><body>{rows}</body></html>", Print with { Paper = PaperSize.Letter });

        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        Assert.True(document.NumberOfPages > 1);
        Assert.Equal(612, document.GetPage(1).Width, 0);
        Assert.Contains($"Page {document.NumberOfPages}", UserDownloadsTests.PdfText(pdf), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_AfterTheBrowserDied_RelaunchesIt()
    {
        await _renderer.RenderAsync("<html><body>before</body></html>", Print);

        await _renderer.CloseBrowserAsync();
        var pdf = await _renderer.RenderAsync("<html><body>after the crash</body></html>", Print);

        Assert.Contains("after the crash", UserDownloadsTests.PdfText(pdf), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_PageThatFetchesFromTheNetwork_IsBlockedAndStillPrints()
    {
        var pdf = await _renderer.RenderAsync(
            "<html><body><img src='http://example.com/x.png'><link rel='stylesheet' href='http://localhost:1/x.css'>offline</body></html>", Print);

        Assert.Contains("offline", UserDownloadsTests.PdfText(pdf), StringComparison.Ordinal);
    }

    public ValueTask DisposeAsync() => _renderer.DisposeAsync();
}
