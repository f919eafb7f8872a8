using Erp.Domain.Common;
using Erp.Domain.Inventory;
using Erp.Domain.Platform;
using Erp.Domain.Platform.Documents;
using Erp.Domain.Purchasing;
using Erp.Domain.Purchasing.Orders;
using Erp.Domain.Purchasing.Receipts;
using Erp.Tests.TestInfrastructure;
using Erp.Web.Features.Purchasing.Receipts;
using Microsoft.EntityFrameworkCore;
using static Erp.Tests.Web.Features.Purchasing.Receipts.ReceivingTestKit;

namespace Erp.Tests.Web.Features.Purchasing.Receipts;

public class PurchaseReceiptTests(ErpAppFactory app) : IClassFixture<ErpAppFactory>
{
    [Fact]
    public async Task TwoPartialReceipts_OneLinePartlyRejected_OrderThenReceived_StockAndQuarantineRight()
    {
        var kit = await PurchasingTestKit.CreateAsync(app);
        var a = await kit.ProductAsync("RA", 1m);
        var b = await kit.ProductAsync("RB", 1m);
        var supplier = await kit.SupplierAsync("SUP-R", "Receiving Supplies");
        var order = await kit.SentOrderAsync(supplier, [(a, 10m, 4m), (b, 6m, 2.5m)]);

        // First delivery: 8 of A arrive; 6 accepted, 1 rejected (crushed), 1 to quarantine in North.
        var first = await kit.ReceivedAsync(Receipt(order.OrderId,
            Accept(order.LineIds[0], 6m, rejected: 1m, quarantined: 1m, quarantineLocation: kit.North, note: "Crushed box")));

        Assert.Equal("RCV-2026-000001", first.Number);
        var afterFirst = await kit.OrderAsync(order.OrderId);
        Assert.Equal(PurchaseOrderStatus.PartiallyReceived, afterFirst.Status);
        Assert.Equal((7m, 1m), (Line(afterFirst, order.LineIds[0]).ReceivedQuantity, Line(afterFirst, order.LineIds[0]).RejectedQuantity)); // kept = 6 + 1
        Assert.Equal((0m, 0m), (Line(afterFirst, order.LineIds[1]).ReceivedQuantity, Line(afterFirst, order.LineIds[1]).RejectedQuantity));
        Assert.Equal(6m, await kit.OnHandAsync(a, kit.Main));
        Assert.Equal(24.00m, await kit.ValueAsync(a, kit.Main)); // 6 × 4.00
        Assert.Equal(1m, await kit.OnHandAsync(a, kit.North)); // quarantine
        Assert.Equal(4.00m, await kit.ValueAsync(a, kit.North));
        var receipt = await kit.ReceiptAsync(first.Id);
        var line = Assert.Single(receipt.Lines);
        Assert.Equal((6m, 1m, 1m, kit.North, "Crushed box"),
            (line.AcceptedQuantity, line.RejectedQuantity, line.QuarantinedQuantity, line.QuarantineLocationId!.Value, line.QualityNote));
        Assert.Equal(4.0000m, line.UnitCost);
        Assert.Equal((order.Number, "DN-1"), (receipt.OrderNumber, receipt.DeliveryNote));

        // Second delivery: the other 3 of A and all 6 of B.
        var second = await kit.ReceivedAsync(Receipt(order.OrderId, Accept(order.LineIds[0], 3m), Accept(order.LineIds[1], 6m)));

        Assert.Equal("RCV-2026-000002", second.Number);
        var afterSecond = await kit.OrderAsync(order.OrderId);
        Assert.Equal(PurchaseOrderStatus.Received, afterSecond.Status);
        Assert.Equal((10m, 1m), (Line(afterSecond, order.LineIds[0]).ReceivedQuantity, Line(afterSecond, order.LineIds[0]).RejectedQuantity));
        Assert.Equal((6m, 0m), (Line(afterSecond, order.LineIds[1]).ReceivedQuantity, Line(afterSecond, order.LineIds[1]).RejectedQuantity));
        Assert.Equal(9m, await kit.OnHandAsync(a, kit.Main));
        Assert.Equal(36.00m, await kit.ValueAsync(a, kit.Main));
        Assert.Equal(6m, await kit.OnHandAsync(b, kit.Main));
        Assert.Equal(15.00m, await kit.ValueAsync(b, kit.Main)); // 6 × 2.50
        Assert.Equal(1m, await kit.OnHandAsync(a, kit.North));

        var movements = await kit.InDb(db => db.StockMovements.AsNoTracking().Where(m => m.SourceType == DocumentTypes.PurchaseReceipt)
            .OrderBy(m => m.Sequence).ToListAsync());
        Assert.Equal(4, movements.Count);
        Assert.All(movements, m => Assert.Equal(MovementKind.Purchase, m.Kind));
        Assert.Equal([first.Id, first.Id, second.Id, second.Id], movements.Select(m => m.SourceId));
        Assert.Equal(line.Id, movements[0].SourceLineId);
        Assert.Equal(first.Number, movements[0].SourceNumber);
        await kit.Data.AssertLedgerBalancesAsync();
    }

