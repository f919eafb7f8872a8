using Erp.Data.Inventory;
using Erp.Domain.Inventory;
using Erp.Domain.Purchasing.Orders;
using Erp.Tests.TestInfrastructure;
using Erp.Web.Features.Purchasing.Orders;
using Erp.Web.Features.Purchasing.Replenishment;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Erp.Tests.Web.Features.Purchasing.Replenishment;

/// <summary>
/// The replenishment job over a seeded sales history and reorder points (SalesVelocityDays = 30, the default), with
/// the proposed quantities worked out by hand below; a second tenant with identical data gets its own proposals.
/// </summary>
public class ReplenishmentPlannerTests(ErpAppFactory app) : IClassFixture<ErpAppFactory>
{
    [Fact]
    public async Task Job_ProposesTheHandWorkedQuantitiesPerSupplierAndLocation_OncePerTenant()
    {
        var first = await PurchasingTestKit.CreateAsync(app);
        var second = await PurchasingTestKit.CreateAsync(app);
        var a = await SeedAsync(first);
        var b = await SeedAsync(second);

        await RunJobAsync();

        // Supplier ALPHA (lead time 10 days), Main:
        //  VEL: on hand 100 − 40 (sold 45 days ago, outside the 30-day window) − 52 (10 days ago) = 8, point 10, no reorder
        //       quantity → velocity 52 / 30 × 10 days = 17.33; shortfall 10 − 8 = 2 → 18 (rounded up) at 2.00 = 36.00.
        //  RQ:  on hand 5, point 20, reorder quantity 50 → max(50, 15) = 50; the 50-unit price break 1.80 → 90.00.
        // Supplier ALPHA, North:
        //  VEL: on hand 20 − 15 (5 days ago) = 5, point 10 → velocity 15 / 30 × 10 = 5, shortfall 5 → 5, which would leave it
        //       exactly at its point (proposed again tomorrow), so one more: 6 at 2.00 = 12.00.
        // Supplier BETA (lead time 5 days; preferred over GAMMA for MOQ), Main:
        //  MOQ: on hand 10 − 6 = 4, point 6 → velocity 6 / 30 × 5 = 1, shortfall 2 → 2, raised to the minimum order 24 at 1.00.
        //  ONO: on hand 30 − 30 = 0, on order 15 (a sent order), point 40 → velocity 30 / 30 × 5 = 5, shortfall 40 − 15 = 25
        //       → 25 would leave 40 = the point → 26 at 3.00 = 78.00.
        // Not proposed: COV (2 on hand + 12 on order > point 10), FINE (50 on hand > 5), NOSUP (no supplier: listed),
        // FX (its only supplier prices it in EUR, not the base currency: listed).
        foreach (var (kit, ids) in new[] { (first, a), (second, b) })
        {
            var proposals = await ProposalsAsync(kit);
            Assert.Equal(
            [
                ("ALPHA", "Main warehouse", "RQ", 50m, 1.80m),
                ("ALPHA", "Main warehouse", "VEL", 18m, 2.00m),
                ("ALPHA", "North warehouse", "VEL", 6m, 2.00m),
                ("BETA", "Main warehouse", "MOQ", 24m, 1.00m),
                ("BETA", "Main warehouse", "ONO", 26m, 3.00m),
            ], proposals.Select(p => (p.Supplier, p.Location, p.Sku, p.Quantity, p.Price)));
            var orders = await kit.InDb(db => db.PurchaseOrders.AsNoTracking().Where(o => o.Source == PurchaseOrderSource.Replenishment)
                .OrderBy(o => o.SupplierCode).ThenBy(o => o.NetTotal).ToListAsync());
            Assert.Equal([12.00m, 126.00m, 102.00m], orders.Select(o => o.NetTotal));
            Assert.All(orders, o => Assert.Equal(PurchaseOrderStatus.Draft, o.Status));
            Assert.All(orders, o => Assert.StartsWith("PO-", o.Number, StringComparison.Ordinal));
            var today = DateOnly.FromDateTime(DateTime.UtcNow);
            Assert.Equal([today.AddDays(10), today.AddDays(10), today.AddDays(5)], orders.Select(o => o.ExpectedDate!.Value));

            // Only this tenant's products are on its proposals.
            Assert.All(proposals, p => Assert.Contains(p.ProductId, ids.Values));

            var note = Assert.Single(await kit.InDb(db => db.Notifications.AsNoTracking()
                .Where(n => n.UserId == kit.Buyer && n.Link == PurchaseOrderQueries.ProposalsUrl).ToListAsync()));
            Assert.Equal("3 purchase orders proposed", note.Title);
            Assert.Contains("NOSUP: no preferred supplier", note.Body, StringComparison.Ordinal);
            Assert.Contains("FX: supplier GAMMA prices it in EUR", note.Body, StringComparison.Ordinal);
            Assert.Empty(await kit.InDb(db => db.Notifications.Where(n => n.UserId == kit.Storekeeper && n.Link == PurchaseOrderQueries.ProposalsUrl).ToListAsync()));
        }

        // A second run counts the proposals as on order: nothing more, nobody told again.
        await RunJobAsync();
        var again = await first.As(first.Buyer, sp => sp.GetRequiredService<ReplenishmentPlanner>().ProposeNowAsync());
        Assert.True(again.IsSuccess, again.Error?.Message);
        Assert.Equal(0, again.Value.Orders);
        Assert.Equal(3, await first.InDb(db => db.PurchaseOrders.CountAsync(o => o.Source == PurchaseOrderSource.Replenishment)));
        Assert.Equal(3, await second.InDb(db => db.PurchaseOrders.CountAsync(o => o.Source == PurchaseOrderSource.Replenishment)));
        Assert.Equal(1, await first.InDb(db => db.Notifications.CountAsync(n => n.UserId == first.Buyer && n.Link == PurchaseOrderQueries.ProposalsUrl)));
    }

