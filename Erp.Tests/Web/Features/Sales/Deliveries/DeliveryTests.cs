using Erp.Data.Inventory;
using Erp.Domain.Common;
using Erp.Domain.Inventory;
using Erp.Domain.Platform;
using Erp.Domain.Sales.Deliveries;
using Erp.Domain.Sales.Orders;
using Erp.Tests.TestInfrastructure;
using Erp.Tests.Web.Features.Inventory;
using Erp.Tests.Web.Features.Sales.Customers;
using Erp.Web.Features.Sales.Deliveries;
using Erp.Web.Features.Sales.Orders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Erp.Tests.Web.Features.Sales.Deliveries;

/// <summary>
/// Shipping sales orders: partial deliveries leave the rest reserved as a backorder, stock leaves through the ledger at
/// its valued cost, the order's delivered quantities and status follow, and bad requests change nothing.
/// </summary>
public class DeliveryTests(ErpAppFactory app) : IClassFixture<ErpAppFactory>
{
    [Fact]
    public async Task PartialDelivery_ThenTheRest_TakesReservedStockAtItsCost_AndMovesTheOrderToDelivered()
    {
        var (data, order, a, b) = await DeliveryScenario.ConfirmedOrderAsync(app);
        var lines = await DeliveryScenario.OrderLinesAsync(data, order);

        var first = await DeliveryScenario.ShipAsync(data, order, data.Main, (lines[a], 4m));

        Assert.True(first.IsSuccess, first.Error?.Message);
        Assert.StartsWith("DN-", first.Value.Number);
        Assert.Equal(SalesOrderStatus.PartiallyDelivered, await DeliveryScenario.StatusAsync(data, order));
        Assert.Equal((6m, 2m), await DeliveryScenario.LevelAsync(data, a, data.Main)); // 10 − 4 on hand; 6 − 4 still reserved (backorder)
        Assert.Equal((5m, 2m), await DeliveryScenario.LevelAsync(data, b, data.Main));
        var shipped = await data.InDb(db => db.Deliveries.Include(d => d.Lines).SingleAsync(d => d.Id == first.Value.Id));
        Assert.Equal(DeliveryStatus.Shipped, shipped.Status);
        Assert.Equal(16.00m, shipped.Lines.Single().CostValue); // 4 units at the moving average cost of 4.00
        Assert.Equal(4.0000m, shipped.Lines.Single().UnitCost);

        var rest = await DeliveryScenario.ShipAsync(data, order, data.Main, (lines[a], 2m), (lines[b], 2m));

        Assert.True(rest.IsSuccess, rest.Error?.Message);
        Assert.Equal(SalesOrderStatus.Delivered, await DeliveryScenario.StatusAsync(data, order));
        Assert.Equal((4m, 0m), await DeliveryScenario.LevelAsync(data, a, data.Main));
        Assert.Equal((3m, 0m), await DeliveryScenario.LevelAsync(data, b, data.Main));
        var movements = await data.InDb(db => db.StockMovements.Where(m => m.Kind == MovementKind.Sale)
            .OrderBy(m => m.Sequence).Select(m => new { m.SourceNumber, m.Quantity, m.Value }).ToListAsync());
        Assert.Equal([-4m, -2m, -2m], movements.Select(m => m.Quantity).Order());
        Assert.Equal(-16m - 8m - 20m, movements.Sum(m => m.Value));
        await data.AssertLedgerBalancesAsync();
    }

    [Fact]
    public async Task ShippingMoreThanIsLeft_OrFromAnUnconfirmedOrder_IsRefused_AndChangesNothing()
    {
        var (data, order, a, _) = await DeliveryScenario.ConfirmedOrderAsync(app);
        var lines = await DeliveryScenario.OrderLinesAsync(data, order);

        var tooMany = await DeliveryScenario.ShipAsync(data, order, data.Main, (lines[a], 7m));
        var negative = await DeliveryScenario.ShipAsync(data, order, data.Main, (lines[a], -1m));
        var nothing = await DeliveryScenario.ShipAsync(data, order, data.Main, (lines[a], 0m));
        var draft = await data.AsAdmin(sp => sp.GetRequiredService<SalesOrderCommands>().CreateAsync(DeliveryScenario.OrderInput(data, order.CustomerId, (a, 1m))));
        var fromDraft = await DeliveryScenario.ShipAsync(data, new DeliveryScenario.OrderRef(draft.Value, order.CustomerId), data.Main, (lines[a], 1m));

        Assert.Equal("sales.over_delivery", tooMany.Error!.Code);
        Assert.Equal("DA: only 6 left to deliver, not 7.", tooMany.Error.Message);
        Assert.Equal("sales.delivery_quantity", negative.Error!.Code);
        Assert.Equal(DeliveryErrors.NoLines.Message, nothing.Error!.Message);
        Assert.Equal("sales.not_deliverable", fromDraft.Error!.Code);
        Assert.Equal(0, await data.InDb(db => db.Deliveries.CountAsync()));
        Assert.Equal(SalesOrderStatus.Confirmed, await DeliveryScenario.StatusAsync(data, order));
        Assert.Equal((10m, 6m), await DeliveryScenario.LevelAsync(data, a, data.Main));
    }