    [Fact]
    public async Task FreightByValue_OverThreeLines_RemainderToLargestFraction_AndMovingAverageFollows()
    {
        var kit = await PurchasingTestKit.CreateAsync(app);
        var p1 = await kit.ProductAsync("LV1", 1m);
        var p2 = await kit.ProductAsync("LV2", 1m);
        var p3 = await kit.ProductAsync("LV3", 1m);
        var supplier = await kit.SupplierAsync("SUP-L", "Landed Ltd");
        var order = await kit.SentOrderAsync(supplier, [(p1, 10m, 3m), (p2, 20m, 2.5m), (p3, 7m, 10m)]);

        // Values: 10 × 3.00 = 30.00, 20 × 2.50 = 50.00, 7 × 10.00 = 70.00; total 150.00.
        // Freight 10.00 by value: exact shares 2.0000, 3.3333…, 4.6666… → floors 2.00 + 3.33 + 4.66 = 9.99;
        // the cent left goes to the largest remainder (line 3: 0.00666… > line 2: 0.00333… > line 1: 0) → 2.00, 3.33, 4.67.
        // Unit costs: (30.00 + 2.00) / 10 = 3.2000; (50.00 + 3.33) / 20 = 2.6665; (70.00 + 4.67) / 7 = 10.667142… → 10.6671.
        var posted = await kit.ReceivedAsync(Receipt(order.OrderId,
                Accept(order.LineIds[0], 10m), Accept(order.LineIds[1], 20m), Accept(order.LineIds[2], 7m))
            .WithCharges(LandedCostBasis.ByValue, ("Freight", 10.00m)));

        var receipt = await kit.ReceiptAsync(posted.Id);
        var lines = receipt.Lines.OrderBy(l => l.LineNumber).ToList();
        Assert.Equal([2.00m, 3.33m, 4.67m], lines.Select(l => l.LandedCost));
        Assert.Equal([3.2000m, 2.6665m, 10.6671m], lines.Select(l => l.UnitCost));
        Assert.Equal(10.00m, receipt.LandedCostTotal);
        Assert.Equal(("Freight", 10.00m), (receipt.Charges[0].Description, receipt.Charges[0].Amount));
        Assert.Equal(32.00m, await kit.ValueAsync(p1, kit.Main));
        Assert.Equal(53.33m, await kit.ValueAsync(p2, kit.Main));
        Assert.Equal(74.67m, await kit.ValueAsync(p3, kit.Main));
        // The stock value rose by exactly order value + freight: 150.00 + 10.00.
        Assert.Equal(160.00m, await kit.InDb(db => db.StockMovements.Where(m => m.SourceId == posted.Id).SumAsync(m => m.Value)));
        Assert.Equal(2.6665m, await kit.UnitCostAsync(p2, kit.Main));

        // A second order of LV2 at another price: 10 × 3.10 = 31.00, no charges.
        // Moving average: (53.33 + 31.00) / (20 + 10) = 84.33 / 30 = 2.811 → 2.8110.
        var again = await kit.SentOrderAsync(supplier, [(p2, 10m, 3.1m)]);
        await kit.ReceivedAsync(Receipt(again.OrderId, Accept(again.LineIds[0], 10m)));

        Assert.Equal(30m, await kit.OnHandAsync(p2, kit.Main));
        Assert.Equal(84.33m, await kit.ValueAsync(p2, kit.Main));
        Assert.Equal(2.8110m, await kit.UnitCostAsync(p2, kit.Main));
        await kit.Data.AssertLedgerBalancesAsync();
    }

