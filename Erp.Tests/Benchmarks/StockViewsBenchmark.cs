using System.Diagnostics;
using Erp.Data;
using Erp.Data.Inventory;
using Erp.Domain.Catalog;
using Erp.Domain.Inventory;
using Erp.Tests.TestInfrastructure;
using Erp.Tests.Web.Features.Inventory;
using Erp.Web.Features.Inventory.Stock;
using Erp.Web.Features.Inventory.Valuation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Erp.Tests.Benchmarks;

/// <summary>
/// Server time of the stock list, a stock card and the valuation report on SQLite with ERP_BENCH_PRODUCTS products
/// (default 20,000) at 3 locations and 5 movements per product × location, posted through the ledger.
/// </summary>
[Trait("Category", "Benchmark")]
[Collection(BenchmarkReport.Collection)]
public class StockViewsBenchmark(ErpAppFactory app, ITestOutputHelper output) : IClassFixture<ErpAppFactory>
{
    [BenchmarkFact]
    public async Task StockViews_OnManyLevelsAndMovements()
    {
        var products = int.TryParse(Environment.GetEnvironmentVariable("ERP_BENCH_PRODUCTS"), out var n) ? n : 20_000;
        var data = await InventoryTestData.CreateAsync(app);
        var seed = Stopwatch.StartNew();
        var ids = await SeedAsync(data, products);
        BenchmarkReport.Write(output, "stock views",
            $"seeded {products:N0} products, {products * 3:N0} stock levels, {products * 15:N0} movements in {seed.Elapsed.TotalSeconds:F1} s");

        (string Name, Func<IServiceProvider, Task<bool>> Run)[] cases =
        [
            ("stock list first page by SKU", async sp => (await sp.GetRequiredService<StockQueries>().ListAsync(new StockListQuery(), 0, 25)).IsSuccess),
            ("stock list totals of all", async sp => (await sp.GetRequiredService<StockQueries>().TotalsAsync(new StockListQuery())).IsSuccess),
            ("stock list page 100 by SKU, totals reused", async sp => (await sp.GetRequiredService<StockQueries>().PageAsync(new StockListQuery(), 99, 25,
                new StockListTotals(products * 3, 0m, 0m))).IsSuccess),
            ("stock list by value desc", async sp => (await sp.GetRequiredService<StockQueries>().ListAsync(new StockListQuery(Sort: "value", Desc: true), 0, 25)).IsSuccess),
            ("stock list Main + bin, status low", async sp => (await sp.GetRequiredService<StockQueries>().ListAsync(new StockListQuery(LocationId: data.Main, Status: StockStatus.Low), 0, 25)).IsSuccess),
            ("stock list search SKU", async sp => (await sp.GetRequiredService<StockQueries>().ListAsync(new StockListQuery(Search: "BSKU01234"), 0, 25)).IsSuccess),
            ("stock card page 1", async sp => (await sp.GetRequiredService<StockCardQueries>().ListAsync(new StockCardQuery(ids[products / 2]), 0, 25)).IsSuccess),
            ("valuation now per warehouse", async sp => (await sp.GetRequiredService<ValuationQueries>().GetAsync(new ValuationQuery())).IsSuccess),
            ("valuation past per category", async sp => (await sp.GetRequiredService<ValuationQueries>().GetAsync(
                new ValuationQuery(AsOf: DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-3)), GroupBy: ValuationGrouping.Category))).IsSuccess),
        ];
        foreach (var (name, run) in cases)
        {
            var times = new List<double>();
            for (var i = 0; i < 12; i++)
            {
                var watch = Stopwatch.StartNew();
                Assert.True(await data.AsAdmin(run));
                watch.Stop();
                if (i >= 2)
                {
                    times.Add(watch.Elapsed.TotalMilliseconds);
                }
            }

            times.Sort();
            BenchmarkReport.Write(output, "stock views", $"{name}: median {times[times.Count / 2]:F1} ms, max {times[^1]:F1} ms");
        }
    }

    private static async Task<List<Guid>> SeedAsync(InventoryTestData data, int count) => await data.AsAdmin(async sp =>
    {
        var factory = sp.GetRequiredService<IDbContextFactory<ErpDbContext>>();
        var ids = new List<Guid>(count);
        for (var batch = 0; batch < count; batch += 5000)
        {
            await using var db = await factory.CreateDbContextAsync();
            for (var i = batch; i < Math.Min(count, batch + 5000); i++)
            {
                var product = new Product(ProductKind.Simple, new ProductFields($"Bench product {i:D6}", data.Basics.Piece, 2m, 4m,
                    data.Basics.Drinks, null), $"BSKU{i:D6}", Ean13.InStore(900_000 + i));
                db.Products.Add(product);
                ids.Add(product.Id);
            }

            await db.SaveChangesAsync();
        }

        // Five postings per product × location over the last ten days: receipts and issues, 300 lines per transaction.
        var start = DateTimeOffset.UtcNow.AddDays(-10);
        Guid[] locations = [data.Main, data.MainBin, data.North];
        var lines = ids.SelectMany(id => locations.Select(l => (id, l))).ToList();
        for (var step = 0; step < 5; step++)
        {
            for (var offset = 0; offset < lines.Count; offset += 300)
            {
                await using var db = await factory.CreateDbContextAsync();
                await using var transaction = await db.Database.BeginTransactionAsync();
                var changes = lines.Skip(offset).Take(300)
                    .Select(x => step % 2 == 0
                        ? new StockChange(x.id, x.l, 10m + step, MovementKind.Receipt, 2m + step * 0.1m)
                        : new StockChange(x.id, x.l, -(3m + step), MovementKind.Sale))
                    .ToList();
                var posted = await StockLedger.PostAsync(db, new StockSource("Bench", Guid.CreateVersion7(), $"B-{step}-{offset}"), changes,
                    start.AddDays(step * 2));
                Assert.True(posted.IsSuccess, posted.Error?.Message);
                await db.SaveChangesAsync();
                await transaction.CommitAsync();
            }
        }

        return ids;
    });
}
