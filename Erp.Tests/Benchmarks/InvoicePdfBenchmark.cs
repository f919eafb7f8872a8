using System.Diagnostics;
using Erp.Domain.Sales.Invoices;
using Erp.Domain.Sales.Pricing;
using Erp.Web.Features.Sales.Invoices;
using Erp.Web.Infrastructure.Documents;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Erp.Tests.Benchmarks;

/// <summary>
/// The invoice PDF through the full path (Razor → HTML → Chromium): warm latency of a 10-line invoice, and 1,000 invoices
/// rendered as a batch (time and peak managed memory), at the renderer's concurrency.
/// </summary>
[Trait("Category", "Benchmark")]
[Collection(BenchmarkReport.Collection)]
public class InvoicePdfBenchmark(ITestOutputHelper output)
{
    [BenchmarkFact]
    public async Task InvoicePdf_WarmLatency_AndABatchOf1000()
    {
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Pdf:MaxConcurrency"] = "4",
                ["Pdf:RenderTimeoutSeconds"] = "120",
            }).Build())
            .AddErpDocuments()
            .BuildServiceProvider();
        await using (services)
        {
            async Task RenderAsync(int number)
            {
                await using var scope = services.CreateAsyncScope();
                var invoice = Invoice(number);
                var pdf = await scope.ServiceProvider.GetRequiredService<DocumentService>().RenderPdfAsync<InvoicePdf>(
                    new Dictionary<string, object?> { [nameof(InvoicePdf.Invoice)] = invoice, [nameof(InvoicePdf.AmountInWords)] = true },
                    new DocumentInfo($"Invoice {invoice.Number}", invoice.Issuer.Name));
                Assert.True(pdf.Length > 1000);
            }

            var cold = Stopwatch.StartNew();
            await RenderAsync(0);
            Report($"first render (browser launch included): {cold.ElapsedMilliseconds} ms");
            for (var i = 1; i <= 3; i++)
            {
                await RenderAsync(i);
            }

            var latencies = new List<double>();
            for (var i = 0; i < 30; i++)
            {
                var watch = Stopwatch.StartNew();
                await RenderAsync(i);
                latencies.Add(watch.Elapsed.TotalMilliseconds);
            }

            latencies.Sort();
            Report($"warm latency of a 10-line invoice over {latencies.Count}: median {latencies[latencies.Count / 2]:F0} ms, " +
                   $"p95 {latencies[(int)Math.Ceiling(0.95 * latencies.Count) - 1]:F0} ms");

            const int batch = 1000;
            GC.Collect();
            var before = GC.GetTotalMemory(forceFullCollection: true);
            var peak = before;
            var next = 0;
            var batchWatch = Stopwatch.StartNew();
            await Task.WhenAll(Enumerable.Range(0, 4).Select(async _ =>
            {
                int number;
                while ((number = Interlocked.Increment(ref next)) <= batch)
                {
                    await RenderAsync(number);
                    var now = GC.GetTotalMemory(false);
                    if (now > Interlocked.Read(ref peak))
                    {
                        Interlocked.Exchange(ref peak, now);
                    }
                }
            }));
            batchWatch.Stop();
            Report($"batch of {batch:N0} invoices at concurrency 4: {batchWatch.Elapsed.TotalSeconds:F1} s " +
                   $"({batch / batchWatch.Elapsed.TotalSeconds:F1} invoices/s), managed heap peak +{(peak - before) / 1024 / 1024} MB, " +
                   $"process working set {Process.GetCurrentProcess().WorkingSet64 / 1024 / 1024} MB");
        }
    }

    private static InvoiceDetails Invoice(int number)
    {
        var lines = Enumerable.Range(1, 10).Select(i => new InvoiceLineDetails(Guid.NewGuid(), i, Guid.NewGuid(), $"SKU-{i:D4}",
            $"Product number {i} with a longer description", i, 9.99m, DiscountKind.None, 0m, i % 2 == 0 ? 8m : 16m, 5m,
            i * 9.99m, 0m, 0m, i * 9.99m, Math.Round(i * 9.99m * (i % 2 == 0 ? 0.08m : 0.16m), 2), 0m, 0m, 0m, 0m)).ToList();
        lines = lines.Select(l => l with { Gross = l.Net + l.Tax }).ToList();
        var taxes = lines.GroupBy(l => l.TaxRatePercent).Select(g => new InvoiceTaxLine(g.Key, g.Sum(l => l.Net), g.Sum(l => l.Tax))).ToList();
        var net = lines.Sum(l => l.Net);
        var tax = lines.Sum(l => l.Tax);
        return new InvoiceDetails(Guid.NewGuid(), $"INV-2026-{number:D6}", SalesInvoiceStatus.Posted, Guid.NewGuid(),
            new InvoiceIssuer("Benchmark Ltd", "Benchmark Trading Ltd", "GB123456789", "1 High Street, London", "ar@bench.test", "+44 20 0000"),
            Guid.NewGuid(), "CUST-000001", "Customer Ltd", "US12-3456789", "1 Main St, Austin, TX, 73301, US", false,
            new DateOnly(2026, 11, 2), null, "Net 30", new DateOnly(2026, 12, 2), "USD", 1m, false, DiscountKind.None, 0m, "Thank you",
            false, null, null, null, net, tax, net + tax, 0m, 0m, 0m, net + tax, DateTimeOffset.UtcNow, false, [], lines, taxes, [], []);
    }

    private void Report(string line) => BenchmarkReport.Write(output, "invoice pdf", line);
}
