using System.Diagnostics;
using System.Globalization;
using Erp.Data;
using Erp.Data.Inventory;
using Erp.Domain.Inventory;
using Erp.Domain.Purchasing.Orders;
using Erp.Tests.TestInfrastructure;
using Erp.Tests.Web.Features.Purchasing;
using Erp.Web.Features.Purchasing.Replenishment;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Erp.Tests.Benchmarks;

/// <summary>
/// The replenishment planner over 100,000 products (one preferred supplier product each, spread over 20 suppliers), a
/// stock level each at the Main warehouse and 1,000,000 sale movements over the last 60 days, with reorder points such
/// that 2,500 items are low: one run's time and memory. The bulk data is cloned in SQL from template rows made through
/// the domain (INSERT … SELECT over a counter, one transaction). <c>ERP_BENCH_SCALE</c> (e.g. 0.01) shrinks it.
/// </summary>
[Trait("Category", "Benchmark")]
[Collection(BenchmarkReport.Collection)]
public class ReplenishmentBenchmark(ErpAppFactory app, ITestOutputHelper output) : IClassFixture<ErpAppFactory>
{
    private const int Suppliers = 20;
    private const int MovementsPerProduct = 10;
    private const int LowEvery = 40;

    [BenchmarkFact]
    public async Task Replenishment_Over100000ProductsAnd1000000Movements()
    {
        var scale = double.TryParse(Environment.GetEnvironmentVariable("ERP_BENCH_SCALE"), NumberStyles.Float, CultureInfo.InvariantCulture, out var s)
            ? s : 1.0;
        var products = Math.Max(LowEvery, (int)(100_000 * scale));
        var kit = await PurchasingTestKit.CreateAsync(app);
        var suppliers = new List<Guid>();
        for (var i = 0; i < Suppliers; i++)
        {
            suppliers.Add(await kit.SupplierAsync($"BS{i:D2}", $"Bench supplier {i:D2}", leadTimeDays: 7 + i % 7));
        }

        var template = await kit.ProductAsync("BENCH-TEMPLATE", 2m);
        await kit.SupplierProductAsync(suppliers[0], template, 1.5m, minimumOrder: 6m);
        await kit.Data.PostAsync(new StockChange(template, kit.Main, 20m, MovementKind.Receipt, 2m));

        var seed = Stopwatch.StartNew();
        await kit.InDb(async db =>
        {
            await SeedAsync(db, template, products);
            return true;
        });
        BenchmarkReport.Write(output, "replenishment", F(
            $"seeded {products:N0} products, supplier products and stock levels and {products * MovementsPerProduct:N0} movements in {seed.Elapsed.TotalSeconds:F0} s"));

        GC.Collect();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var watch = Stopwatch.StartNew();
        var result = await kit.As(kit.Buyer, sp => sp.GetRequiredService<ReplenishmentPlanner>().RunAsync());
        watch.Stop();
        var allocatedMb = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1024.0 / 1024.0;
        var peakMb = Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024.0;

        Assert.True(result.IsSuccess, result.Error?.Message);
        Assert.Equal(products / LowEvery, result.Value.Lines);
        Assert.Equal(Suppliers, result.Value.Orders);
        BenchmarkReport.Write(output, "replenishment", F(
            $"planner run over {products:N0} products / {products * MovementsPerProduct:N0} movements: {watch.Elapsed.TotalSeconds:F2} s, {result.Value.Orders} orders, {result.Value.Lines:N0} lines; allocated {allocatedMb:F0} MB during the run, process peak working set {peakMb:F0} MB"));

        var again = await kit.As(kit.Buyer, sp => sp.GetRequiredService<ReplenishmentPlanner>().RunAsync());
        Assert.Equal(0, again.Value.Orders);
        Assert.Equal(Suppliers, await kit.InDb(db => db.PurchaseOrders.CountAsync(o => o.Source == PurchaseOrderSource.Replenishment)));
    }

    /// <summary>Clones the template product, its supplier product, stock level and movement <paramref name="products"/> times.</summary>
    private static async Task SeedAsync(ErpDbContext db, Guid template, int products)
    {
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();

        async Task<List<string>> ColumnsAsync(string table)
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = $"SELECT name FROM pragma_table_info('{table}')";
            var columns = new List<string>();
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                columns.Add(reader.GetString(0));
            }

            return columns;
        }

        async Task CloneAsync(string table, string where, int count, Dictionary<string, string> overrides)
        {
            var columns = await ColumnsAsync(table);
            var select = string.Join(", ", columns.Select(c => overrides.TryGetValue(c, out var expression) ? expression : $"t.\"{c}\""));
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = $"""
                WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < {count})
                INSERT INTO "{table}" ({string.Join(", ", columns.Select(c => $"\"{c}\""))})
                SELECT {select} FROM seq, "{table}" t WHERE {where}
                """;
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@template";
            parameter.Value = template.ToString().ToUpperInvariant();
            command.Parameters.Add(parameter);
            command.CommandTimeout = 600;
            await command.ExecuteNonQueryAsync();
        }

        static string Id(int salt, string n = "seq.n") => $"printf('%08X-%04X-4000-8000-%012X', {n}, {salt}, {n})";
        var product = Id(1);
        var movementProduct = Id(1, $"((seq.n - 1) % {products}) + 1");
        var supplierOf = $"(SELECT s.\"Id\" FROM \"Suppliers\" s WHERE s.\"Code\" = printf('BS%02d', (seq.n / {LowEvery}) % {Suppliers}))";

        // Every 40th product has a reorder point of 100 (with 20 on hand it is low); the rest have none.
        await CloneAsync("Products", "t.\"Id\" = @template", products, new()
        {
            ["Id"] = product, ["Sku"] = "printf('BENCH-%06d', seq.n)", ["Barcode"] = "printf('B%012d', seq.n)",
            ["Name"] = "printf('Bench product %06d', seq.n)", ["ReorderPoint"] = $"CASE WHEN seq.n % {LowEvery} = 0 THEN '100.0' ELSE '0.0' END",
        });
        await CloneAsync("SupplierProducts", "t.\"ProductId\" = @template", products, new()
        {
            ["Id"] = Id(2), ["ProductId"] = product, ["SupplierId"] = supplierOf, ["SupplierSku"] = "printf('S-%06d', seq.n)",
        });
        await CloneAsync("StockLevels", "t.\"ProductId\" = @template", products, new() { ["Id"] = Id(3), ["ProductId"] = product });

        // Ten sales of one unit per product over the last 60 days (OccurredAt is stored as DateTimeOffset binary: linear in ticks at UTC).
        var converter = new DateTimeOffsetToBinaryConverter();
        var start = (long)converter.ConvertToProvider(DateTimeOffset.UtcNow.AddDays(-60))!;
        var day = (long)converter.ConvertToProvider(DateTimeOffset.UtcNow.AddDays(-59))! - start;
        await CloneAsync("StockMovements", "t.\"ProductId\" = @template", products * MovementsPerProduct, new()
        {
            ["Id"] = Id(4), ["ProductId"] = movementProduct, ["Kind"] = ((int)MovementKind.Sale).ToString(CultureInfo.InvariantCulture),
            ["Quantity"] = "'-1.0'", ["Value"] = "'-2.0'", ["Sequence"] = $"((seq.n - 1) / {products}) + 2",
            ["OccurredAt"] = $"{start} + ((seq.n * 7) % 60) * {day}", ["SourceId"] = Id(5),
        });
        await transaction.CommitAsync();
    }

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
