using System.Diagnostics;
using Erp.Tests.EndToEnd;
using Erp.Web.Infrastructure.Startup;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Erp.Tests.Benchmarks;

/// <summary>
/// Server memory per idle interactive circuit: the signed-in dashboard opened in many browser tabs at once, each tab
/// one circuit, measured as the growth of the server's managed heap (after a full collection) and working set.
/// The browser runs in its own processes; only the host's memory is counted.
/// </summary>
[Trait("Category", "Benchmark")]
[Collection(BenchmarkReport.Collection)]
public sealed class CircuitMemoryBenchmark(ITestOutputHelper output)
{
    [BenchmarkFact]
    public async Task MemoryPerIdleCircuit()
    {
        var fixture = new BrowserAppFixture();
        await fixture.InitializeAsync();
        try
        {
            var first = await fixture.NewPageAsync();
            await BrowserAppFixture.LoginAsync(first, DemoDataSeeder.EmailOf("Admin"), DemoDataSeeder.Password);
            var signedIn = await first.Context.StorageStateAsync();

            // Warm-up: the first circuits pay for JIT and caches, which are not per-circuit costs.
            var warm = await OpenCircuitsAsync(fixture, signedIn, 5);
            await CloseAsync(warm);
            await Task.Delay(2000);

            foreach (var count in new[] { 50 })
            {
                var (heapBefore, workingSetBefore) = Measure();
                var pages = await OpenCircuitsAsync(fixture, signedIn, count);
                await Task.Delay(3000); // idle
                var (heapAfter, workingSetAfter) = Measure();
                BenchmarkReport.Write(output, "circuits",
                    $"{count} idle circuits: managed heap +{Mb(heapAfter - heapBefore)} MB ({Kb((heapAfter - heapBefore) / count)} KB per circuit), " +
                    $"working set +{Mb(workingSetAfter - workingSetBefore)} MB ({Kb((workingSetAfter - workingSetBefore) / count)} KB per circuit)");
                Assert.True(heapAfter > heapBefore, "open circuits must hold server memory");
                await CloseAsync(pages);
                await Task.Delay(2000);
            }
        }
        finally
        {
            await fixture.DisposeAsync();
            fixture.Dispose();
        }
    }

    private static async Task<List<IPage>> OpenCircuitsAsync(BrowserAppFixture fixture, string storageState, int count)
    {
        var pages = new List<IPage>();
        for (var i = 0; i < count; i++)
        {
            var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
            {
                BaseURL = fixture.BaseUrl,
                StorageState = storageState,
                ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
            });
            context.SetDefaultTimeout(120_000);
            var page = await context.NewPageAsync();
            await page.GotoAsync("/");
            await page.WaitForSelectorAsync(".mud-appbar select[name=tenantId]");
            pages.Add(page);
        }

        return pages;
    }

    private static async Task CloseAsync(List<IPage> pages)
    {
        foreach (var page in pages)
        {
            await page.Context.CloseAsync();
        }
    }

    private static (long Heap, long WorkingSet) Measure()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        using var process = Process.GetCurrentProcess();
        return (GC.GetTotalMemory(forceFullCollection: true), process.WorkingSet64);
    }

    private static string Mb(long bytes) => (bytes / 1024d / 1024d).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture);

    private static string Kb(long bytes) => (bytes / 1024d).ToString("0", System.Globalization.CultureInfo.InvariantCulture);
}