    [Fact]
    public async Task ProposeNow_NeedsPurchasingOrder()
    {
        var kit = await PurchasingTestKit.CreateAsync(app);
        var refused = await kit.As(kit.Storekeeper, sp => sp.GetRequiredService<ReplenishmentPlanner>().ProposeNowAsync());
        Assert.Equal(Erp.Domain.Common.CommonErrors.Forbidden, refused.Error);
    }

    private async Task RunJobAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ReplenishmentJob>().RunAsync(CancellationToken.None);
    }

    private sealed record Proposed(string Supplier, string Location, string Sku, decimal Quantity, decimal Price, Guid ProductId);

    private static Task<List<Proposed>> ProposalsAsync(PurchasingTestKit kit) => kit.InDb(async db =>
    {
        var rows = await (from l in db.PurchaseOrderLines
                          join o in db.PurchaseOrders on l.OrderId equals o.Id
                          join loc in db.Locations on o.LocationId equals loc.Id
                          where o.Source == PurchaseOrderSource.Replenishment
                          select new Proposed(o.SupplierCode, loc.Name, l.Sku, l.Quantity, l.UnitPrice, l.ProductId)).ToListAsync();
        return rows.OrderBy(r => r.Supplier, StringComparer.Ordinal).ThenBy(r => r.Location, StringComparer.Ordinal)
            .ThenBy(r => r.Sku, StringComparer.Ordinal).ToList();
    });

    /// <summary>The same catalog, suppliers, stock history and open orders in any tenant.</summary>
    private static async Task<Dictionary<string, Guid>> SeedAsync(PurchasingTestKit kit)
    {
        var alpha = await kit.SupplierAsync("ALPHA", "Alpha Supplies", leadTimeDays: 10);
        var beta = await kit.SupplierAsync("BETA", "Beta Trading", leadTimeDays: 5);
        var gamma = await kit.SupplierAsync("GAMMA", "Gamma Imports", leadTimeDays: 20);
        var ids = new Dictionary<string, Guid>();
        async Task<Guid> Product(string sku, decimal point, decimal quantity = 0m)
        {
            var id = await kit.Data.ProductAsync(sku, 1m, p =>
            {
                p.ReorderPoint = point;
                p.ReorderQuantity = quantity;
            });
            ids[sku] = id;
            return id;
        }

        var vel = await Product("VEL", 10m);
        var rq = await Product("RQ", 20m, 50m);
        var moq = await Product("MOQ", 6m);
        var ono = await Product("ONO", 40m);
        var cov = await Product("COV", 10m);
        var fine = await Product("FINE", 5m);
        var nosup = await Product("NOSUP", 5m);
        var fx = await Product("FX", 5m);
        await kit.SupplierProductAsync(alpha, vel, 2.00m, supplierSku: "A-VEL");
        await kit.SupplierProductAsync(alpha, rq, 2.00m, supplierSku: "A-RQ", breaks: new Erp.Domain.Purchasing.Suppliers.PriceBreakFields(50m, 1.80m));
        await kit.SupplierProductAsync(beta, moq, 1.00m, minimumOrder: 24m);
        await kit.SupplierProductAsync(gamma, moq, 0.50m, preferred: false);
        await kit.SupplierProductAsync(beta, ono, 3.00m);
        await kit.SupplierProductAsync(alpha, cov, 2.00m);
        await kit.SupplierProductAsync(alpha, fine, 2.00m);
        await kit.SupplierProductAsync(gamma, fx, 2.00m, preferred: false, currency: "EUR");

        var now = DateTimeOffset.UtcNow;
        await PostAtAsync(kit, now.AddDays(-50), new StockChange(vel, kit.Main, 100m, MovementKind.Receipt, 1m),
            new StockChange(vel, kit.North, 20m, MovementKind.Receipt, 1m), new StockChange(rq, kit.Main, 5m, MovementKind.Receipt, 1m),
            new StockChange(moq, kit.Main, 10m, MovementKind.Receipt, 1m), new StockChange(ono, kit.Main, 30m, MovementKind.Receipt, 1m),
            new StockChange(cov, kit.Main, 2m, MovementKind.Receipt, 1m), new StockChange(fine, kit.Main, 50m, MovementKind.Receipt, 1m),
            new StockChange(nosup, kit.Main, 1m, MovementKind.Receipt, 1m), new StockChange(fx, kit.Main, 1m, MovementKind.Receipt, 1m));
        await PostAtAsync(kit, now.AddDays(-45), new StockChange(vel, kit.Main, -40m, MovementKind.Sale));
        await PostAtAsync(kit, now.AddDays(-20), new StockChange(moq, kit.Main, -6m, MovementKind.Sale));
        await PostAtAsync(kit, now.AddDays(-10), new StockChange(vel, kit.Main, -52m, MovementKind.Sale));
        await PostAtAsync(kit, now.AddDays(-5), new StockChange(vel, kit.North, -15m, MovementKind.Sale));
        await PostAtAsync(kit, now.AddDays(-3), new StockChange(ono, kit.Main, -30m, MovementKind.Sale));
        await kit.SentOrderAsync(beta, [(ono, 15m, 3.00m)]);
        await kit.SentOrderAsync(alpha, [(cov, 12m, 2.00m)]);
        return ids;
    }

    private static Task<bool> PostAtAsync(PurchasingTestKit kit, DateTimeOffset at, params StockChange[] changes) => kit.InDb(async db =>
    {
        await using var transaction = await db.Database.BeginTransactionAsync();
        var posted = await StockLedger.PostAsync(db, new StockSource("Test", Guid.CreateVersion7(), "TEST-1"), changes, at);
        Assert.True(posted.IsSuccess, posted.Error?.Message);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return true;
    });
}