    [Fact]
    public async Task ShippingFromAnotherWarehouse_GivesTheReservationBack_AndTakesTheStockThere_OrSaysWhatIsShort()
    {
        var (data, order, a, _) = await DeliveryScenario.ConfirmedOrderAsync(app);
        var lines = await DeliveryScenario.OrderLinesAsync(data, order);
        await data.PostAsync(new StockChange(a, data.North, 3m, MovementKind.Receipt, 5m));

        var short_ = await DeliveryScenario.ShipAsync(data, order, data.North, (lines[a], 4m));
        Assert.Equal("inventory.insufficient_stock", short_.Error!.Code);
        Assert.Contains("North warehouse", short_.Error.Message);
        Assert.Equal((10m, 6m), await DeliveryScenario.LevelAsync(data, a, data.Main));
        Assert.Equal((3m, 0m), await DeliveryScenario.LevelAsync(data, a, data.North));

        var shipped = await DeliveryScenario.ShipAsync(data, order, data.North, (lines[a], 3m));

        Assert.True(shipped.IsSuccess, shipped.Error?.Message);
        Assert.Equal((10m, 3m), await DeliveryScenario.LevelAsync(data, a, data.Main)); // reservation of 3 given back at Main
        Assert.Equal((0m, 0m), await DeliveryScenario.LevelAsync(data, a, data.North));
        Assert.Equal(SalesOrderStatus.PartiallyDelivered, await DeliveryScenario.StatusAsync(data, order));
        await data.AssertLedgerBalancesAsync();
    }

    [Fact]
    public async Task PickList_IsShippedLater_OrCancelled_AndACancelledOneNeverShips()
    {
        var (data, order, a, b) = await DeliveryScenario.ConfirmedOrderAsync(app);
        var lines = await DeliveryScenario.OrderLinesAsync(data, order);
        var commands = (IServiceProvider sp) => sp.GetRequiredService<DeliveryCommands>();

        var pick = await data.AsAdmin(sp => commands(sp).CreateAsync(DeliveryScenario.Input(order, data.Main, (lines[a], 6m))));
        Assert.True(pick.IsSuccess, pick.Error?.Message);
        Assert.Equal((10m, 6m), await DeliveryScenario.LevelAsync(data, a, data.Main)); // a pick list moves no stock
        var cancelled = await data.AsAdmin(sp => commands(sp).CancelAsync(pick.Value, "Customer called"));
        var shipCancelled = await data.AsAdmin(sp => commands(sp).ShipAsync(pick.Value));
        Assert.True(cancelled.IsSuccess, cancelled.Error?.Message);
        Assert.False(shipCancelled.IsSuccess);
        Assert.Equal((10m, 6m), await DeliveryScenario.LevelAsync(data, a, data.Main));

        var second = await data.AsAdmin(sp => commands(sp).CreateAsync(DeliveryScenario.Input(order, data.Main, (lines[a], 6m), (lines[b], 2m))));
        var shipped = await data.AsAdmin(sp => commands(sp).ShipAsync(second.Value));

        Assert.True(shipped.IsSuccess, shipped.Error?.Message);
        Assert.Equal(SalesOrderStatus.Delivered, await DeliveryScenario.StatusAsync(data, order));
        Assert.Equal((4m, 0m), await DeliveryScenario.LevelAsync(data, a, data.Main));
    }

    [Fact]
    public async Task AUserWithoutTheDeliverPermission_IsRefused()
    {
        var (data, order, a, _) = await DeliveryScenario.ConfirmedOrderAsync(app);
        var lines = await DeliveryScenario.OrderLinesAsync(data, order);
        var accountant = await data.Tenant.AddUserAsync(BuiltInRoles.Accountant);

        var refused = await app.InTenantAsync(data.Tenant.Id, accountant, sp =>
            sp.GetRequiredService<DeliveryCommands>().CreateAndShipAsync(DeliveryScenario.Input(order, data.Main, (lines[a], 1m))));

        Assert.Equal(CommonErrors.Forbidden, refused.Error);
        Assert.Equal((10m, 6m), await DeliveryScenario.LevelAsync(data, a, data.Main));
    }
}
