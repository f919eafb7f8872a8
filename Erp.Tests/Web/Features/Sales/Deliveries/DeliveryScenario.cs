using Erp.Data.Inventory;
using Erp.Domain.Common;
using Erp.Domain.Inventory;
using Erp.Domain.Sales.Orders;
using Erp.Tests.TestInfrastructure;
using Erp.Tests.Web.Features.Inventory;
using Erp.Tests.Web.Features.Sales.Customers;
using Erp.Web.Features.Sales.Deliveries;
using Erp.Web.Features.Sales.Orders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Erp.Tests.Web.Features.Sales.Deliveries;

/// <summary>A confirmed order ready to ship, and shortcuts to ship it and read the stock and the order back.</summary>
internal static class DeliveryScenario
{
    internal sealed record OrderRef(Guid Id, Guid CustomerId);

    /// <summary>10 × DA at cost 4 and 5 × DB at cost 10 in Main; a confirmed order for 6 DA and 2 DB from Main.</summary>
    public static async Task<(InventoryTestData Data, OrderRef Order, Guid A, Guid B)> ConfirmedOrderAsync(ErpAppFactory app)
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

    public static SalesOrderInput OrderInput(InventoryTestData data, Guid customerId, params (Guid Product, decimal Quantity)[] lines) => new()
    {
        CustomerId = customerId, LocationId = data.Main,
        Lines = [.. lines.Select(l => new SalesLineInput { ProductId = l.Product, Quantity = l.Quantity })],
    };

    public static DeliveryInput Input(OrderRef order, Guid location, params (Guid OrderLine, decimal Quantity)[] lines) =>
        new(order.Id, location, null, "Parcel Co", "TRK-1", null, [.. lines.Select(l => new DeliveryLineInput(l.OrderLine, l.Quantity))]);

    public static Task<Result<DeliveryShipped>> ShipAsync(InventoryTestData data, OrderRef order, Guid location,
        params (Guid OrderLine, decimal Quantity)[] lines) =>
        data.AsAdmin(sp => sp.GetRequiredService<DeliveryCommands>().CreateAndShipAsync(Input(order, location, lines)));

    /// <summary>Order line ids by product.</summary>
    public static Task<Dictionary<Guid, Guid>> OrderLinesAsync(InventoryTestData data, OrderRef order) =>
        data.InDb(db => db.SalesOrderLines.Where(l => l.OrderId == order.Id).ToDictionaryAsync(l => l.ProductId, l => l.Id));

    public static Task<SalesOrderStatus> StatusAsync(InventoryTestData data, OrderRef order) =>
        data.InDb(db => db.SalesOrders.Where(o => o.Id == order.Id).Select(o => o.Status).SingleAsync());

    public static Task<(decimal OnHand, decimal Reserved)> LevelAsync(InventoryTestData data, Guid product, Guid location) =>
        data.InDb(async db => await db.StockLevels.Where(l => l.ProductId == product && l.LocationId == location)
            .Select(l => new ValueTuple<decimal, decimal>(l.OnHand, l.Reserved)).FirstOrDefaultAsync());
}
