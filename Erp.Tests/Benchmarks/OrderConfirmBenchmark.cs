using System.Diagnostics;
using System.Globalization;
using Erp.Data.Inventory;
using Erp.Domain.Inventory;
using Erp.Tests.Web.Features.Inventory;
using Erp.Tests.Web.Features.Sales.Customers;
using Erp.Web.Features.Sales.Orders;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Erp.Tests.Benchmarks;

/// <summary>
/// Confirming 10-line sales orders through the full stack (permission, credit and discount checks, status and history,
/// audit, reservation of every line through the ledger): latency per order (p50, p95) and orders per second, against
/// the raw SQLite ceiling measured in the same run and the one in DESIGN.md (2,400 five-line transactions/s).
/// </summary>
[Trait("Category", "Benchmark")]
[Collection(BenchmarkReport.Collection)]
public class OrderConfirmBenchmark(PooledAppFactory app, ITestOutputHelper output) : IClassFixture<PooledAppFactory>
{
    private const int Orders = 300;
    private const int Lines = 10;

    [BenchmarkFact]
    public async Task Confirming10LineOrders_FullStack_LatencyAndThroughput()
    {
        var raw = StockPostingBenchmark.RawSqliteTransactionsPerSecond("NORMAL", 3000);
        var data = await InventoryTestData.CreateAsync(app);
        var products = new List<Guid>();
        for (var i = 0; i < 20; i++)
        {
            var product = await data.ProductAsync($"OC{i:D2}", 2m);
            products.Add(product);
            await data.PostAsync(new StockChange(product, data.Main, 1_000_000m, MovementKind.Receipt, 2m));
        }

        var customer = await app.CreateAsync(data.Tenant, CustomerTestKit.Input("Benchmark Customer"));
        await ConfirmAsync(await DraftsAsync(data, customer, products, 100), data, workers: 1); // warm-up (tiered JIT settles)

        foreach (var workers in new[] { 1, 4 })
        {
            var drafts = await DraftsAsync(data, customer, products, Orders);
            var watch = Stopwatch.StartNew();
            var latencies = await ConfirmAsync(drafts, data, workers);
            var perSecond = Orders / watch.Elapsed.TotalSeconds;
            latencies.Sort();
            BenchmarkReport.Write(output, "order confirmation", string.Create(CultureInfo.InvariantCulture,
                $"{workers} worker(s): {Orders} orders × {Lines} lines confirmed in {watch.Elapsed.TotalSeconds:F1} s = {perSecond:F1} orders/s; latency p50 {latencies[Orders / 2]:F1} ms, p95 {latencies[(int)(Orders * 0.95)]:F1} ms; {100 * perSecond / raw:F1}% of the raw ceiling measured now ({raw:F0}/s), {100 * perSecond / 2400:F1}% of DESIGN.md's 2,400/s"));
        }
    }

    private static async Task<List<Guid>> DraftsAsync(InventoryTestData data, Guid customer, List<Guid> products, int count)
    {
        var ids = new List<Guid>(count);
        for (var n = 0; n < count; n++)
        {
            var input = new SalesOrderInput
            {
                CustomerId = customer, LocationId = data.Main,
                Lines = [.. Enumerable.Range(0, Lines).Select(l => new SalesLineInput { ProductId = products[(n + l) % products.Count], Quantity = 1 + l })],
            };
            var created = await data.AsAdmin(sp => sp.GetRequiredService<SalesOrderCommands>().CreateAsync(input));
            Assert.True(created.IsSuccess, created.Error?.Message);
            ids.Add(created.Value);
        }

        return ids;
    }

    private static async Task<List<double>> ConfirmAsync(List<Guid> drafts, InventoryTestData data, int workers)
    {
        var latencies = new List<double>(drafts.Count);
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(async () =>
        {
            while (Interlocked.Increment(ref next) is var n && n < drafts.Count)
            {
                var watch = Stopwatch.StartNew();
                var confirmed = await data.AsAdmin(sp => sp.GetRequiredService<SalesOrderCommands>().ConfirmAsync(drafts[n]));
                var elapsed = watch.Elapsed.TotalMilliseconds;
                Assert.True(confirmed.IsSuccess, confirmed.Error?.Message);
                lock (latencies)
                {
                    latencies.Add(elapsed);
                }
            }
        })));
        return latencies;
    }
}
