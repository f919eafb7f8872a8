using Erp.Domain.Platform;
using Erp.Domain.Sales.Orders;
using Erp.Domain.Sales.Pricing;
using Erp.Tests.TestInfrastructure;
using Erp.Tests.Web.Features.Inventory;
using Erp.Web.Features.Sales.Orders;
using Microsoft.EntityFrameworkCore;
using static Erp.Tests.Web.Features.Sales.Orders.SalesOrderTestKit;

namespace Erp.Tests.Web.Features.Sales.Orders;

/// <summary>Sales orders on a real SQLite database: totals, confirmation with reservations, oversell, approval, cancel.</summary>
public class SalesOrderTests(ErpAppFactory app) : IClassFixture<ErpAppFactory>
{
    [Fact]
    public async Task Confirm_TotalsWithTheProductsTaxRate_AndReservesTheStock()
    {
        var data = await InventoryTestData.CreateAsync(app);
        var customer = await data.CustomerAsync();
        var p = await data.StockedProductAsync("SOLD", 10m);

        var id = await data.ConfirmedOrderAsync(Order(data, customer, Line(p, 3m)));

        var order = await data.OrderAsync(id);
        Assert.Equal(SalesOrderStatus.Confirmed, order.Status);
        Assert.StartsWith("SO-2026-", order.Number, StringComparison.Ordinal);
        Assert.Equal((30m, 4.8m, 34.8m), (order.Net, order.Tax, order.Gross)); // 3 × 10.00, Standard 16 %
        var line = Assert.Single(order.Lines);
        Assert.Equal(("SOLD", "Product SOLD", 10m, 16m, 0m, 0m), (line.Sku, line.ProductName, line.UnitPrice, line.TaxRatePercent,
            line.DeliveredQuantity, line.InvoicedQuantity));
        Assert.Equal((10m, 3m), await data.LevelAsync(p));
        var history = await data.InDb(db => db.DocumentStatusChanges.Where(c => c.DocumentId == id)
            .OrderBy(c => c.ChangedAt).ThenBy(c => c.FromStatus != null).Select(c => c.FromStatus + ">" + c.ToStatus).ToListAsync());
        Assert.Equal([">Draft", "Draft>Confirmed"], history);
    }

    [Fact]
    public async Task Oversell_TwoUsersConfirmingTheLastUnitsAtOnce_OneSucceeds_TheOtherIsToldWhatIsAvailable()
    {
        var data = await InventoryTestData.CreateAsync(app);
        var customer = await data.CustomerAsync();
        var p = await data.StockedProductAsync("LAST", 5m);
        var anna = await data.Tenant.AddUserAsync(BuiltInRoles.SalesRep);
        var ben = await data.Tenant.AddUserAsync(BuiltInRoles.SalesRep);
        var first = await data.CreateOrderAsync(Order(data, customer, Line(p, 3m)), anna);
        var second = await data.CreateOrderAsync(Order(data, customer, Line(p, 3m)), ben);

        var results = await Task.WhenAll(
            Task.Run(() => data.As(anna, c => c.ConfirmAsync(first))),
            Task.Run(() => data.As(ben, c => c.ConfirmAsync(second))));

        Assert.Single(results, r => r.IsSuccess);
        var refused = Assert.Single(results, r => !r.IsSuccess);
        Assert.Equal("inventory.not_available", refused.Error!.Code);
        Assert.StartsWith("Only 2 of LAST available at Main warehouse (3 asked)", refused.Error.Message, StringComparison.Ordinal);
        var (onHand, reserved) = await data.LevelAsync(p);
        Assert.Equal((5m, 3m), (onHand, reserved));
        Assert.True(reserved <= onHand);
        var statuses = await data.InDb(db => db.SalesOrders.Select(o => o.Status).ToListAsync());
        Assert.Equal([SalesOrderStatus.Draft, SalesOrderStatus.Confirmed], statuses.Order());
    }