    [Fact]
    public async Task ChargesByQuantity_SpreadPerUnit_AndQuarantinedPartValuedSoThePartsAddUp()
    {
        var kit = await PurchasingTestKit.CreateAsync(app);
        var p1 = await kit.ProductAsync("LQ1", 1m);
        var p2 = await kit.ProductAsync("LQ2", 1m);
        var supplier = await kit.SupplierAsync("SUP-Q", "Quantity Co");
        var order = await kit.SentOrderAsync(supplier, [(p1, 1m, 5m), (p2, 2m, 1m)]);

        // Kept quantities 1 and 2; charges 7.00 + 3.00 = 10.00 by quantity: exact 3.3333… and 6.6666… → floors 3.33 + 6.66,
        // the cent to line 2 (larger remainder) → 3.33 and 6.67.
        // Line 1: (5.00 + 3.33) / 1 = 8.3300. Line 2: value 2 × 1.00 = 2.00, (2.00 + 6.67) / 2 = 4.335 → 4.3350;
        // its 8.67 split: the accepted unit round2(8.67 × 1/2) = 4.34 into Main, the quarantined one the rest, 4.33, into North.
        var posted = await kit.ReceivedAsync(Receipt(order.OrderId, Accept(order.LineIds[0], 1m),
                Accept(order.LineIds[1], 1m, quarantined: 1m, quarantineLocation: kit.North))
            .WithCharges(LandedCostBasis.ByQuantity, ("Freight", 7.00m), ("Duty", 3.00m)));

        var receipt = await kit.ReceiptAsync(posted.Id);
        var lines = receipt.Lines.OrderBy(l => l.LineNumber).ToList();
        Assert.Equal(LandedCostBasis.ByQuantity, receipt.LandedCostBasis);
        Assert.Equal([3.33m, 6.67m], lines.Select(l => l.LandedCost));
        Assert.Equal([8.3300m, 4.3350m], lines.Select(l => l.UnitCost));
        Assert.Equal(8.33m, await kit.ValueAsync(p1, kit.Main));
        Assert.Equal(4.34m, await kit.ValueAsync(p2, kit.Main));
        Assert.Equal(4.33m, await kit.ValueAsync(p2, kit.North));
        Assert.Equal(17.00m, await kit.InDb(db => db.StockMovements.Where(m => m.SourceId == posted.Id).SumAsync(m => m.Value)));
        await kit.Data.AssertLedgerBalancesAsync();
    }

    [Fact]
    public async Task Tolerance_ZeroRefusesOneOver_TenPercentAllowsUpTo110Percent()
    {
        var kit = await PurchasingTestKit.CreateAsync(app);
        var p = await kit.ProductAsync("TOL", 1m);
        var supplier = await kit.SupplierAsync("SUP-T", "Tolerant Trading");
        var order = await kit.SentOrderAsync(supplier, [(p, 10m, 1m)]);
        var before = await kit.SnapshotAsync(order.OrderId);

        var over = await kit.ReceiveAsync(Receipt(order.OrderId, Accept(order.LineIds[0], 11m)));

        Assert.False(over.IsSuccess);
        Assert.Equal(PurchasingErrors.OverTolerance("TOL", 10m, 0m, 11m, 0m).Message, over.Error!.Message);
        Assert.Equal(before, await kit.SnapshotAsync(order.OrderId));

        await kit.SetToleranceAsync(10m);
        var within = await kit.ReceivedAsync(Receipt(order.OrderId, Accept(order.LineIds[0], 11m)));

        Assert.Equal("RCV-2026-000001", within.Number); // the refused attempt used no number
        Assert.Equal(11m, await kit.OnHandAsync(p, kit.Main));
        Assert.Equal(PurchaseOrderStatus.Received, (await kit.OrderAsync(order.OrderId)).Status);

        var next = await kit.SentOrderAsync(supplier, [(p, 10m, 1m)]);
        await kit.ReceivedAsync(Receipt(next.OrderId, Accept(next.LineIds[0], 6m)));
        var beyond = await kit.ReceiveAsync(Receipt(next.OrderId, Accept(next.LineIds[0], 5.5m))); // 11.5 > 11

        Assert.Equal(PurchasingErrors.OverTolerance("TOL", 10m, 6m, 5.5m, 10m).Message, beyond.Error!.Message);
        Assert.Equal(17m, await kit.OnHandAsync(p, kit.Main));
    }

