using Erp.Data;
using Erp.Data.Inventory;
using Erp.Domain.Catalog;
using Erp.Domain.Common;
using Erp.Domain.Inventory;
using Erp.Domain.Platform;
using Erp.Tests.TestInfrastructure;
using Erp.Tests.Web.Features.Catalog;
using Erp.Web.Features.Catalog.Products;
using Erp.Web.Features.Inventory.Ledger;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Erp.Tests.Web.Features.Inventory;

/// <summary>A tenant with catalog basics and two warehouses (each with a bin) of its first organization, ready for stock.</summary>
public sealed class InventoryTestData
{
    private InventoryTestData(ErpAppFactory app, TestTenant tenant, CatalogBasics basics, Guid organizationId,
        Guid main, Guid mainBin, Guid north)
    {
        App = app;
        Tenant = tenant;
        Basics = basics;
        OrganizationId = organizationId;
        Main = main;
        MainBin = mainBin;
        North = north;
    }

    public ErpAppFactory App { get; }
    public TestTenant Tenant { get; }
    public CatalogBasics Basics { get; }
    public Guid OrganizationId { get; }

    /// <summary>Warehouse "Main" (MAIN) and its bin A-01, and warehouse "North" (NORTH).</summary>
    public Guid Main { get; }
    public Guid MainBin { get; }
    public Guid North { get; }

    public static async Task<InventoryTestData> CreateAsync(ErpAppFactory app)
    {
        var tenant = await app.CreateTenantAsync();
        var basics = await CatalogBasics.CreateAsync(app, tenant);
        var ids = await app.InTenantAsync(tenant.Id, tenant.AdminId, async sp =>
        {
            await using var db = await sp.GetRequiredService<IDbContextFactory<ErpDbContext>>().CreateDbContextAsync();
            var organizationId = await db.Organizations.Select(o => o.Id).FirstAsync();
            var main = new Location(organizationId, "Main warehouse", "MAIN", LocationKind.Warehouse);
            var bin = new Location(organizationId, "Bin A-01", "A-01", LocationKind.Bin, main.Id);
            var north = new Location(organizationId, "North warehouse", "NORTH", LocationKind.Warehouse);
            db.Locations.AddRange(main, bin, north);
            await db.SaveChangesAsync();
            return (organizationId, main.Id, bin.Id, north.Id);
        });
        return new InventoryTestData(app, tenant, basics, ids.organizationId, ids.Item2, ids.Item3, ids.Item4);
    }

    public Task<T> AsAdmin<T>(Func<IServiceProvider, Task<T>> action) => App.InTenantAsync(Tenant.Id, Tenant.AdminId, action);

    public Task<T> InDb<T>(Func<ErpDbContext, Task<T>> query) => AsAdmin(async sp =>
    {
        await using var db = await sp.GetRequiredService<IDbContextFactory<ErpDbContext>>().CreateDbContextAsync();
        return await query(db);
    });

    public async Task<Guid> ProductAsync(string sku, decimal cost = 1m, Action<ProductInput>? change = null)
    {
        var input = Basics.Simple(sku, "Product " + sku, cost * 2);
        input.Cost = cost;
        change?.Invoke(input);
        var created = await AsAdmin(sp => sp.GetRequiredService<SaveProductCommand>().CreateAsync(input));
        Assert.True(created.IsSuccess, created.Error?.Message);
        return created.Value;
    }

    /// <summary>Posts raw ledger changes as one "document" through <see cref="StockTransactions"/>.</summary>
    public Task<Result<IReadOnlyList<StockMovement>>> PostAsync(params StockChange[] changes) =>
        AsAdmin(sp => sp.GetRequiredService<StockTransactions>().RunAsync((db, at, ct) =>
            StockLedger.PostAsync(db, new StockSource("Test", Guid.CreateVersion7(), "TEST-1"), changes, at, ct)));

    public Task<decimal> OnHandAsync(Guid productId, Guid locationId) =>
        InDb(db => db.StockLevels.Where(l => l.ProductId == productId && l.LocationId == locationId)
            .Select(l => l.OnHand).FirstOrDefaultAsync());

    /// <summary>Fails unless every stock level equals the sum of its movements (quantity and value) and the product totals agree.</summary>
    public Task AssertLedgerBalancesAsync() => InDb(async db =>
    {
        var levels = await db.StockLevels.AsNoTracking().ToListAsync();
        var sums = (await db.StockMovements.AsNoTracking().Select(m => new { m.ProductId, m.LocationId, m.Quantity, m.Value }).ToListAsync())
            .GroupBy(m => (m.ProductId, m.LocationId))
            .ToDictionary(g => g.Key, g => (Quantity: g.Sum(m => m.Quantity), Value: g.Sum(m => m.Value), Count: g.Count()));
        Assert.Equal(sums.Count, levels.Count);
        foreach (var level in levels)
        {
            var sum = sums[(level.ProductId, level.LocationId)];
            Assert.Equal(sum.Quantity, level.OnHand);
            Assert.Equal(sum.Value, level.Value);
            Assert.Equal(sum.Count, level.MovementCount);
        }

        var totals = await db.ProductStocks.AsNoTracking().ToListAsync();
        foreach (var total in totals)
        {
            Assert.Equal(levels.Where(l => l.ProductId == total.ProductId).Sum(l => l.OnHand), total.OnHand);
        }

        return true;
    });
}
