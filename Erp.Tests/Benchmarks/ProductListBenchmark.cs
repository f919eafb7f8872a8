using System.Diagnostics;
using Erp.Data;
using Erp.Domain.Catalog;
using Erp.Tests.Web.Features.Catalog;
using Erp.Tests.TestInfrastructure;
using Erp.Web.Features.Catalog.Products;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Erp.Tests.Benchmarks;

/// <summary>Server time of the product list on 100,000 products (target: p95 under 100 ms) on SQLite.</summary>
[Trait("Category", "Benchmark")]
[Collection(BenchmarkReport.Collection)]
public class ProductListBenchmark(ErpAppFactory app, ITestOutputHelper output) : IClassFixture<ErpAppFactory>
{
    private const int Products = 100_000;

    [BenchmarkFact]
    public async Task List_On100000Products()
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
                            i % 7 == 0 ? basics.Acme : null), $"SKU{i:D6}", Ean13.InStore(i)));
                }

                await db.SaveChangesAsync();
            }
        });
        BenchmarkReport.Write(output, "product list", $"seeded {Products:N0} products in {seed.Elapsed.TotalSeconds:F1} s");

        (string Name, ProductListQuery Query)[] cases =
        [
            ("first page by name", new ProductListQuery()),
            ("page 2,000 by name", new ProductListQuery()),
            ("sort by price desc", new ProductListQuery(Sort: "price", Desc: true)),
            ("search name '0420'", new ProductListQuery(Search: "0420")),
            ("search SKU prefix", new ProductListQuery(Search: "SKU0999")),
            ("category filter", new ProductListQuery(CategoryId: basics.Drinks)),
            ("brand filter", new ProductListQuery(BrandId: basics.Acme)),
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
                if (run >= 2)
                {
                    times.Add(watch.Elapsed.TotalMilliseconds);
                }
            }

            times.Sort();
            BenchmarkReport.Write(output, "product list", $"{name}: median {times[times.Count / 2]:F1} ms, p95 {times[(int)(times.Count * 0.95) - 1]:F1} ms");
        }
    }
}