    [Fact]
    public async Task CancelledClosedFullyReceivedAndUnsentOrders_Refused_NothingChanged()
    {
        var kit = await PurchasingTestKit.CreateAsync(app);
        var p = await kit.ProductAsync("CLS", 1m);
        var supplier = await kit.SupplierAsync("SUP-C", "Closing Co");
        var cancelled = await kit.SentOrderAsync(supplier, [(p, 5m, 1m)]);
        var closed = await kit.SentOrderAsync(supplier, [(p, 5m, 1m)]);
        var full = await kit.SentOrderAsync(supplier, [(p, 5m, 1m)]);
        var notSent = await kit.ApprovedOrderAsync(supplier, p, 5m, 1m);
        await kit.InDb(async db =>
        {
            var order = await db.PurchaseOrders.Include(o => o.Lines).SingleAsync(o => o.Id == cancelled.OrderId);
            Assert.True(order.Cancel(kit.Buyer, DateTimeOffset.UtcNow, "Supplier cannot deliver").IsSuccess);
            await db.SaveChangesAsync();
            return true;
        });
        await kit.ReceivedAsync(Receipt(closed.OrderId, Accept(closed.LineIds[0], 2m)));
        await kit.InDb(async db =>
        {
            var order = await db.PurchaseOrders.Include(o => o.Lines).SingleAsync(o => o.Id == closed.OrderId);
            Assert.True(order.Close(kit.Buyer, DateTimeOffset.UtcNow, "The rest will not come").IsSuccess);
            await db.SaveChangesAsync();
            return true;
        });
        await kit.ReceivedAsync(Receipt(full.OrderId, Accept(full.LineIds[0], 5m)));

        foreach (var (order, status) in new[] { (cancelled, "Cancelled"), (closed, "Closed"), (full, "Received"), (notSent, "Approved") })
        {
            var before = await kit.SnapshotAsync(order.OrderId);
            var refused = await kit.ReceiveAsync(Receipt(order.OrderId, Accept(order.LineIds[0], 1m)));

            Assert.False(refused.IsSuccess);
            Assert.Equal(PurchasingErrors.CannotReceive(order.Number, status).Message, refused.Error!.Message);
            Assert.Equal(before, await kit.SnapshotAsync(order.OrderId));
        }

        Assert.Contains("is cancelled", PurchasingErrors.CannotReceive(cancelled.Number, "Cancelled").Message, StringComparison.Ordinal);
        Assert.Contains("only a sent order can be received", PurchasingErrors.CannotReceive(notSent.Number, "Approved").Message, StringComparison.Ordinal);
        Assert.Equal(7m, await kit.OnHandAsync(p, kit.Main));
    }

    [Fact]
    public async Task BadLines_EachRefusedWithAClearReason_NothingChanged()
    {
        var kit = await PurchasingTestKit.CreateAsync(app);
        var other = await PurchasingTestKit.CreateAsync(app);
        var p = await kit.ProductAsync("BAD", 1m);
        var supplier = await kit.SupplierAsync("SUP-B", "Bad Input Inc");
        var order = await kit.SentOrderAsync(supplier, [(p, 5m, 1m)]);
        var secondOrgStore = await kit.InDb(async db =>
        {
            var organization = new Organization("Second business", "SEC", "USD");
            db.Organizations.Add(organization);
            var store = new Location(organization.Id, "Second store", "SEC-1", LocationKind.Warehouse);
            db.Locations.Add(store);
            await db.SaveChangesAsync();
            return store.Id;
        });
        var line = order.LineIds[0];
        var cases = new (ReceiveInput Input, string Expected)[]
        {
            (Receipt(order.OrderId, Accept(Guid.NewGuid(), 1m)), "not on purchase order"),
            (Receipt(order.OrderId, Accept(line, 0m)), "Nothing is received"),
            (Receipt(order.OrderId), "Nothing is received"),
            (Receipt(order.OrderId, Accept(line, 2m, rejected: 1m)), "say why"),
            (Receipt(order.OrderId, Accept(line, 2m, quarantined: 1m)), "choose where the quarantined units go"),
            (Receipt(order.OrderId, Accept(line, -1m, rejected: 2m, note: "x")), "cannot be negative"),
            (Receipt(order.OrderId, Accept(line, 1m, location: other.Main)), "receiving location must be"),
            (Receipt(order.OrderId, Accept(line, 1m, location: secondOrgStore)), "receiving location must be"),
            (Receipt(order.OrderId, Accept(line, 1m, quarantined: 1m, quarantineLocation: other.North)), "quarantine location must be"),
            (Receipt(order.OrderId, Accept(line, 1m)).WithCharges(LandedCostBasis.ByValue, ("", 5m)), "Describe each landed cost"),
            (Receipt(order.OrderId, Accept(line, 1m)).WithCharges(LandedCostBasis.ByValue, ("Freight", 1.005m)), "at most two decimals"),
            (Receipt(order.OrderId, Accept(line, 0m, rejected: 1m, note: "Broken")).WithCharges(LandedCostBasis.ByValue, ("Freight", 5m)),
                "nothing kept"),
        };
        var before = await kit.SnapshotAsync(order.OrderId);

        foreach (var (input, expected) in cases)
        {
            var refused = await kit.ReceiveAsync(input);

            Assert.False(refused.IsSuccess, expected);
            Assert.Contains(expected, refused.Error!.Message, StringComparison.OrdinalIgnoreCase);
            Assert.Equal(before, await kit.SnapshotAsync(order.OrderId));
        }

        var ok = await kit.ReceivedAsync(Receipt(order.OrderId, Accept(line, 1m)));
        Assert.Equal("RCV-2026-000001", ok.Number);
    }

