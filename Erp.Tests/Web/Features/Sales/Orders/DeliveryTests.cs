using System.Net;
using Erp.Domain.Inventory;
using Erp.Domain.Platform.Documents;
using Erp.Domain.Sales.Orders;
using Erp.Tests.TestInfrastructure;
using Erp.Tests.Web.Features.Inventory;
using Erp.Tests.Web.Features.Platform;
using Erp.Web.Features.Sales.Deliveries;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Erp.Tests.Web.Features.Sales.Orders.SalesOrderTestKit;

namespace Erp.Tests.Web.Features.Sales.Orders;

/// <summary>Deliveries: partial then the rest, stock and reservations right at each step, over-delivery refused.</summary>
public class DeliveryTests(ErpAppFactory app) : IClassFixture<ErpAppFactory>
{
    [Fact]
    public async Task PartialDeliveryThenTheRest_TakesStockFromTheReservationAtItsCost_AndMovesTheOrderOn()
    {
        var data = await InventoryTestData.CreateAsync(app);
        var customer = await data.CustomerAsync();
        var a = await data.StockedProductAsync("SHIPA", 10m, cost: 4m);
        var b = await data.StockedProductAsync("SHIPB", 10m, cost: 6m);
        var id = await data.ConfirmedOrderAsync(Order(data, customer, Line(a, 5m), Line(b, 2m)));
        var lines = (await data.OrderAsync(id)).Lines.OrderBy(l => l.LineNumber).Select(l => l.Id).ToArray();

        var first = await DeliverAsync(data, id, (lines[0], 3m));

        Assert.True(first.IsSuccess, first.Error?.Message);
        Assert.StartsWith("DN-2026-", first.Value.Number, StringComparison.Ordinal);
        var order = await data.OrderAsync(id);
        Assert.Equal(SalesOrderStatus.PartiallyDelivered, order.Status);
        Assert.Equal([3m, 0m], order.Lines.OrderBy(l => l.LineNumber).Select(l => l.DeliveredQuantity));
        Assert.Equal((7m, 2m), await data.LevelAsync(a)); // 2 still reserved: the backorder
        Assert.Equal((10m, 2m), await data.LevelAsync(b));
        var movement = await data.InDb(db => db.StockMovements.SingleAsync(m => m.SourceId == first.Value.Id));
        Assert.Equal((MovementKind.Sale, -3m, -12m, DocumentTypes.Delivery), (movement.Kind, movement.Quantity, movement.Value, movement.SourceType));
        var deliveryLine = await data.InDb(db => db.DeliveryLines.SingleAsync(l => l.DeliveryId == first.Value.Id));
        Assert.Equal((3m, 12m), (deliveryLine.Quantity, deliveryLine.CostValue));

        var rest = await DeliverAsync(data, id, (lines[0], 2m), (lines[1], 2m));

        Assert.True(rest.IsSuccess, rest.Error?.Message);
        Assert.Equal(SalesOrderStatus.Delivered, (await data.OrderAsync(id)).Status);
        Assert.Equal((5m, 0m), await data.LevelAsync(a));
        Assert.Equal((8m, 0m), await data.LevelAsync(b));
        await data.AssertLedgerBalancesAsync();
        AssertRefused(await DeliverAsync(data, id, (lines[0], 1m)), "sales.not_deliverable");
    }

    [Fact]
    public async Task DeliveringMoreThanRemains_IsRefused_AndChangesNothing()
    {
        var data = await InventoryTestData.CreateAsync(app);
        var customer = await data.CustomerAsync();
        var p = await data.StockedProductAsync("OVER", 10m);
        var id = await data.ConfirmedOrderAsync(Order(data, customer, Line(p, 4m)));
        var line = Assert.Single((await data.OrderAsync(id)).Lines).Id;
        Assert.True((await DeliverAsync(data, id, (line, 3m))).IsSuccess);
        var before = await data.SnapshotAsync();

        var over = await DeliverAsync(data, id, (line, 2m));
        var none = await DeliverAsync(data, id, (line, 0m));
        var negative = await DeliverAsync(data, id, (line, -1m));

        Assert.Equal("sales.over_delivery", over.Error!.Code);
        Assert.Equal("Line 1: OVER: only 1 left to deliver, not 2.", over.Error.Message);
        Assert.Equal("sales.nothing_to_deliver", none.Error!.Code);
        Assert.Equal("pricing.quantity", negative.Error!.Code);
        Assert.Equal(before, await data.SnapshotAsync());
        Assert.Equal(1, await data.InDb(db => db.Deliveries.CountAsync()));
    }

    [Fact]
    public async Task Cancel_AfterADelivery_IsRefused_TheGoodsNeedAReturn()
    {
        var data = await InventoryTestData.CreateAsync(app);
        var customer = await data.CustomerAsync();
        var p = await data.StockedProductAsync("RETURN", 10m);
        var id = await data.ConfirmedOrderAsync(Order(data, customer, Line(p, 4m)));
        await DeliverAsync(data, id, (Assert.Single((await data.OrderAsync(id)).Lines).Id, 1m));
        var before = await data.SnapshotAsync();

        var cancelled = await data.As(null, c => c.CancelAsync(id, "Changed mind"));

        Assert.Equal("sales.needs_return", cancelled.Error!.Code);
        Assert.Equal(before, await data.SnapshotAsync());
        Assert.Equal((9m, 3m), await data.LevelAsync(p));
    }

    [Fact]
    public async Task DeliveryNotePdf_ListsTheGoods_ForTheTenantOnly()
    {
        var data = await InventoryTestData.CreateAsync(app);
        var other = await InventoryTestData.CreateAsync(app);
        var customer = await data.CustomerAsync("Shipping Customer");
        var p = await data.StockedProductAsync("DNPDF", 10m);
        var id = await data.ConfirmedOrderAsync(Order(data, customer, Line(p, 4m)));
        var delivered = await DeliverAsync(data, id, (Assert.Single((await data.OrderAsync(id)).Lines).Id, 3m));
        var client = app.CreateHttpsClient();
        await HttpLogin.LoginAsync(client, data.Tenant.AdminEmail);
        var foreign = app.CreateHttpsClient();
        await HttpLogin.LoginAsync(foreign, other.Tenant.AdminEmail);

        var response = await client.GetAsync($"/sales/deliveries/{delivered.Value.Id}/pdf");
        var refused = await foreign.GetAsync($"/sales/deliveries/{delivered.Value.Id}/pdf");

        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        var text = UserDownloadsTests.PdfText(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains($"Delivery note {delivered.Value.Number}", text, StringComparison.Ordinal);
        Assert.Contains("Shipping Customer", text, StringComparison.Ordinal);
        Assert.Contains("DNPDF", text, StringComparison.Ordinal);
        Assert.Contains("1 Main St", text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
    }

    private static Task<Erp.Domain.Common.Result<DeliveryPosted>> DeliverAsync(InventoryTestData data, Guid orderId,
        params (Guid Line, decimal Quantity)[] lines) =>
        data.App.InTenantAsync(data.Tenant.Id, data.Tenant.AdminId, sp => sp.GetRequiredService<DeliveryCommands>()
            .DeliverAsync(orderId, new DeliveryInput { Date = Day, Quantities = lines.ToDictionary(l => l.Line, l => l.Quantity) }));
}
