using System.Diagnostics;
using Erp.Data;
using Erp.Domain.Catalog;
using Erp.Domain.Inventory;
using Erp.Domain.Platform;
using Erp.Tests.Web.Features.Catalog;
using Erp.Tests.TestInfrastructure;
using Erp.Web.Features.Catalog.Products;
using Erp.Web.Infrastructure.Exports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Erp.Tests.Benchmarks;

/// <summary>
/// Server time of the product list on 100,000 products and 1,000,000 stock movements (target: p95 under 100 ms) on
/// SQLite, and the Excel export of all 100,000 products (time and peak memory).
/// </summary>
[Trait("Category", "Benchmark")]
[Collection(BenchmarkReport.Collection)]
public class ProductListBenchmark(ErpAppFactory app, ITestOutputHelper output) : IClassFixture<ErpAppFactory>
{
    private const int Products = 100_000;

    [BenchmarkFact]
    public async Task List_On100000Products_And1000000Movements()
    {
        var tenant = await app.CreateTenantAsync();
        var basics = await CatalogBasics.CreateAsync(app, tenant);
        var seed = Stopwatch.StartNew();
        await app.InTenantAsync(tenant.Id, tenant.AdminId, async sp =>
        {
            var factory = sp.GetRequiredService<IDbContextFactory<ErpDbContext>>();
            for (var batch = 0; batch < Products / 5000; batch++)
            {
                await using var db = await factory.CreateDbContextAsync();
                for (var i = batch * 5000 + 1; i <= (batch + 1) * 5000; i++)
                {
                    db.Products.Add(new Product(ProductKind.Simple,
                        new ProductFields($"Product {i:D6}", basics.Piece, i % 97, i % 101 + 0.99m, i % 10 == 0 ? basics.Drinks : null,
                            i % 7 == 0 ? basics.Acme : null, ReorderPoint: i % 10 is 1 or 2 ? 20m : 0m), $"SKU{i:D6}", Ean13.InStore(i)));
                }

                await db.SaveChangesAsync();
            }
        });
        BenchmarkReport.Write(output, "product list", $"seeded {Products:N0} products in {seed.Elapsed.TotalSeconds:F1} s");
        seed.Restart();
        var movements = await SeedStockAsync(tenant);
        BenchmarkReport.Write(output, "product list", $"seeded {movements:N0} stock movements (200,000 stock levels) in {seed.Elapsed.TotalSeconds:F1} s");

        (string Name, ProductListQuery Query)[] cases =
        [
            ("first page by name", new ProductListQuery()),
            ("page 2,000 by name", new ProductListQuery()),
            ("sort by price desc", new ProductListQuery(Sort: "price", Desc: true)),
            ("search name '0420'", new ProductListQuery(Search: "0420")),
            ("search SKU prefix", new ProductListQuery(Search: "SKU0999")),
            ("category filter", new ProductListQuery(CategoryId: basics.Drinks)),
            ("brand filter", new ProductListQuery(BrandId: basics.Acme)),
            ("stock low, by name", new ProductListQuery(Stock: StockStatus.Low)),
            ("stock out, by price desc", new ProductListQuery(Sort: "price", Desc: true, Stock: StockStatus.Out)),
            ("in stock + brand, by SKU", new ProductListQuery(BrandId: basics.Acme, Sort: "sku", Stock: StockStatus.InStock)),
            ("stock low + search SKU prefix", new ProductListQuery(Search: "SKU0999", Stock: StockStatus.Low)),
        ];
        foreach (var (name, query) in cases)
        {
            var page = name.StartsWith("page 2,000", StringComparison.Ordinal) ? 1999 : 0;
            var times = new List<double>();
            for (var run = 0; run < 22; run++)
            {
                var watch = Stopwatch.StartNew();
                var result = await app.InTenantAsync(tenant.Id, tenant.AdminId,
                    sp => sp.GetRequiredService<ProductQueries>().ListAsync(query, page, 25));
                watch.Stop();
                Assert.True(result.IsSuccess);
                Assert.NotEmpty(result.Value.Items);
                if (run >= 2)
                {
                    times.Add(watch.Elapsed.TotalMilliseconds);
                }
            }

            times.Sort();
            BenchmarkReport.Write(output, "product list", $"{name}: median {times[times.Count / 2]:F1} ms, p95 {times[(int)(times.Count * 0.95) - 1]:F1} ms");
        }

        await ExportAllAsync(tenant);
    }

