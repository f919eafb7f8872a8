using Erp.Domain.Sales;
using Erp.Domain.Sales.Orders;
using Erp.Domain.Sales.Pricing;
using Erp.Domain.Sales.Taxes;
using Erp.Tests.TestInfrastructure;
using Erp.Tests.Web.Features.Inventory;
using Erp.Tests.Web.Features.Sales.Customers;
using Erp.Tests.Web.Features.Sales.Deliveries;
using Erp.Web.Features.Sales.Orders;
using Erp.Web.Features.Sales.Settings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Erp.Tests.Web.Features.Sales.Lifecycle;

/// <summary>Invoicing sales orders: on order or on delivery, split invoices adding up to the order, cancel after invoicing.</summary>
public class OrderInvoicingTests(ErpAppFactory app) : IClassFixture<ErpAppFactory>
{
    [Fact]
    public async Task InvoicingOnOrder_InvoicesEverythingBeforeDelivery_DeliveryStillShips_AndCancelNeedsACreditNote()
    {
        var (data, order, a, b) = await DeliveryScenario.ConfirmedOrderAsync(app);
        await SettingsAsync(data, InvoiceOn.Order);

        var invoiced = await data.AsAdmin(sp => sp.GetRequiredService<OrderInvoiceCommands>().InvoiceAsync(order.Id));

        Assert.True(invoiced.IsSuccess, invoiced.Error?.Message);
        var gross = await data.InDb(db => db.SalesInvoices.Where(i => i.Id == invoiced.Value.Id).Select(i => i.GrossTotal).SingleAsync());
        Assert.Equal(102.08m, gross); // the whole order: 88.00 + 16 % tax
        Assert.Equal(SalesOrderStatus.Invoiced, await DeliveryScenario.StatusAsync(data, order));
        var cancel = await data.AsAdmin(sp => sp.GetRequiredService<SalesOrderCommands>().CancelAsync(order.Id, "Changed mind"));
        Assert.Equal("sales.needs_credit_note", cancel.Error!.Code);
        Assert.Equal((10m, 6m), await DeliveryScenario.LevelAsync(data, a, data.Main));

        var lines = await DeliveryScenario.OrderLinesAsync(data, order);
        var shipped = await DeliveryScenario.ShipAsync(data, order, data.Main, (lines[a], 6m), (lines[b], 2m));

        Assert.True(shipped.IsSuccess, shipped.Error?.Message);
        Assert.Equal(SalesOrderStatus.Invoiced, await DeliveryScenario.StatusAsync(data, order));
        Assert.Equal((4m, 0m), await DeliveryScenario.LevelAsync(data, a, data.Main));
        var again = await data.AsAdmin(sp => sp.GetRequiredService<OrderInvoiceCommands>().InvoiceAsync(order.Id));
        Assert.Equal(OrderInvoicing.NothingToInvoice.Code, again.Error!.Code);
    }

    [Fact]
    public async Task ThreeInvoicesOfOneOrder_WithAmountDiscounts_AddUpToTheOrder_ToTheCent()
    {
        var data = await InventoryTestData.CreateAsync(app);
        var p = await data.ProductAsync("SPLIT", 3m); // price 6.00
        await data.PostAsync(new Erp.Data.Inventory.StockChange(p, data.Main, 10m, Erp.Domain.Inventory.MovementKind.Receipt, 3m));
        var customer = await app.CreateAsync(data.Tenant, CustomerTestKit.Input("Split Customer"));
        var input = DeliveryScenario.OrderInput(data, customer, (p, 7m));
        input.Lines[0].DiscountKind = DiscountKind.Amount;
        input.Lines[0].DiscountValue = 1.00m;
        input.OrderDiscountKind = DiscountKind.Amount;
        input.OrderDiscountValue = 2.00m;
        var orders = (IServiceProvider sp) => sp.GetRequiredService<SalesOrderCommands>();
        var created = await data.AsAdmin(sp => orders(sp).CreateAsync(input));
        Assert.True(created.IsSuccess, created.Error?.Message);
        Assert.True((await data.AsAdmin(sp => orders(sp).ConfirmAsync(created.Value))).IsSuccess);
        var order = new DeliveryScenario.OrderRef(created.Value, customer);
        var line = (await DeliveryScenario.OrderLinesAsync(data, order))[p];
        var invoiceIds = new List<Guid>();

        foreach (var quantity in new[] { 1m, 2m, 4m })
        {
            Assert.True((await DeliveryScenario.ShipAsync(data, order, data.Main, (line, quantity))).IsSuccess);
            var invoiced = await data.AsAdmin(sp => sp.GetRequiredService<OrderInvoiceCommands>().InvoiceAsync(order.Id));
            Assert.True(invoiced.IsSuccess, invoiced.Error?.Message);
            invoiceIds.Add(invoiced.Value.Id);
        }

        // Order: 7 × 6.00 = 42.00 − 1.00 line − 2.00 order discount = 39.00 net. Split by 1/7, 3/7 (cumulative), 7/7:
        // line discount 0.14, 0.29, 0.57; order discount 0.29, 0.57, 1.14 → nets 5.57, 11.14, 22.29 = 39.00.
        var nets = await data.InDb(db => db.SalesInvoices.Where(i => invoiceIds.Contains(i.Id)).OrderBy(i => i.Number)
            .Select(i => i.NetTotal).ToListAsync());
        Assert.Equal([5.57m, 11.14m, 22.29m], nets);
        Assert.Equal(39.00m, await data.InDb(db => db.SalesOrders.Where(o => o.Id == order.Id).Select(o => o.Net).SingleAsync()));
        Assert.Equal(SalesOrderStatus.Invoiced, await DeliveryScenario.StatusAsync(data, order));
    }