    [Fact]
    public async Task AnotherTenantsOrder_NotFound_AndUsersWithoutReceive_Forbidden()
    {
        var kit = await PurchasingTestKit.CreateAsync(app);
        var other = await PurchasingTestKit.CreateAsync(app);
        var p = await kit.ProductAsync("ISO", 1m);
        var supplier = await kit.SupplierAsync("SUP-I", "Isolated Ltd");
        var order = await kit.SentOrderAsync(supplier, [(p, 5m, 1m)]);
        var before = await kit.SnapshotAsync(order.OrderId);

        var foreign = await other.ReceiveAsync(Receipt(order.OrderId, Accept(order.LineIds[0], 1m)));
        Assert.Equal(PurchaseReceiptCommands.OrderNotFound, foreign.Error);

        foreach (var user in new[] { kit.Buyer, kit.Accountant })
        {
            var denied = await kit.ReceiveAsync(Receipt(order.OrderId, Accept(order.LineIds[0], 1m)), user);
            Assert.Equal(CommonErrors.Forbidden, denied.Error);
        }

        Assert.Equal(before, await kit.SnapshotAsync(order.OrderId));
        var admin = await kit.ReceiveAsync(Receipt(order.OrderId, Accept(order.LineIds[0], 1m)), kit.Data.Tenant.AdminId);
        Assert.True(admin.IsSuccess, admin.Error?.Message);
    }

    [Fact]
    public async Task TwoStorekeepersAtOnce_TogetherOverTheOrder_OneReceivesTheOtherIsRefused()
    {
        var kit = await PurchasingTestKit.CreateAsync(app);
        var p = await kit.ProductAsync("RACE", 1m);
        var supplier = await kit.SupplierAsync("SUP-RC", "Race Ltd");
        var order = await kit.SentOrderAsync(supplier, [(p, 10m, 1m)]);

        var results = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
            kit.ReceiveAsync(Receipt(order.OrderId, Accept(order.LineIds[0], 6m))))));

        Assert.Single(results, r => r.IsSuccess);
        Assert.Equal(PurchasingErrors.OverTolerance("RACE", 10m, 6m, 6m, 0m).Message, Assert.Single(results, r => !r.IsSuccess).Error!.Message);
        Assert.Equal(6m, await kit.OnHandAsync(p, kit.Main));
        Assert.Equal(6m, Line(await kit.OrderAsync(order.OrderId), order.LineIds[0]).ReceivedQuantity);
    }

    [Fact]
    public async Task ForeignCurrencyOrder_ValuedInBaseCurrencyAtTheOrderRate()
    {
        var kit = await PurchasingTestKit.CreateAsync(app);
        var p = await kit.ProductAsync("EURO", 1m);
        var supplier = await kit.SupplierAsync("SUP-E", "Euro GmbH", "EUR");
        var order = await kit.SentOrderAsync(supplier, [(p, 3m, 1.99m)], currency: "EUR", exchangeRate: 1.25m);

        // 3 × 1.99 EUR × 1.25 = 7.4625 → 7.46 USD; plus 2.00 USD duty → 9.46; unit cost 9.46 / 3 = 3.15333… → 3.1533.
        var posted = await kit.ReceivedAsync(Receipt(order.OrderId, Accept(order.LineIds[0], 3m))
            .WithCharges(LandedCostBasis.ByValue, ("Duty", 2.00m)));

        Assert.Equal(9.46m, await kit.ValueAsync(p, kit.Main));
        var receipt = await kit.ReceiptAsync(posted.Id);
        Assert.Equal(("EUR", 1.25m), (receipt.Currency, receipt.ExchangeRate));
        Assert.Equal((1.99m, 2.00m, 3.1533m), (receipt.Lines[0].UnitPrice, receipt.Lines[0].LandedCost, receipt.Lines[0].UnitCost));
    }
}