    /// <summary>
    /// Ten receipts (or receipt/issue pairs) per product, six at Main and four at North, written with raw SQL in one
    /// transaction, with stock levels and product totals that agree with them: every 10th product is out (its receipts and
    /// issues cancel), products 1 and 2 of every 10 are low (10 on hand, reorder point 20), the rest in stock (10 on hand).
    /// </summary>
    private async Task<int> SeedStockAsync(TestTenant tenant) => await app.InTenantAsync(tenant.Id, tenant.AdminId, async sp =>
    {
        await using var db = await sp.GetRequiredService<IDbContextFactory<ErpDbContext>>().CreateDbContextAsync();
        var organizationId = await db.Organizations.Select(o => o.Id).FirstAsync();
        var main = new Location(organizationId, "Main warehouse", "MAIN", LocationKind.Warehouse);
        var north = new Location(organizationId, "North warehouse", "NORTH", LocationKind.Warehouse);
        db.Locations.AddRange(main, north);
        await db.SaveChangesAsync();

        var t = tenant.Id.ToString().ToUpperInvariant();
        var o = organizationId.ToString().ToUpperInvariant();
        var m = main.Id.ToString().ToUpperInvariant();
        var n = north.Id.ToString().ToUpperInvariant();
        var at = (long)new DateTimeOffsetToBinaryConverter().ConvertToProvider(new DateTimeOffset(2026, 11, 1, 8, 0, 0, TimeSpan.Zero))!;
        await using var transaction = await db.Database.BeginTransactionAsync();
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
        // p: products with their number; k: movement 1..10 (1–6 at Main, 7–10 at North); s: its sequence at the location.
        var rows = await db.Database.ExecuteSqlAsync($"""
            WITH RECURSIVE k(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM k WHERE k < 10),
            p AS (SELECT Id, Sku, Name, CAST(substr(Sku, 4) AS INTEGER) AS n FROM Products WHERE TenantId = {t}),
            x AS (SELECT p.Id, p.Sku, p.Name, p.n, k.k, CASE WHEN k.k <= 6 THEN k.k ELSE k.k - 6 END AS s,
                         CASE WHEN k.k <= 6 THEN {m} ELSE {n} END AS loc, p.n % 10 = 0 AS isOut FROM p CROSS JOIN k)
            INSERT INTO StockMovements (Id, TenantId, OrganizationId, ProductId, LocationId, Sequence, Kind, Quantity, UnitCost, Value,
                OnHandBefore, OnHandAfter, SourceType, SourceId, SourceNumber, SourceLineId, Note, ProductName, ProductSku, UserId, OccurredAt)
            SELECT upper(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-7' || substr(hex(randomblob(2)), 2) || '-8' || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))),
                {t}, {o}, Id, loc, s, CASE WHEN isOut AND s % 2 = 0 THEN {(int)MovementKind.Sale} ELSE {(int)MovementKind.Receipt} END,
                CASE WHEN isOut AND s % 2 = 0 THEN '-1.0' ELSE '1.0' END, '1.0',
                CASE WHEN isOut AND s % 2 = 0 THEN '-1.0' ELSE '1.0' END,
                CASE WHEN isOut THEN (CASE WHEN s % 2 = 0 THEN '1.0' ELSE '0.0' END) ELSE (s - 1) || '.0' END,
                CASE WHEN isOut THEN (CASE WHEN s % 2 = 0 THEN '0.0' ELSE '1.0' END) ELSE s || '.0' END,
                'Bench', upper(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-7' || substr(hex(randomblob(2)), 2) || '-8' || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))),
                'BENCH-' || n, NULL, NULL, Name, Sku, NULL, {at} + n * 10 + k
            FROM x
            """);
        foreach (var (location, count) in new[] { (m, 6), (n, 4) })
        {
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO StockLevels (Id, TenantId, OrganizationId, ProductId, LocationId, OnHand, Reserved, Value, LastUnitCost,
                    CostLayers, MovementCount, ReorderPoint, ReorderQuantity, LastMovementAt, Version)
                SELECT upper(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-7' || substr(hex(randomblob(2)), 2) || '-8' || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))),
                    {t}, {o}, Id, {location}, CASE WHEN CAST(substr(Sku, 4) AS INTEGER) % 10 = 0 THEN '0.0' ELSE {count} || '.0' END, '0.0',
                    CASE WHEN CAST(substr(Sku, 4) AS INTEGER) % 10 = 0 THEN '0.0' ELSE {count} || '.0' END, '1.0', '', {count},
                    NULL, NULL, {at}, {count}
                FROM Products WHERE TenantId = {t}
                """);
        }

        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO ProductStocks (Id, TenantId, ProductId, OnHand, Status)
            SELECT upper(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-7' || substr(hex(randomblob(2)), 2) || '-8' || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))),
                {t}, Id,
                CASE WHEN CAST(substr(Sku, 4) AS INTEGER) % 10 = 0 THEN '0.0' ELSE '10.0' END,
                CASE CAST(substr(Sku, 4) AS INTEGER) % 10 WHEN 0 THEN {(int)StockStatus.Out} WHEN 1 THEN {(int)StockStatus.Low}
                    WHEN 2 THEN {(int)StockStatus.Low} ELSE {(int)StockStatus.InStock} END
            FROM Products WHERE TenantId = {t}
            """);
        await transaction.CommitAsync();

        // Spot check: the seeded figures are what the ledger would have written.
        Assert.Equal(Products * 10, await db.StockMovements.CountAsync());
        Assert.Equal(Products / 10 * 2, await db.ProductStocks.CountAsync(s => s.Status == StockStatus.Low));
        var sample = await db.Products.Where(p => p.Sku == "SKU000011").Select(p => p.Id).SingleAsync();
        Assert.Equal(10m, (await db.StockMovements.Where(x => x.ProductId == sample).Select(x => x.Quantity).ToListAsync()).Sum());
        Assert.Equal(10m, (await db.StockLevels.Where(x => x.ProductId == sample).Select(x => x.OnHand).ToListAsync()).Sum());
        return rows;
    });

    /// <summary>The export endpoint's path without HTTP: the list query streamed into the Excel writer, to a file.</summary>
    private async Task ExportAllAsync(TestTenant tenant)
    {
        for (var run = 0; run < 2; run++)
        {
            var baseline = GC.GetTotalMemory(forceFullCollection: true);
            var peak = baseline;
            using var stop = new CancellationTokenSource();
            var sampler = Task.Run(async () =>
            {
                while (!stop.IsCancellationRequested)
                {
                    peak = Math.Max(peak, GC.GetTotalMemory(false));
                    await Task.Delay(5);
                }
            });
            var watch = Stopwatch.StartNew();
            var bytes = await app.InTenantAsync(tenant.Id, tenant.AdminId, async sp =>
            {
                var export = await sp.GetRequiredService<ProductQueries>().ExportAsync(new ProductListQuery());
                await using var file = await sp.GetRequiredService<ExcelExporter>().ExportAsync("Products",
                    ProductDownloadEndpoints.Columns, export.Value.Rows);
                return file.Length;
            });
            watch.Stop();
            await stop.CancelAsync();
            await sampler;
            BenchmarkReport.Write(output, "product list",
                $"Excel export of {Products:N0} products x {ProductDownloadEndpoints.Columns.Count} columns (run {run + 1}): {watch.Elapsed.TotalSeconds:F2} s, peak managed +{(peak - baseline) / 1024.0 / 1024.0:F0} MB, file {bytes / 1024} KB");
        }
    }
}