    [Fact]
    public async Task CreditLimit_OrderOverTheLimitWaits_ApproveRefusedWithoutPermissionAndForTheSubmitter_ThenReserves()
    {
        var data = await InventoryTestData.CreateAsync(app);
        var customer = await data.CustomerAsync(change: c => c.CreditLimit = 60m);
        var p = await data.StockedProductAsync("CREDIT", 20m);
        var rep = await data.Tenant.AddUserAsync(BuiltInRoles.SalesRep);
        var manager = await data.Tenant.AddUserAsync(BuiltInRoles.Manager);
        await data.ConfirmedOrderAsync(Order(data, customer, Line(p, 3m))); // 34.80 within the limit
        var id = await data.CreateOrderAsync(Order(data, customer, Line(p, 2m))); // 23.20: 58.00 ≤ 60 → fine

        var confirmed = await data.As(null, c => c.ConfirmAsync(id));
        Assert.Equal(ConfirmOutcome.Confirmed, confirmed.Value);
        var over = await data.CreateOrderAsync(Order(data, customer, Line(p, 1m))); // 11.60: 69.60 > 60
        var waiting = await data.As(null, c => c.ConfirmAsync(over));

        Assert.Equal(ConfirmOutcome.AwaitingApproval, waiting.Value);
        var order = await data.OrderAsync(over);
        Assert.Equal(SalesOrderStatus.PendingApproval, order.Status);
        Assert.Contains("credit limit", order.ApprovalReason, StringComparison.Ordinal);
        Assert.Equal((20m, 5m), await data.LevelAsync(p)); // not reserved while waiting
        Assert.Equal(1, await data.InDb(db => db.Notifications.CountAsync(n => n.UserId == manager && n.Title.Contains(order.Number))));

        AssertRefused(await data.As(rep, c => c.ApproveAsync(over)), "common.forbidden");
        AssertRefused(await data.As(null, c => c.ApproveAsync(over)), "sales.approver_is_submitter");
        Assert.Equal(SalesOrderStatus.PendingApproval, (await data.OrderAsync(over)).Status);

        var approved = await data.As(manager, c => c.ApproveAsync(over));

        Assert.True(approved.IsSuccess, approved.Error?.Message);
        var done = await data.OrderAsync(over);
        Assert.Equal((SalesOrderStatus.Confirmed, manager), (done.Status, done.ApprovedBy));
        Assert.Equal((20m, 6m), await data.LevelAsync(p));
    }

    [Fact]
    public async Task Confirm_DiscountAboveTheThreshold_WaitsForApproval_RejectSendsItBackToDraftWithAReason()
    {
        var data = await InventoryTestData.CreateAsync(app);
        var customer = await data.CustomerAsync();
        var p = await data.StockedProductAsync("DISC", 10m);
        var manager = await data.Tenant.AddUserAsync(BuiltInRoles.Manager);
        var id = await data.CreateOrderAsync(Order(data, customer, Line(p, 2m, discount: Discount.Percent(25m))));

        var waiting = await data.As(null, c => c.ConfirmAsync(id));
        Assert.Equal(ConfirmOutcome.AwaitingApproval, waiting.Value);
        Assert.Contains("discount 25 %", (await data.OrderAsync(id)).ApprovalReason, StringComparison.Ordinal);

        AssertRefused(await data.As(manager, c => c.RejectAsync(id, " ")), "documents.reason_required");
        var rejected = await data.As(manager, c => c.RejectAsync(id, "Too generous"));

        Assert.True(rejected.IsSuccess, rejected.Error?.Message);
        Assert.Equal(SalesOrderStatus.Draft, (await data.OrderAsync(id)).Status);
        var reason = await data.InDb(db => db.DocumentStatusChanges.Where(c => c.DocumentId == id && c.ToStatus == "Draft" && c.FromStatus != null)
            .Select(c => c.Reason).SingleAsync());
        Assert.Equal("Too generous", reason);
    }

    [Fact]
    public async Task Cancel_ConfirmedOrder_ReleasesExactlyItsReservations_OtherOrdersUntouched()
    {
        var data = await InventoryTestData.CreateAsync(app);
        var customer = await data.CustomerAsync();
        var a = await data.StockedProductAsync("CANA", 10m);
        var b = await data.StockedProductAsync("CANB", 10m);
        var mine = await data.ConfirmedOrderAsync(Order(data, customer, Line(a, 3m), Line(b, 2m), Line(a, 1m)));
        var other = await data.ConfirmedOrderAsync(Order(data, customer, Line(a, 4m)));
        Assert.Equal((10m, 8m), await data.LevelAsync(a));

        AssertRefused(await data.As(null, c => c.CancelAsync(mine, null)), "documents.reason_required");
        var cancelled = await data.As(null, c => c.CancelAsync(mine, "Customer changed their mind"));

        Assert.True(cancelled.IsSuccess, cancelled.Error?.Message);
        Assert.Equal(SalesOrderStatus.Cancelled, (await data.OrderAsync(mine)).Status);
        Assert.Equal((10m, 4m), await data.LevelAsync(a));
        Assert.Equal((10m, 0m), await data.LevelAsync(b));
        Assert.Equal(SalesOrderStatus.Confirmed, (await data.OrderAsync(other)).Status);
        AssertRefused(await data.As(null, c => c.CancelAsync(mine, "again")), "documents.illegal_transition");
        Assert.Equal((10m, 4m), await data.LevelAsync(a));
    }

    [Fact]
    public async Task Cancel_DraftOrWaitingOrder_ChangesNoStock()
    {
        var data = await InventoryTestData.CreateAsync(app);
        var customer = await data.CustomerAsync(change: c => c.CreditLimit = 1m);
        var p = await data.StockedProductAsync("CANW", 10m);
        var waiting = await data.CreateOrderAsync(Order(data, customer, Line(p, 1m)));
        await data.As(null, c => c.ConfirmAsync(waiting));

        var cancelled = await data.As(null, c => c.CancelAsync(waiting, "No credit"));

        Assert.True(cancelled.IsSuccess, cancelled.Error?.Message);
        Assert.Equal((10m, 0m), await data.LevelAsync(p));
    }
}
