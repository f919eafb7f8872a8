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
        var (data, order, a, b) = await ConfirmedOrderAsync();
        var lines = await OrderLinesAsync(data, order);

        var first = await ShipAsync(data, order, data.Main, (lines[a], 4m));

        Assert.True(first.IsSuccess, first.Error?.Message);
        Assert.StartsWith("DN-", first.Value.Number);
        Assert.Equal(SalesOrderStatus.PartiallyDelivered, await StatusAsync(data, order));
        Assert.Equal((6m, 2m), await LevelAsync(data, a, data.Main)); // 10 − 4 on hand; 6 − 4 still reserved (backorder)
        Assert.Equal((5m, 2m), await LevelAsync(data, b, data.Main));
        var shipped = await data.InDb(db => db.Deliveries.Include(d => d.Lines).SingleAsync(d => d.Id == first.Value.Id));
        Assert.Equal(DeliveryStatus.Shipped, shipped.Status);
        Assert.Equal(16.00m, shipped.Lines.Single().CostValue); // 4 units at the moving average cost of 4.00
        Assert.Equal(4.0000m, shipped.Lines.Single().UnitCost);

        var rest = await ShipAsync(data, order, data.Main, (lines[a], 2m), (lines[b], 2m));

        Assert.True(rest.IsSuccess, rest.Error?.Message);
        Assert.Equal(SalesOrderStatus.Delivered, await StatusAsync(data, order));
        Assert.Equal((4m, 0m), await LevelAsync(data, a, data.Main));
        Assert.Equal((3m, 0m), await LevelAsync(data, b, data.Main));
        var movements = await data.InDb(db => db.StockMovements.Where(m => m.Kind == MovementKind.Sale)
            .OrderBy(m => m.Sequence).Select(m => new { m.SourceNumber, m.Quantity, m.Value }).ToListAsync());
        Assert.Equal([-4m, -2m, -2m], movements.Select(m => m.Quantity).Order());
        Assert.Equal(-16m - 8m - 20m, movements.Sum(m => m.Value));
        await data.AssertLedgerBalancesAsync();
    }

    [Fact]
    public async Task ShippingMoreThanIsLeft_OrFromAnUnconfirmedOrder_IsRefused_AndChangesNothing()
    {
        var (data, order, a, _) = await ConfirmedOrderAsync();
        var lines = await OrderLinesAsync(data, order);

        var tooMany = await ShipAsync(data, order, data.Main, (lines[a], 7m));
        var negative = await ShipAsync(data, order, data.Main, (lines[a], -1m));
        var nothing = await ShipAsync(data, order, data.Main, (lines[a], 0m));
        var draft = await data.AsAdmin(sp => sp.GetRequiredService<SalesOrderCommands>().CreateAsync(OrderInput(data, order.CustomerId, (a, 1m))));
        var fromDraft = await ShipAsync(data, new OrderRef(draft.Value, order.CustomerId), data.Main, (lines[a], 1m));

        Assert.Equal("sales.over_delivery", tooMany.Error!.Code);
        Assert.Equal("DA: only 6 left to deliver, not 7.", tooMany.Error.Message);
        Assert.Equal("sales.delivery_quantity", negative.Error!.Code);
        Assert.Equal(DeliveryErrors.NoLines.Message, nothing.Error!.Message);
        Assert.Equal("sales.not_deliverable", fromDraft.Error!.Code);
        Assert.Equal(0, await data.InDb(db => db.Deliveries.CountAsync()));
        Assert.Equal(SalesOrderStatus.Confirmed, await StatusAsync(data, order));
        Assert.Equal((10m, 6m), await LevelAsync(data, a, data.Main));
    }

    [Fact]
    public async Task ShippingFromAnotherWarehouse_GivesTheReservationBack_AndTakesTheStockThere_OrSaysWhatIsShort()
    {
        var (data, order, a, _) = await ConfirmedOrderAsync();
        var lines = await OrderLinesAsync(data, order);
        await data.PostAsync(new StockChange(a, data.North, 3m, MovementKind.Receipt, 5m));

        var short_ = await ShipAsync(data, order, data.North, (lines[a], 4m));
        Assert.Equal("inventory.insufficient_stock", short_.Error!.Code);
        Assert.Contains("North warehouse", short_.Error.Message);
        Assert.Equal((10m, 6m), await LevelAsync(data, a, data.Main));
        Assert.Equal((3m, 0m), await LevelAsync(data, a, data.North));

        var shipped = await ShipAsync(data, order, data.North, (lines[a], 3m));

        Assert.True(shipped.IsSuccess, shipped.Error?.Message);
        Assert.Equal((10m, 3m), await LevelAsync(data, a, data.Main)); // reservation of 3 given back at Main
        Assert.Equal((0m, 0m), await LevelAsync(data, a, data.North));
        Assert.Equal(SalesOrderStatus.PartiallyDelivered, await StatusAsync(data, order));
        await data.AssertLedgerBalancesAsync();
    }

    [Fact]
    public async Task PickList_IsShippedLater_OrCancelled_AndACancelledOneNeverShips()
    {
        var (data, order, a, b) = await ConfirmedOrderAsync();
        var lines = await OrderLinesAsync(data, order);
        var commands = (IServiceProvider sp) => sp.GetRequiredService<DeliveryCommands>();

        var pick = await data.AsAdmin(sp => commands(sp).CreateAsync(Input(order, data.Main, (lines[a], 6m))));
        Assert.True(pick.IsSuccess, pick.Error?.Message);
        Assert.Equal((10m, 6m), await LevelAsync(data, a, data.Main)); // a pick list moves no stock
        var cancelled = await data.AsAdmin(sp => commands(sp).CancelAsync(pick.Value, "Customer called"));
        var shipCancelled = await data.AsAdmin(sp => commands(sp).ShipAsync(pick.Value));
        Assert.True(cancelled.IsSuccess, cancelled.Error?.Message);
        Assert.False(shipCancelled.IsSuccess);
        Assert.Equal((10m, 6m), await LevelAsync(data, a, data.Main));

        var second = await data.AsAdmin(sp => commands(sp).CreateAsync(Input(order, data.Main, (lines[a], 6m), (lines[b], 2m))));
        var shipped = await data.AsAdmin(sp => commands(sp).ShipAsync(second.Value));

        Assert.True(shipped.IsSuccess, shipped.Error?.Message);
        Assert.Equal(SalesOrderStatus.Delivered, await StatusAsync(data, order));
        Assert.Equal((4m, 0m), await LevelAsync(data, a, data.Main));
    }

    [Fact]
    public async Task AUserWithoutTheDeliverPermission_IsRefused()
    {
        var (data, order, a, _) = await ConfirmedOrderAsync();
        var lines = await OrderLinesAsync(data, order);
        var accountant = await data.Tenant.AddUserAsync(BuiltInRoles.Accountant);

        var refused = await app.InTenantAsync(data.Tenant.Id, accountant, sp =>
            sp.GetRequiredService<DeliveryCommands>().CreateAndShipAsync(Input(order, data.Main, (lines[a], 1m))));

        Assert.Equal(CommonErrors.Forbidden, refused.Error);
        Assert.Equal((10m, 6m), await LevelAsync(data, a, data.Main));
    }

    internal sealed record OrderRef(Guid Id, Guid CustomerId);

    /// <summary>10 × DA at cost 4 and 5 × DB at cost 10 in Main; a confirmed order for 6 DA and 2 DB from Main.</summary>
    private async Task<(InventoryTestData Data, OrderRef Order, Guid A, Guid B)> ConfirmedOrderAsync()
    {
        var data = await InventoryTestData.CreateAsync(app);
        var a = await data.ProductAsync("DA", 4m);
        var b = await data.ProductAsync("DB", 10m);
        await data.PostAsync(new StockChange(a, data.Main, 10m, MovementKind.Receipt, 4m),
            new StockChange(b, data.Main, 5m, MovementKind.Receipt, 10m));
        var customer = await app.CreateAsync(data.Tenant, CustomerTestKit.Input("Delivery Customer"));
        var orders = (IServiceProvider sp) => sp.GetRequiredService<SalesOrderCommands>();
        var created = await data.AsAdmin(sp => orders(sp).CreateAsync(OrderInput(data, customer, (a, 6m), (b, 2m))));
        Assert.True(created.IsSuccess, created.Error?.Message);
        var confirmed = await data.AsAdmin(sp => orders(sp).ConfirmAsync(created.Value));
        Assert.True(confirmed.IsSuccess, confirmed.Error?.Message);
        Assert.Equal(ConfirmOutcome.Confirmed, confirmed.Value);
        return (data, new OrderRef(created.Value, customer), a, b);
    }

    private static SalesOrderInput OrderInput(InventoryTestData data, Guid customerId, params (Guid Product, decimal Quantity)[] lines) => new()
    {
        CustomerId = customerId, LocationId = data.Main,
        Lines = [.. lines.Select(l => new SalesLineInput { ProductId = l.Product, Quantity = l.Quantity })],
    };

    private static DeliveryInput Input(OrderRef order, Guid location, params (Guid OrderLine, decimal Quantity)[] lines) =>
        new(order.Id, location, null, "Parcel Co", "TRK-1", null, [.. lines.Select(l => new DeliveryLineInput(l.OrderLine, l.Quantity))]);

    private static Task<Result<DeliveryShipped>> ShipAsync(InventoryTestData data, OrderRef order, Guid location,
        params (Guid OrderLine, decimal Quantity)[] lines) =>
        data.AsAdmin(sp => sp.GetRequiredService<DeliveryCommands>().CreateAndShipAsync(Input(order, location, lines)));

    /// <summary>Order line ids by product.</summary>
    private static Task<Dictionary<Guid, Guid>> OrderLinesAsync(InventoryTestData data, OrderRef order) =>
        data.InDb(db => db.SalesOrderLines.Where(l => l.OrderId == order.Id).ToDictionaryAsync(l => l.ProductId, l => l.Id));

    private static Task<SalesOrderStatus> StatusAsync(InventoryTestData data, OrderRef order) =>
        data.InDb(db => db.SalesOrders.Where(o => o.Id == order.Id).Select(o => o.Status).SingleAsync());

    private static Task<(decimal OnHand, decimal Reserved)> LevelAsync(InventoryTestData data, Guid product, Guid location) =>
        data.InDb(async db => await db.StockLevels.Where(l => l.ProductId == product && l.LocationId == location)
            .Select(l => new ValueTuple<decimal, decimal>(l.OnHand, l.Reserved)).FirstOrDefaultAsync());
}
