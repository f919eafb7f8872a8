using Erp.Domain.Inventory;
using Erp.Domain.Sales.Invoices;
using Erp.Domain.Sales.Orders;
using Erp.Domain.Sales.Payments;
using Erp.Tests.TestInfrastructure;
using Erp.Tests.Web.Features.Inventory;
using Erp.Tests.Web.Features.Sales.Deliveries;
using Erp.Web.Features.Sales.Invoices;
using Erp.Web.Features.Sales.Orders;
using Erp.Web.Features.Sales.Payments;
using Erp.Web.Features.Sales.Receivables;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Erp.Tests.Web.Features.Sales.Lifecycle;

/// <summary>
/// Acceptance (issue 4, lifecycle): order → partial delivery → invoice → partial payment → credit note → payment, then the
/// rest delivered, invoiced and paid; customer balance, stock and aging checked at every step.
/// Worked by hand (tax 16 %, the standard default rate; prices are twice the cost: DA 8.00, DB 20.00; invoicing on delivery):
/// order 6 DA + 2 DB = 48.00 + 40.00 = 88.00 net, 14.08 tax, 102.08 gross.
/// Invoice 1 (4 DA delivered, dated 40 days ago, no payment terms so due that day): 32.00 + 5.12 = 37.12 → 31–60 days bucket.
/// Payment 20.00 → 17.12 due. Return of 1 DA: 8.00 + 1.28 = 9.28 credited → 7.84 due. Payment 7.84 → 0.
/// Invoice 2 (2 DA + 2 DB): 16.00 + 40.00 = 56.00 + 8.96 = 64.96 → paid → the order is Paid.
/// </summary>
public class SalesLifecycleTests(ErpAppFactory app) : IClassFixture<ErpAppFactory>
{
    [Fact]
    public async Task Order_PartialDelivery_Invoice_PartialPayment_CreditNote_Payment_AndTheRest_KeepBalanceStockAndAgingRight()
    {
        var (data, order, a, b) = await DeliveryScenario.ConfirmedOrderAsync(app);
        var customer = order.CustomerId;
        var lines = await DeliveryScenario.OrderLinesAsync(data, order);
        var today = DateOnly.FromDateTime(DateTime.Today);
        var orderGross = await data.InDb(db => db.SalesOrders.Where(o => o.Id == order.Id).Select(o => o.Gross).SingleAsync());
        Assert.Equal(102.08m, orderGross);
        await AssertPositionAsync(data, customer, balance: 0m, aging31To60: 0m);

        // Partial delivery: 4 of 6 DA; 2 DA stay reserved as the backorder.
        Assert.True((await DeliveryScenario.ShipAsync(data, order, data.Main, (lines[a], 4m))).IsSuccess);
        Assert.Equal((6m, 2m), await DeliveryScenario.LevelAsync(data, a, data.Main));
        await AssertPositionAsync(data, customer, balance: 0m, aging31To60: 0m);

        // Invoice what was delivered, dated 40 days ago.
        var first = await data.AsAdmin(sp => sp.GetRequiredService<OrderInvoiceCommands>().InvoiceAsync(order.Id, DateTime.Today.AddDays(-40)));
        Assert.True(first.IsSuccess, first.Error?.Message);
        var invoice1 = await InvoiceAsync(data, first.Value.Id);
        Assert.Equal((32.00m, 5.12m, 37.12m), (invoice1.NetTotal, invoice1.TaxTotal, invoice1.GrossTotal));
        Assert.Equal(SalesOrderStatus.PartiallyInvoiced, await DeliveryScenario.StatusAsync(data, order));
        await AssertPositionAsync(data, customer, balance: 37.12m, aging31To60: 37.12m);

        // Nothing more is delivered, so nothing more can be invoiced (the tenant invoices on delivery).
        var undelivered = await data.AsAdmin(sp => sp.GetRequiredService<OrderInvoiceCommands>().InvoiceAsync(order.Id));
        Assert.Equal("sales.nothing_delivered", undelivered.Error!.Code);

        // Partial payment.
        Assert.True((await PayAsync(data, customer, 20.00m, first.Value.Id)).IsSuccess);
        Assert.Equal(SalesInvoiceStatus.PartiallyPaid, (await InvoiceAsync(data, first.Value.Id)).Status);
        await AssertPositionAsync(data, customer, balance: 17.12m, aging31To60: 17.12m);

        // Credit note: one DA comes back to Main at its cost.
        var lineOfA = invoice1.Lines.Single().Id;
        var credit = await data.AsAdmin(sp => sp.GetRequiredService<CreditNoteCommands>().CreateAsync(new CreditNoteInput
        {
            InvoiceId = first.Value.Id, Kind = CreditNoteKind.Return, ReturnLocationId = data.Main, Reason = "Damaged in transit",
            Lines = [new CreditNoteLineInput { InvoiceLineId = lineOfA, Quantity = 1m }],
        }));
        Assert.True(credit.IsSuccess, credit.Error?.Message);
        Assert.Equal((7m, 2m), await DeliveryScenario.LevelAsync(data, a, data.Main));
        await AssertPositionAsync(data, customer, balance: 7.84m, aging31To60: 7.84m);

        // The rest is paid.
        Assert.True((await PayAsync(data, customer, 7.84m, first.Value.Id)).IsSuccess);
        Assert.Equal(SalesInvoiceStatus.Paid, (await InvoiceAsync(data, first.Value.Id)).Status);
        await AssertPositionAsync(data, customer, balance: 0m, aging31To60: 0m);
        Assert.Equal(SalesOrderStatus.PartiallyInvoiced, await DeliveryScenario.StatusAsync(data, order));

        // The backorder ships, is invoiced and paid: the order is done.
        Assert.True((await DeliveryScenario.ShipAsync(data, order, data.Main, (lines[a], 2m), (lines[b], 2m))).IsSuccess);
        var second = await data.AsAdmin(sp => sp.GetRequiredService<OrderInvoiceCommands>().InvoiceAsync(order.Id));
        Assert.True(second.IsSuccess, second.Error?.Message);
        var invoice2 = await InvoiceAsync(data, second.Value.Id);
        Assert.Equal((56.00m, 8.96m, 64.96m), (invoice2.NetTotal, invoice2.TaxTotal, invoice2.GrossTotal));
        Assert.Equal(SalesOrderStatus.Invoiced, await DeliveryScenario.StatusAsync(data, order));
        await AssertPositionAsync(data, customer, balance: 64.96m, aging31To60: 0m);

        Assert.True((await PayAsync(data, customer, 64.96m, second.Value.Id)).IsSuccess);
        Assert.Equal(SalesOrderStatus.Paid, await DeliveryScenario.StatusAsync(data, order));
        await AssertPositionAsync(data, customer, balance: 0m, aging31To60: 0m);
        Assert.Equal((5m, 0m), await DeliveryScenario.LevelAsync(data, a, data.Main)); // 10 − 4 + 1 − 2
        Assert.Equal((3m, 0m), await DeliveryScenario.LevelAsync(data, b, data.Main)); // 5 − 2
        await data.AssertLedgerBalancesAsync();

        async Task AssertPositionAsync(InventoryTestData d, Guid customerId, decimal balance, decimal aging31To60)
        {
            var position = await d.AsAdmin(sp => sp.GetRequiredService<ReceivableQueries>().BalanceAsync(customerId));
            Assert.Equal(balance, position.Value.Balance);
            var aging = await d.AsAdmin(sp => sp.GetRequiredService<ReceivableQueries>().AgingTotalsAsync(new AgingQuery(today)));
            Assert.Equal(aging31To60, aging.Value.Days31To60);
            Assert.Equal(balance, aging.Value.Total);
        }
    }

    private static Task<SalesInvoice> InvoiceAsync(InventoryTestData data, Guid id) =>
        data.InDb(db => db.SalesInvoices.AsNoTracking().Include(i => i.Lines).SingleAsync(i => i.Id == id));

    private static async Task<Erp.Domain.Common.Result<InvoicePosted>> PayAsync(InventoryTestData data, Guid customer, decimal amount, Guid invoice)
    {
        var methods = await data.AsAdmin(sp => sp.GetRequiredService<PaymentMethodService>().ListAsync(activeOnly: true));
        var transfer = methods.Value.First(m => m.Kind == PaymentMethodKind.BankTransfer);
        return await data.AsAdmin(sp => sp.GetRequiredService<PaymentCommands>().RecordAsync(new PaymentInput
        {
            CustomerId = customer, MethodId = transfer.Id, Amount = amount, Reference = "Bank",
            Allocations = [new AllocationInput { InvoiceId = invoice, Amount = amount }],
        }));
    }
}
