using System.Diagnostics;
using Erp.Data;
using Erp.Domain.Sales.Customers;
using Erp.Tests.TestInfrastructure;
using Erp.Web.Features.Sales.Customers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Erp.Tests.Benchmarks;

/// <summary>Server time of the customer list on 50,000 customers of one tenant (target: p95 under 200 ms) on SQLite.</summary>
[Trait("Category", "Benchmark")]
[Collection(BenchmarkReport.Collection)]
public class CustomerListBenchmark(ErpAppFactory app, ITestOutputHelper output) : IClassFixture<ErpAppFactory>
{
    private const int Customers = 50_000;
    private static readonly string[] Countries = ["US", "GB", "DE", "FR", "CA", "AU", "IN", "NG", "KE", "ZA"];

    [BenchmarkFact]
    public async Task List_On50000Customers()
    {
        var tenant = await app.CreateTenantAsync();
        var groups = new Guid[2];
        var seed = Stopwatch.StartNew();
        await app.InTenantAsync(tenant.Id, tenant.AdminId, async sp =>
        {
            var factory = sp.GetRequiredService<IDbContextFactory<ErpDbContext>>();
            await using (var setup = await factory.CreateDbContextAsync())
            {
                var retail = new CustomerGroup("Retail");
                var wholesale = new CustomerGroup("Wholesale");
                setup.CustomerGroups.AddRange(retail, wholesale);
                await setup.SaveChangesAsync();
                (groups[0], groups[1]) = (retail.Id, wholesale.Id);
            }

            for (var batch = 0; batch < Customers / 5000; batch++)
            {
                await using var db = await factory.CreateDbContextAsync();
                for (var i = batch * 5000 + 1; i <= (batch + 1) * 5000; i++)
                {
                    var customer = new Customer($"CUST-{i:D6}", new CustomerFields(
                        i % 3 == 0 ? CustomerKind.Person : CustomerKind.Company, $"Customer {(i * 7919) % Customers:D5} {i}", "USD",
                        TaxId: $"TX{i:D7}", Email: $"buyer{i}@customer{i % 997}.example", Phone: $"+1 555 {i:D6}",
                        Billing: new Address($"{i} Main St", null, "City " + i % 50, null, null, Countries[i % Countries.Length]),
                        GroupId: groups[i % 2], CreditLimit: i % 4 == 0 ? null : 1000m * (i % 9),
                        Tags: i % 10 == 0 ? ["vip"] : i % 10 == 1 ? ["export", "seasonal"] : []));
                    if (i % 50 == 0)
                    {
                        customer.Block("Credit hold");
                    }

                    db.Customers.Add(customer);
                }

                await db.SaveChangesAsync();
            }
        });
        BenchmarkReport.Write(output, "customer list", $"seeded {Customers:N0} customers in {seed.Elapsed.TotalSeconds:F1} s");

        (string Name, CustomerListQuery Query, int Page)[] cases =
        [
            ("first page by name", new CustomerListQuery(), 0),
            ("page 1,000 by name", new CustomerListQuery(), 999),
            ("sort by code desc", new CustomerListQuery(Sort: "code", Desc: true), 0),
            ("country DE, by name", new CustomerListQuery(Country: "DE"), 0),
            ("group + blocked, by name", new CustomerListQuery(GroupId: groups[0], Status: CustomerStatus.Blocked), 0),
            ("tag vip, by name", new CustomerListQuery(Tag: "vip"), 0),
            ("tag vip, by country", new CustomerListQuery(Tag: "vip", Sort: "country"), 0),
            ("search name '0420'", new CustomerListQuery(Search: "0420"), 0),
            ("search code prefix", new CustomerListQuery(Search: "CUST-0499"), 0),
            ("search email domain", new CustomerListQuery(Search: "customer42.example"), 0),
            ("search tax id prefix", new CustomerListQuery(Search: "TX00123"), 0),
        ];
        foreach (var (name, query, page) in cases)
        {
            var times = new List<double>();
            for (var run = 0; run < 22; run++)
            {
                var watch = Stopwatch.StartNew();
                var result = await app.InTenantAsync(tenant.Id, tenant.AdminId,
                    sp => sp.GetRequiredService<CustomerQueries>().ListAsync(query, page, 25));
                watch.Stop();
                Assert.True(result.IsSuccess);
                Assert.NotEmpty(result.Value.Items);
                if (run >= 2)
                {
                    times.Add(watch.Elapsed.TotalMilliseconds);
                }
            }

            times.Sort();
            BenchmarkReport.Write(output, "customer list",
                $"{name}: median {times[times.Count / 2]:F1} ms, p95 {times[(int)(times.Count * 0.95) - 1]:F1} ms");
        }
    }
}
