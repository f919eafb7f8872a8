using Erp.Domain.Sales.Invoices;
using Erp.Domain.Sales.Orders;
using Erp.Tests.TestInfrastructure;
using Erp.Tests.Web.Features.Inventory;
using Erp.Tests.Web.Features.Sales.Customers;
using Erp.Tests.Web.Features.Sales.Deliveries;
using Erp.Web.Features.Sales.Orders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Erp.Tests.Web.Features.Sales.Lifecycle;

/// <summary>A counter sale confirms, delivers and invoices a draft order in one step — or changes nothing.</summary>
public class CounterSaleTests(ErpAppFactory app) : IClassFixture<ErpAppFactory>
{
    [Fact]
    public async Task CounterSale_ConfirmsDeliversAndInvoices_InOneStep()
    {
        var (data, order, a, b) = await DraftOrderAsync(stockOfA: 10m);

        var done = await data.AsAdmin(sp => sp.GetRequiredService<CounterSaleCommand>().CompleteAsync(order.Id));

        Assert.True(done.IsSuccess, done.Error?.Message);
        Assert.StartsWith("DN-", done.Value.DeliveryNumber);
        Assert.StartsWith("INV-", done.Value.InvoiceNumber);
        Assert.Equal(SalesOrderStatus.Invoiced, await DeliveryScenario.StatusAsync(data, order));
        Assert.Equal((4m, 0m), await DeliveryScenario.LevelAsync(data, a, data.Main));
        Assert.Equal((3m, 0m), await DeliveryScenario.LevelAsync(data, b, data.Main));
        var invoice = await data.InDb(db => db.SalesInvoices.SingleAsync(i => i.Id == done.Value.InvoiceId));
        Assert.Equal((SalesInvoiceStatus.Posted, 102.08m), (invoice.Status, invoice.GrossTotal));
        await data.AssertLedgerBalancesAsync();
    }

    [Fact]
    public async Task CounterSale_WithStockShort_IsRefusedNamingTheItem_AndChangesNothing()
    {
        var (data, order, a, _) = await DraftOrderAsync(stockOfA: 5m);

        var refused = await data.AsAdmin(sp => sp.GetRequiredService<CounterSaleCommand>().CompleteAsync(order.Id));

        Assert.Equal("inventory.not_available", refused.Error!.Code);
        Assert.Contains("DA", refused.Error.Message);
        Assert.Equal(SalesOrderStatus.Draft, await DeliveryScenario.StatusAsync(data, order));
        Assert.Equal((5m, 0m), await DeliveryScenario.LevelAsync(data, a, data.Main));
        Assert.Equal(0, await data.InDb(db => db.Deliveries.CountAsync()));
        Assert.Equal(0, await data.InDb(db => db.SalesInvoices.CountAsync()));
    }

    [Fact]
    public async Task CounterSale_OverTheCreditLimit_IsRefused_TheOrderStaysADraft()
    {
        var (data, order, _, _) = await DraftOrderAsync(stockOfA: 10m, creditLimit: 50m);

        var refused = await data.AsAdmin(sp => sp.GetRequiredService<CounterSaleCommand>().CompleteAsync(order.Id));

        Assert.Equal("sales.counter_needs_approval", refused.Error!.Code);
        Assert.Equal(SalesOrderStatus.Draft, await DeliveryScenario.StatusAsync(data, order));
    }

    /// <summary>A draft order for 6 DA (price 8) and 2 DB (price 20) from Main, where DB has 5 in stock.</summary>
    private async Task<(InventoryTestData, DeliveryScenario.OrderRef, Guid, Guid)> DraftOrderAsync(decimal stockOfA, decimal? creditLimit = null)
    {
        var data = await InventoryTestData.CreateAsync(app);
        var a = await data.ProductAsync("DA", 4m);
        var b = await data.ProductAsync("DB", 10m);
        await data.PostAsync(new Erp.Data.Inventory.StockChange(a, data.Main, stockOfA, Erp.Domain.Inventory.MovementKind.Receipt, 4m),
            new Erp.Data.Inventory.StockChange(b, data.Main, 5m, Erp.Domain.Inventory.MovementKind.Receipt, 10m));
        var input = CustomerTestKit.Input("Counter Customer");
        input.CreditLimit = creditLimit;
        var customer = await app.CreateAsync(data.Tenant, input);
        var created = await data.AsAdmin(sp => sp.GetRequiredService<SalesOrderCommands>()
            .CreateAsync(DeliveryScenario.OrderInput(data, customer, (a, 6m), (b, 2m))));
        Assert.True(created.IsSuccess, created.Error?.Message);
        return (data, new DeliveryScenario.OrderRef(created.Value, customer), a, b);
    }
}
