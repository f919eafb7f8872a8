using Erp.Domain.Pos.Returns;
using Erp.Domain.Pos.Sessions;
using Erp.Domain.Sales.Payments;
using Erp.Tests.TestInfrastructure;
using Erp.Web.Features.Pos.Checkout;
using Erp.Web.Features.Pos.Returns;
using Erp.Web.Features.Pos.Sessions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Erp.Tests.Web.Features.Pos;

/// <summary>
/// Acceptance (issue 5): a scripted day on two registers closes with the cash, card and tax totals worked out by hand and
/// no difference; a short count records the exact difference. Prices 10.00 / 5.00 / 2.50 before tax are 11.60 / 5.80 /
/// 2.90 on the tax-inclusive tills (16 %). Both tills open with a float of 100.00.
/// </summary>
public class PosDayAcceptanceTests(ErpAppFactory app) : IClassFixture<ErpAppFactory>
{
    [Fact]
    public async Task TwoRegisterDay_ClosesWithTheHandWorkedCashCardAndTax_AndNoDifference()
    {
        var kit = await PosTestKit.CreateAsync(app);
        var a = await kit.ProductAsync("DAYA", 10m, 10m);
        var b = await kit.ProductAsync("DAYB", 5m, 10m);
        var c = await kit.ProductAsync("DAYC", 2.5m, 10m);
        var one = kit.One;
        var two = kit.Two;

        // Till 1. S1: 2 A + 1 B = 29.00 (tax 4.00), paid 50.00 cash → change 21.00.
        var s1 = await SellAsync(kit, one, [(a, 2m), (b, 1m)], (kit.Cash, 50m));
        Assert.Equal((29.00m, 21.00m), (s1.Total, s1.Change));
        // S2: 3 C = 8.70 (tax 1.20), split 5.00 card + 3.70 cash.
        Assert.Equal(8.70m, (await SellAsync(kit, one, [(c, 3m)], (kit.Card, 5m), (kit.Cash, 3.70m))).Total);
        // A sale of 1 A is held; the session cannot close while it waits; it is recalled and paid by card (11.60, tax 1.60).
        var held = await kit.As(one, sp => sp.GetRequiredService<PosSaleCommands>().HoldAsync(PosTestKit.Sale(one, (a, 1m))));
        Assert.True(held.IsSuccess, held.Error?.Message);
        var refused = await CloseAsync(kit, one, 0m, null);
        Assert.False(refused.IsSuccess);
        Assert.Contains("held sale", refused.Error!.Message);
        var recalled = await kit.As(one, sp => sp.GetRequiredService<PosSaleCommands>().RecallAsync(held.Value));
        Assert.True((await kit.SellAsync(one, PosTestKit.Paid(recalled.Value, (kit.Card, 11.60m)))).IsSuccess);
        // 20.00 to the safe.
        await MoveCashAsync(kit, one, CashMovementKind.Out, 20m, "To the safe");
        // One A of S1 comes back (wrong size): refunded 11.60 in cash, the way S1 was paid; back to stock.
        var lineA = await LineAsync(kit, s1.Id, a);
        var returned = await kit.As(one, sp => sp.GetRequiredService<PosReturnCommands>().ReturnAsync(new PosReturnInput
        {
            SaleId = s1.Id,
            Lines = [new PosReturnLineInput { SaleLineId = lineA, Quantity = 1m, Reason = "Wrong size", Condition = ReturnCondition.BackToStock }],
        }));
        Assert.True(returned.IsSuccess, returned.Error?.Message);
        Assert.Equal(11.60m, returned.Value.Value);
        Assert.Equal((PaymentMethodKind.Cash, 11.60m), (Assert.Single(returned.Value.Refunds).Kind, returned.Value.Refunds[0].Amount));

        // Till 2. T1: 1 A + 2 C = 17.40 (tax 2.40) by card; 30.00 cash in; T2: 4 B = 23.20 (tax 3.20), 25.00 cash → change 1.80.
        Assert.Equal(17.40m, (await SellAsync(kit, two, [(a, 1m), (c, 2m)], (kit.Card, 17.40m))).Total);
        await MoveCashAsync(kit, two, CashMovementKind.In, 30m, "Change from the safe");
        Assert.Equal(1.80m, (await SellAsync(kit, two, [(b, 4m)], (kit.Cash, 25m))).Change);

        // Expected cash: till 1 = 100 + 29.00 + 3.70 − 11.60 − 20.00 = 101.10; till 2 = 100 + 23.20 + 30.00 = 153.20.
        var closedOne = await CloseAsync(kit, one, 101.10m, null);
        var closedTwo = await CloseAsync(kit, two, 153.20m, null);
        Assert.True(closedOne.IsSuccess, closedOne.Error?.Message);
        Assert.True(closedTwo.IsSuccess, closedTwo.Error?.Message);
        Assert.Equal((101.10m, 0m), (closedOne.Value.Expected, closedOne.Value.Difference));
        Assert.Equal((153.20m, 0m), (closedTwo.Value.Expected, closedTwo.Value.Difference));

        var zOne = await ZAsync(kit, sp => sp.GetRequiredService<ZReportQueries>().ForSessionAsync(one.SessionId));
        Assert.Equal((32.70m, 11.60m), Method(zOne, PaymentMethodKind.Cash));
        Assert.Equal((16.60m, 0m), Method(zOne, PaymentMethodKind.Card));
        Assert.Equal(6.80m - 1.60m, zOne.Tax);
        Assert.Equal((3, 1), (zOne.SalesCount, zOne.ReturnsCount));

        var shop = await ZAsync(kit, sp => sp.GetRequiredService<ZReportQueries>().ForShopAsync(kit.Shop, DateOnly.FromDateTime(DateTime.UtcNow)));
        Assert.Equal((55.90m, 11.60m), Method(shop, PaymentMethodKind.Cash));
        Assert.Equal((34.00m, 0m), Method(shop, PaymentMethodKind.Card));
        Assert.Equal(10.80m, shop.Tax); // 4.00 + 1.20 + 1.60 + 2.40 + 3.20 − 1.60
        Assert.Equal(78.30m, shop.Gross); // 89.90 sold − 11.60 returned
        Assert.Equal((254.30m, 254.30m, 0m), (shop.Cash.Expected, shop.Cash.Counted, shop.Cash.Difference));

        // Stock: A 10 − 2 − 1 − 1 + 1, B 10 − 1 − 4, C 10 − 3 − 2.
        Assert.Equal(7m, await kit.Data.OnHandAsync(a, kit.Shop));
        Assert.Equal(5m, await kit.Data.OnHandAsync(b, kit.Shop));
        Assert.Equal(5m, await kit.Data.OnHandAsync(c, kit.Shop));
        await kit.Data.AssertLedgerBalancesAsync();
    }

