using System.Diagnostics;
using System.Globalization;
using Erp.Tests.TestInfrastructure;
using Erp.Tests.Web.Features.Inventory;
using Erp.Web.Features.Inventory.Receipts;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Erp.Tests.Benchmarks;

/// <summary>
/// Posting throughput on SQLite: five-line goods receipts created and posted through the full stack (service,
/// permission check, numbering, document + status history, audit, ledger, stock levels, product totals), compared with
/// the raw SQLite ceiling measured in the same run: five-line stock transactions (5 × UPDATE level + INSERT movement)
/// in plain SQL at the same durability setting (WAL, synchronous=NORMAL, as the app runs).
/// </summary>
[Trait("Category", "Benchmark")]
[Collection(BenchmarkReport.Collection)]
public class StockPostingBenchmark(PooledAppFactory app, ITestOutputHelper output) : IClassFixture<PooledAppFactory>
{
    private const int Documents = 400;
    private const int Lines = 5;

    [BenchmarkFact]
    public async Task PostingThroughput_FullStack_VersusRawSqlite()
    {
        var raw = RawSqliteTransactionsPerSecond("NORMAL", 3000);
        var rawFull = RawSqliteTransactionsPerSecond("FULL", 2000);
        BenchmarkReport.Write(output, "stock posting", F($"raw SQLite ceiling: {raw:F0} five-line transactions/s (NORMAL), {rawFull:F0}/s (FULL)"));

        var data = await InventoryTestData.CreateAsync(app);
        var products = new List<Guid>();
        for (var i = 0; i < 20; i++)
        {
            products.Add(await data.ProductAsync($"BENCH{i:D2}", 1m));
        }

        // Warm-up: the first documents compile queries and fill caches.
        await PostReceiptsAsync(data, products, 20, workers: 1, oneStep: false);
        await PostReceiptsAsync(data, products, 20, workers: 1, oneStep: true);

        foreach (var (workers, oneStep) in new[] { (1, false), (1, true), (4, true) })
        {
            var watch = Stopwatch.StartNew();
            await PostReceiptsAsync(data, products, Documents, workers, oneStep);
            var perSecond = Documents / watch.Elapsed.TotalSeconds;
            var how = oneStep ? "saved and posted in one step" : "created, then posted";
            BenchmarkReport.Write(output, "stock posting", F(
                $"full stack, {workers} worker(s): {Documents} receipts × {Lines} lines {how} in {watch.Elapsed.TotalSeconds:F1} s = {perSecond:F1} documents/s ({1000 / perSecond:F1} ms each), {perSecond * Lines:F0} movements/s; {100 * perSecond / raw:F1}% of the raw ceiling (NORMAL)"));
        }

        await data.AssertLedgerBalancesAsync();
    }

    private static async Task PostReceiptsAsync(InventoryTestData data, List<Guid> products, int count, int workers, bool oneStep)
    {
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(async () =>
        {
            while (Interlocked.Increment(ref next) < count)
            {
                var n = next;
                await data.AsAdmin(async sp =>
                {
                    var commands = sp.GetRequiredService<GoodsReceiptCommands>();
                    var input = new GoodsReceiptInput
                    {
                        LocationId = data.Main,
                        SupplierReference = $"BENCH-{n}",
                        Lines = [.. Enumerable.Range(0, Lines).Select(l => new GoodsReceiptLineInput
                        {
                            ProductId = products[(n + l * 3) % products.Count], Quantity = 1 + l, UnitCost = 1.25m + l,
                        })],
                    };
                    if (oneStep)
                    {
                        var saved = await commands.CreateAndPostAsync(input);
                        Assert.True(saved.IsSuccess, saved.Error?.Message);
                        return true;
                    }

                    var created = await commands.CreateAsync(input);
                    Assert.True(created.IsSuccess, created.Error?.Message);
                    var posted = await commands.PostAsync(created.Value);
                    Assert.True(posted.IsSuccess, posted.Error?.Message);
                    return true;
                });
            }
        })));
    }

    /// <summary>Five-line stock transactions per second in plain SQL on a fresh WAL file.</summary>
    internal static double RawSqliteTransactionsPerSecond(string synchronous, int transactions)
    {
        var path = Path.Combine(Path.GetTempPath(), $"erp-raw-{Guid.NewGuid():N}.db");
        try
        {
            using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
            connection.Open();
            Execute(connection, $"PRAGMA journal_mode=WAL; PRAGMA synchronous={synchronous};"
                + "CREATE TABLE level (product INTEGER, location INTEGER, on_hand TEXT, value TEXT, version INTEGER, PRIMARY KEY (product, location));"
                + "CREATE TABLE movement (id INTEGER PRIMARY KEY, product INTEGER, location INTEGER, quantity TEXT, unit_cost TEXT, value TEXT, before TEXT, after TEXT, source TEXT, at INTEGER);"
                + "CREATE INDEX movement_product ON movement (product, location, id);");
            for (var p = 0; p < 20; p++)
            {
                Execute(connection, F($"INSERT INTO level VALUES ({p}, 1, '1000000', '1000000.00', 0)"));
            }

            using var update = connection.CreateCommand();
            update.CommandText = "UPDATE level SET on_hand = $q, value = $v, version = version + 1 WHERE product = $p AND location = 1";
            using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO movement (product, location, quantity, unit_cost, value, before, after, source, at) VALUES ($p, 1, '-1', '1.0000', '-1.00', $b, $q, $s, $t)";
            var watch = Stopwatch.StartNew();
            for (var t = 0; t < transactions; t++)
            {
                using var transaction = connection.BeginTransaction();
                update.Transaction = transaction;
                insert.Transaction = transaction;
                for (var l = 0; l < Lines; l++)
                {
                    var product = (t + l * 3) % 20;
                    update.Parameters.Clear();
                    update.Parameters.AddWithValue("$q", (1000000 - t).ToString(CultureInfo.InvariantCulture));
                    update.Parameters.AddWithValue("$v", (1000000 - t).ToString(CultureInfo.InvariantCulture));
                    update.Parameters.AddWithValue("$p", product);
                    update.ExecuteNonQuery();
                    insert.Parameters.Clear();
                    insert.Parameters.AddWithValue("$p", product);
                    insert.Parameters.AddWithValue("$b", "0");
                    insert.Parameters.AddWithValue("$q", "0");
                    insert.Parameters.AddWithValue("$s", "RAW-" + t);
                    insert.Parameters.AddWithValue("$t", t);
                    insert.ExecuteNonQuery();
                }

                transaction.Commit();
            }

            return transactions / watch.Elapsed.TotalSeconds;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(path + suffix);
            }
        }
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
