using System.Diagnostics;
using System.Globalization;
using Erp.Domain.Purchasing.Receipts;
using Erp.Tests.Web.Features.Purchasing;
using Erp.Tests.Web.Features.Purchasing.Receipts;
using Erp.Web.Features.Purchasing.Receipts;
using Xunit.Abstractions;

namespace Erp.Tests.Benchmarks;

/// <summary>
/// Receiving a 50-line purchase order through the full stack (order checks, tolerance, landed cost spread, receipt
/// number, 50 stock postings through the ledger, audit): each run receives a fresh sent order in full with one freight
/// charge; latency p50 / p95 / max over the measured runs after a warm-up. ERP_BENCH_RUNS overrides the run count.
/// </summary>
[Trait("Category", "Benchmark")]
[Collection(BenchmarkReport.Collection)]
public class PurchaseReceiptBenchmark(PooledAppFactory app, ITestOutputHelper output) : IClassFixture<PooledAppFactory>
{
    private const int Lines = 50;
    private const int Warmup = 10;

    [BenchmarkFact]
    public async Task Receiving50LineOrders_Latency()
    {
        var runs = int.TryParse(Environment.GetEnvironmentVariable("ERP_BENCH_RUNS"), out var n) && n > 0 ? n : 100;
        var kit = await PurchasingTestKit.CreateAsync(app);
        var supplier = await kit.SupplierAsync("SUP-BENCH", "Bench Supplies");
        var products = new List<Guid>(Lines);
        for (var i = 0; i < Lines; i++)
        {
            products.Add(await kit.ProductAsync($"PRB{i:D2}", 2m + i));
        }

        var latencies = new List<double>(runs);
        for (var run = 0; run < Warmup + runs; run++)
        {
            var order = await kit.SentOrderAsync(supplier, [.. products.Select((p, i) => (p, 10m + i % 7, 1.5m + i * 0.37m))]);
            var input = ReceivingTestKit.Receipt(order.OrderId,
                    [.. order.LineIds.Select((line, i) => ReceivingTestKit.Accept(line, 10m + i % 7))])
                .WithCharges(LandedCostBasis.ByValue, ("Freight", 123.45m));
            var watch = Stopwatch.StartNew();
            var received = await kit.ReceiveAsync(input);
            var elapsed = watch.Elapsed.TotalMilliseconds;
            Assert.True(received.IsSuccess, received.Error?.Message);
            if (run >= Warmup)
            {
                latencies.Add(elapsed);
            }
        }

        latencies.Sort();
        BenchmarkReport.Write(output, "purchase receipt", string.Create(CultureInfo.InvariantCulture,
            $"{runs} receipts × {Lines} lines (fresh sent order each, all accepted, one freight charge by value): latency p50 {latencies[runs / 2]:F1} ms, p95 {latencies[Math.Min(runs - 1, (int)(runs * 0.95))]:F1} ms, max {latencies[^1]:F1} ms"));
    }
}