    [Fact]
    public async Task ShortCount_RecordsTheExactDifferenceWithItsReason()
    {
        var kit = await PosTestKit.CreateAsync(app);
        var a = await kit.ProductAsync("SHORTA", 10m, 5m);
        await SellAsync(kit, kit.One, [(a, 1m)], (kit.Cash, 20m)); // 11.60 kept, 8.40 change

        var noReason = await CloseAsync(kit, kit.One, 110.00m, null);
        var closed = await CloseAsync(kit, kit.One, 110.00m, "A coin roll missing");

        Assert.False(noReason.IsSuccess);
        Assert.Contains("-1.60", noReason.Error!.Message);
        Assert.True(closed.IsSuccess, closed.Error?.Message);
        Assert.Equal((111.60m, 110.00m, -1.60m), (closed.Value.Expected, closed.Value.Counted, closed.Value.Difference));
        var z = await ZAsync(kit, sp => sp.GetRequiredService<ZReportQueries>().ForSessionAsync(kit.One.SessionId));
        Assert.Equal((110.00m, -1.60m), (z.Cash.Counted, z.Cash.Difference));
    }

    private static async Task<SaleCompleted> SellAsync(PosTestKit kit, PosTestKit.Till till, (Guid Product, decimal Quantity)[] lines,
        params (Guid Method, decimal Amount)[] payments)
    {
        var done = await kit.SellAsync(till, PosTestKit.Paid(PosTestKit.Sale(till, lines), payments));
        Assert.True(done.IsSuccess, done.Error?.Message);
        return done.Value;
    }

    private static async Task MoveCashAsync(PosTestKit kit, PosTestKit.Till till, CashMovementKind kind, decimal amount, string reason)
    {
        var moved = await kit.As(till, sp => sp.GetRequiredService<PosSessionCommands>().MoveCashAsync(till.SessionId, kind, amount, reason));
        Assert.True(moved.IsSuccess, moved.Error?.Message);
    }

    private static Task<Erp.Domain.Common.Result<ClosedSession>> CloseAsync(PosTestKit kit, PosTestKit.Till till, decimal counted, string? reason) =>
        kit.As(till, sp => sp.GetRequiredService<PosSessionCommands>().CloseAsync(till.SessionId, counted, null, reason));

    private static async Task<ZReport> ZAsync(PosTestKit kit, Func<IServiceProvider, Task<Erp.Domain.Common.Result<ZReport>>> query)
    {
        var z = await kit.Data.AsAdmin(query);
        Assert.True(z.IsSuccess, z.Error?.Message);
        return z.Value;
    }

    private static (decimal Sales, decimal Refunds) Method(ZReport z, PaymentMethodKind kind)
    {
        var total = Assert.Single(z.ByMethod, m => m.Kind == kind);
        return (total.Sales, total.Refunds);
    }

    private static Task<Guid> LineAsync(PosTestKit kit, Guid saleId, Guid productId) =>
        kit.Data.InDb(db => db.PosSaleLines.Where(l => l.SaleId == saleId && l.ProductId == productId).Select(l => l.Id).SingleAsync());
}