    private static Task<bool> SettingsAsync(InventoryTestData data, InvoiceOn invoiceOn) => data.AsAdmin(async sp =>
    {
        var saved = await sp.GetRequiredService<SalesSettingsService>().SaveAsync(new SalesSettingsInput
        {
            TaxRounding = TaxRounding.PerLine, DiscountApprovalPercent = 20m, InvoiceOn = invoiceOn,
        });
        Assert.True(saved.IsSuccess, saved.Error?.Message);
        return true;
    });
}

/// <summary>The credit check counts what the customer owes on invoices, not only open orders.</summary>
public class CreditExposureTests(ErpAppFactory app) : IClassFixture<ErpAppFactory>
{
    [Fact]
    public async Task AnUnpaidInvoice_TakesTheCustomerOverTheLimit_UntilItIsPaid()
    {
        var data = await InventoryTestData.CreateAsync(app);
        var p = await data.ProductAsync("CRED", 5m); // price 10.00, 16 % tax
        await data.PostAsync(new Erp.Data.Inventory.StockChange(p, data.Main, 10m, Erp.Domain.Inventory.MovementKind.Receipt, 5m));
        var input = CustomerTestKit.Input("Limited Customer");
        input.CreditLimit = 100m;
        var customer = await app.CreateAsync(data.Tenant, input);
        var invoice = await data.AsAdmin(sp => sp.GetRequiredService<Erp.Web.Features.Sales.Invoices.InvoiceCommands>().CreateAndPostAsync(
            new Erp.Web.Features.Sales.Invoices.InvoiceInput
            {
                CustomerId = customer,
                Lines = [new Erp.Web.Features.Sales.Invoices.InvoiceLineInput { Description = "Consulting", Quantity = 1m, UnitPrice = 80m, TaxRatePercent = 0m }],
            }));
        Assert.True(invoice.IsSuccess, invoice.Error?.Message);
        var orders = (IServiceProvider sp) => sp.GetRequiredService<SalesOrderCommands>();

        // 80.00 owed + 2 × 10.00 × 1.16 = 23.20 on order = 103.20 > 100.
        var first = await data.AsAdmin(sp => orders(sp).CreateAsync(DeliveryScenario.OrderInput(data, customer, (p, 2m))));
        var waiting = await data.AsAdmin(sp => orders(sp).ConfirmAsync(first.Value));
        Assert.Equal(ConfirmOutcome.AwaitingApproval, waiting.Value);

        var methods = await data.AsAdmin(sp => sp.GetRequiredService<Erp.Web.Features.Sales.Payments.PaymentMethodService>().ListAsync(true));
        var paid = await data.AsAdmin(sp => sp.GetRequiredService<Erp.Web.Features.Sales.Receivables.PaymentCommands>().RecordAsync(
            new Erp.Web.Features.Sales.Receivables.PaymentInput
            {
                CustomerId = customer, MethodId = methods.Value[0].Id, Amount = 80m,
                Allocations = [new Erp.Web.Features.Sales.Receivables.AllocationInput { InvoiceId = invoice.Value.Id, Amount = 80m }],
            }));
        Assert.True(paid.IsSuccess, paid.Error?.Message);

        // Paid: 0 owed; the waiting order counts only once approved; 23.20 ≤ 100.
        var second = await data.AsAdmin(sp => orders(sp).CreateAsync(DeliveryScenario.OrderInput(data, customer, (p, 2m))));
        var confirmed = await data.AsAdmin(sp => orders(sp).ConfirmAsync(second.Value));
        Assert.Equal(ConfirmOutcome.Confirmed, confirmed.Value);
    }
}
