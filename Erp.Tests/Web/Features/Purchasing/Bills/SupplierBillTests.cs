using Erp.Domain.Common;
using Erp.Domain.Purchasing.Bills;
using Erp.Domain.Purchasing.Orders;
using Erp.Tests.TestInfrastructure;
using Erp.Web.Features.Purchasing.Bills;
using Erp.Web.Features.Purchasing.Payables;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Erp.Tests.Web.Features.Purchasing.Bills;

public class SupplierBillTests(ErpAppFactory app) : IClassFixture<ErpAppFactory>
{
    private static Task<SupplierBill> BillAsync(PayablesTestKit kit, Guid id) =>
        kit.Kit.InDb(db => db.SupplierBills.Include(b => b.Lines).SingleAsync(b => b.Id == id));

    private static Task<PurchaseOrder> OrderAsync(PayablesTestKit kit, Guid id) =>
        kit.Kit.InDb(db => db.PurchaseOrders.Include(o => o.Lines).SingleAsync(o => o.Id == id));

    private static Task<SupplierBalance> BalanceAsync(PayablesTestKit kit, Guid supplier) =>
        kit.Kit.As(kit.Accountant, async sp => (await sp.GetRequiredService<PayableQueries>().BalanceAsync(supplier)).Value);

    [Fact]
    public async Task BillingExactlyTheReceivedQuantity_AtTheOrderPrice_IsOpen_AndBillsTheOrder()
    {
        var kit = await PayablesTestKit.CreateAsync(app);
        var supplier = await kit.Kit.SupplierAsync("SUP-B1", "Acme Supplies");
        var order = await kit.ReceivedOrderAsync(supplier, "BILL-A", 10m, 2.5m, received: 10m);

        var recorded = await kit.RecordAsync(PayablesTestKit.OrderBill(supplier, order, "INV-100", 10m, 2.5m));

        Assert.True(recorded.IsSuccess, recorded.Error?.Message);
        Assert.False(recorded.Value.Held);
        var bill = await BillAsync(kit, recorded.Value.Id);
        Assert.StartsWith("BILL-", bill.Number, StringComparison.Ordinal);
        Assert.Equal(SupplierBillStatus.Open, bill.Status);
        Assert.Equal((25.00m, 25.00m, "USD", 1m), (bill.GrossTotal, bill.AmountDue, bill.Currency, bill.ExchangeRate));
        Assert.Equal((10m, 10m, 0m, 2.5m), (bill.Lines[0].OrderedQuantity, bill.Lines[0].ReceivedQuantity, bill.Lines[0].PreviouslyBilledQuantity,
            bill.Lines[0].OrderUnitPrice));
        Assert.Null(bill.Lines[0].MatchIssue);
        var saved = await OrderAsync(kit, order.OrderId);
        Assert.Equal(10m, saved.Lines[0].BilledQuantity);
        Assert.Equal(PurchaseOrderStatus.Billed, saved.Status);
        Assert.Equal(25.00m, (await BalanceAsync(kit, supplier)).Owed);
    }

    [Fact]
    public async Task BillingMoreThanReceived_IsHeldWithTheReason_AndASecondBillForTheSameGoodsIsHeldToo()
    {
        var kit = await PayablesTestKit.CreateAsync(app);
        var supplier = await kit.Kit.SupplierAsync("SUP-B2", "Acme Supplies");
        var order = await kit.ReceivedOrderAsync(supplier, "BILL-B", 10m, 4m, received: 6m);

        var over = await kit.RecordAsync(PayablesTestKit.OrderBill(supplier, order, "INV-200", 8m, 4m));
        Assert.True(over.IsSuccess, over.Error?.Message);
        Assert.True(over.Value.Held);
        var held = await BillAsync(kit, over.Value.Id);
        Assert.Equal(SupplierBillStatus.Held, held.Status);
        Assert.Equal("BILL-B: billed 8 but received 6 (ordered 10)", held.HoldReason);

        // The held bill's 8 are on the order: billing the 6 received again is 14 against 6 received.
        var again = await kit.RecordAsync(PayablesTestKit.OrderBill(supplier, order, "INV-201", 6m, 4m));
        Assert.True(again.Value.Held);
        Assert.Equal("BILL-B: billed 14 but received 6 (ordered 10)", again.Value.HoldReason);
        Assert.Equal(14m, (await OrderAsync(kit, order.OrderId)).Lines[0].BilledQuantity);

        // Held bills are not owed yet.
        var balance = await BalanceAsync(kit, supplier);
        Assert.Equal((0m, 56.00m, 2), (balance.Owed, balance.Held, balance.HeldBills));
    }

    [Theory]
    [InlineData(10.20, false)] // exactly 2 % above: within the tolerance
    [InlineData(9.80, false)] // exactly 2 % below
    [InlineData(10.21, true)] // above the tolerance
    public async Task BilledPrice_IsCheckedAgainstTheTolerance(decimal price, bool held)
    {
        var kit = await PayablesTestKit.CreateAsync(app, priceTolerance: 2m);
        var supplier = await kit.Kit.SupplierAsync("SUP-B3", "Acme Supplies");
        var order = await kit.ReceivedOrderAsync(supplier, "BILL-C", 5m, 10m, received: 5m);

        var recorded = await kit.RecordAsync(PayablesTestKit.OrderBill(supplier, order, "INV-300", 5m, price));

        Assert.True(recorded.IsSuccess, recorded.Error?.Message);
        Assert.Equal(held, recorded.Value.Held);
        var bill = await BillAsync(kit, recorded.Value.Id);
        Assert.Equal(held ? SupplierBillStatus.Held : SupplierBillStatus.Open, bill.Status);
        Assert.Equal(held ? "BILL-C: billed at 10.21 but ordered at 10.00" : null, bill.HoldReason);
    }

    [Fact]
    public async Task Approving_AHeldBill_OpensIt_AndItCountsInTheBalance()
    {
        var kit = await PayablesTestKit.CreateAsync(app);
        var supplier = await kit.Kit.SupplierAsync("SUP-B4", "Acme Supplies");
        var order = await kit.ReceivedOrderAsync(supplier, "BILL-D", 10m, 3m, received: 10m);
        var recorded = await kit.RecordAsync(PayablesTestKit.OrderBill(supplier, order, "INV-400", 10m, 3.3m));
        Assert.True(recorded.Value.Held);

        var approved = await kit.Kit.As(kit.Accountant, sp => sp.GetRequiredService<SupplierBillCommands>().ApproveAsync(recorded.Value.Id, "Price rise agreed"));

        Assert.True(approved.IsSuccess, approved.Error?.Message);
        var bill = await BillAsync(kit, recorded.Value.Id);
        Assert.Equal(SupplierBillStatus.Open, bill.Status);
        Assert.NotNull(bill.ApprovedAt);
        Assert.Equal("BILL-D: billed at 3.30 but ordered at 3.00", bill.HoldReason);
        var balance = await BalanceAsync(kit, supplier);
        Assert.Equal((33.00m, 0m, 1), (balance.Owed, balance.Held, balance.OpenBills));

        var twice = await kit.Kit.As(kit.Accountant, sp => sp.GetRequiredService<SupplierBillCommands>().ApproveAsync(recorded.Value.Id));
        Assert.False(twice.IsSuccess);
    }

    [Fact]
    public async Task Rejecting_AHeldBill_CancelsIt_AndTakesItsQuantitiesOffTheOrder()
    {
        var kit = await PayablesTestKit.CreateAsync(app);
        var supplier = await kit.Kit.SupplierAsync("SUP-B5", "Acme Supplies");
        var order = await kit.ReceivedOrderAsync(supplier, "BILL-E", 10m, 2m, received: 4m);
        var recorded = await kit.RecordAsync(PayablesTestKit.OrderBill(supplier, order, "INV-500", 7m, 2m));
        Assert.True(recorded.Value.Held);
        Assert.Equal(7m, (await OrderAsync(kit, order.OrderId)).Lines[0].BilledQuantity);

        var commands = (IServiceProvider sp) => sp.GetRequiredService<SupplierBillCommands>();
        var noReason = await kit.Kit.As(kit.Accountant, sp => commands(sp).RejectAsync(recorded.Value.Id, " "));
        Assert.False(noReason.IsSuccess);
        var rejected = await kit.Kit.As(kit.Accountant, sp => commands(sp).RejectAsync(recorded.Value.Id, "Only 4 arrived"));

        Assert.True(rejected.IsSuccess, rejected.Error?.Message);
        Assert.Equal(SupplierBillStatus.Cancelled, (await BillAsync(kit, recorded.Value.Id)).Status);
        Assert.Equal(0m, (await OrderAsync(kit, order.OrderId)).Lines[0].BilledQuantity);

        // The draft for the next bill offers the 4 received again.
        var draft = await kit.Kit.As(kit.Accountant, sp => sp.GetRequiredService<BillDraftQueries>().FromOrderAsync(order.OrderId));
        Assert.Equal([(order.LineIds[0], 4m, 2m)], draft.Value.Input.Lines.Select(l => (l.OrderLineId!.Value, l.Quantity, l.UnitPrice)));
    }

    [Fact]
    public async Task CancellingAnOpenUnpaidBill_TakesItsQuantitiesOffTheOrder()
    {
        var kit = await PayablesTestKit.CreateAsync(app);
        var supplier = await kit.Kit.SupplierAsync("SUP-B6", "Acme Supplies");
        var order = await kit.ReceivedOrderAsync(supplier, "BILL-F", 10m, 2m, received: 5m);
        var id = await kit.RecordedAsync(PayablesTestKit.OrderBill(supplier, order, "INV-600", 5m, 2m));

        var cancelled = await kit.Kit.As(kit.Accountant, sp => sp.GetRequiredService<SupplierBillCommands>().CancelAsync(id, "Entered twice"));

        Assert.True(cancelled.IsSuccess, cancelled.Error?.Message);
        Assert.Equal(SupplierBillStatus.Cancelled, (await BillAsync(kit, id)).Status);
        Assert.Equal(0m, (await OrderAsync(kit, order.OrderId)).Lines[0].BilledQuantity);
    }

    [Fact]
    public async Task Draft_FromAnOrder_OffersWhatWasReceivedAndNotBilled_AtTheOrderPrice()
    {
        var kit = await PayablesTestKit.CreateAsync(app);
        var supplier = await kit.Kit.SupplierAsync("SUP-B7", "Acme Supplies");
        var first = await kit.Kit.ProductAsync("DRAFT-1", 1m);
        var second = await kit.Kit.ProductAsync("DRAFT-2", 1m);
        var order = await kit.Kit.SentOrderAsync(supplier, [(first, 10m, 1.25m), (second, 5m, 8m)], taxRatePercent: 10m);
        await kit.Kit.MarkArrivedAsync(order.OrderId, new LineArrival(order.LineIds[0], 6m, 0m), new LineArrival(order.LineIds[1], 5m, 0m));
        await kit.RecordedAsync(PayablesTestKit.OrderBill(supplier, order, "INV-700", 2m, 1.25m));

        var draft = await kit.Kit.As(kit.Accountant, sp => sp.GetRequiredService<BillDraftQueries>().FromOrderAsync(order.OrderId));

        Assert.True(draft.IsSuccess, draft.Error?.Message);
        Assert.Equal(order.Number, draft.Value.OrderNumber);
        Assert.Equal([("DRAFT-1", 4m, 1.25m, 10m, 6m, 2m), ("DRAFT-2", 5m, 8m, 5m, 5m, 0m)],
            draft.Value.Input.Lines.Select(l => (l.Sku!, l.Quantity, l.UnitPrice, l.Ordered!.Value, l.Received!.Value, l.BilledBefore!.Value)));
        Assert.All(draft.Value.Input.Lines, l => Assert.Equal(10m, l.TaxRatePercent));

        // Recording the draft as it is passes the match.
        draft.Value.Input.SupplierInvoiceNumber = "INV-701";
        var recorded = await kit.RecordAsync(draft.Value.Input);
        Assert.False(recorded.Value.Held);
        Assert.Equal(49.50m, (await BillAsync(kit, recorded.Value.Id)).GrossTotal); // (4 × 1.25 + 5 × 8) × 1.10 = 45 × 1.10
    }

    [Fact]
    public async Task DuplicateSupplierInvoiceNumber_IsRefused_ButAnotherSupplierMayUseIt()
    {
        var kit = await PayablesTestKit.CreateAsync(app, requireOrder: false);
        var acme = await kit.Kit.SupplierAsync("SUP-B8", "Acme Supplies");
        var other = await kit.Kit.SupplierAsync("SUP-B9", "Other Supplies");
        await kit.RecordedAsync(PayablesTestKit.FreeBill(acme, "INV-800", 100m, "2026-11-01", "2026-12-01"));

        var duplicate = await kit.RecordAsync(PayablesTestKit.FreeBill(acme, " INV-800 ", 50m, "2026-11-02", "2026-12-02"));

        Assert.False(duplicate.IsSuccess);
        Assert.Equal("payables.duplicate_invoice", duplicate.Error!.Code);
        Assert.Contains("INV-800", duplicate.Error.Message, StringComparison.Ordinal);
        Assert.Equal(1, await kit.Kit.InDb(db => db.SupplierBills.CountAsync()));
        Assert.True((await kit.RecordAsync(PayablesTestKit.FreeBill(other, "INV-800", 50m, "2026-11-02", "2026-12-02"))).IsSuccess);
    }

    [Fact]
    public async Task ABillWithoutAnOrder_IsRefusedWhenTheTenantRequiresOne()
    {
        var kit = await PayablesTestKit.CreateAsync(app, requireOrder: true);
        var supplier = await kit.Kit.SupplierAsync("SUP-B10", "Acme Supplies");

        var refused = await kit.RecordAsync(PayablesTestKit.FreeBill(supplier, "INV-900", 100m, "2026-11-01", "2026-12-01"));

        Assert.False(refused.IsSuccess);
        Assert.Equal(SupplierBillCommands.OrderRequired, refused.Error);
        Assert.Equal("This tenant requires bills to match a purchase order.", refused.Error!.Message);
        Assert.Equal(0, await kit.Kit.InDb(db => db.SupplierBills.CountAsync()));
    }

    [Fact]
    public async Task ABillWithoutAnOrder_IsOpenWhenTheTenantDoesNotRequireOne_DueByThePaymentTerm()
    {
        var kit = await PayablesTestKit.CreateAsync(app, requireOrder: false);
        var supplier = await kit.Kit.SupplierAsync("SUP-B11", "Acme Supplies");
        var term = await kit.Kit.InDb(async db =>
        {
            var net30 = new Erp.Domain.Sales.Customers.PaymentTerm("Net 30 (bills)", 30);
            db.PaymentTerms.Add(net30);
            var s = await db.Suppliers.SingleAsync(x => x.Id == supplier);
            s.Update(new Erp.Domain.Purchasing.Suppliers.SupplierFields(s.Name, null, null, null, null, null, net30.Id, "USD", 7));
            await db.SaveChangesAsync();
            return net30.Id;
        });
        Assert.NotEqual(Guid.Empty, term);
        var input = PayablesTestKit.FreeBill(supplier, "INV-1000", 120m, "2026-11-10", "2026-11-10");
        input.DueDate = null;

        var id = await kit.RecordedAsync(input);

        var bill = await BillAsync(kit, id);
        Assert.Equal((SupplierBillStatus.Open, new DateOnly(2026, 12, 10), "Net 30 (bills)"), (bill.Status, bill.DueDate, bill.PaymentTermName));
        Assert.Null(bill.PurchaseOrderId);
    }

    [Fact]
    public async Task ACurrencyTheTenantDoesNotUse_AndAnOrderOfAnotherSupplier_AreRefused()
    {
        var kit = await PayablesTestKit.CreateAsync(app, requireOrder: false);
        var supplier = await kit.Kit.SupplierAsync("SUP-B12", "Acme Supplies");
        var other = await kit.Kit.SupplierAsync("SUP-B13", "Other Supplies");
        var order = await kit.ReceivedOrderAsync(other, "BILL-G", 1m, 1m, received: 1m);

        var currency = await kit.RecordAsync(PayablesTestKit.FreeBill(supplier, "INV-1100", 10m, "2026-11-01", "2026-12-01", "JPY", 0.0065m));
        var wrongOrder = await kit.RecordAsync(PayablesTestKit.OrderBill(supplier, order, "INV-1101", 1m, 1m));

        Assert.Contains("does not use JPY", currency.Error!.Message, StringComparison.Ordinal);
        Assert.Contains("Choose a purchase order of Acme Supplies", wrongOrder.Error!.Message, StringComparison.Ordinal);
        Assert.Equal(0, await kit.Kit.InDb(db => db.SupplierBills.CountAsync()));
    }

    [Fact]
    public async Task AStorekeeperCannotBill_NorABuyerApprove()
    {
        var kit = await PayablesTestKit.CreateAsync(app);
        var supplier = await kit.Kit.SupplierAsync("SUP-B14", "Acme Supplies");
        var order = await kit.ReceivedOrderAsync(supplier, "BILL-H", 2m, 1m, received: 2m);

        var refused = await kit.RecordAsync(PayablesTestKit.OrderBill(supplier, order, "INV-1200", 5m, 1m), kit.Kit.Storekeeper);
        var held = await kit.RecordAsync(PayablesTestKit.OrderBill(supplier, order, "INV-1201", 5m, 1m));
        var buyer = await kit.Kit.As(kit.Kit.Buyer, sp => sp.GetRequiredService<SupplierBillCommands>().ApproveAsync(held.Value.Id));

        Assert.Equal(CommonErrors.Forbidden, refused.Error);
        Assert.Equal(CommonErrors.Forbidden, buyer.Error);
        Assert.Equal(SupplierBillStatus.Held, (await BillAsync(kit, held.Value.Id)).Status);
    }

    [Fact]
    public async Task AnotherTenantsBill_IsNotFound()
    {
        var kit = await PayablesTestKit.CreateAsync(app);
        var supplier = await kit.Kit.SupplierAsync("SUP-B15", "Acme Supplies");
        var order = await kit.ReceivedOrderAsync(supplier, "BILL-I", 2m, 1m, received: 1m);
        var id = (await kit.RecordAsync(PayablesTestKit.OrderBill(supplier, order, "INV-1300", 2m, 1m))).Value.Id;
        var other = await PayablesTestKit.CreateAsync(app);

        var get = await other.Kit.As(other.Accountant, sp => sp.GetRequiredService<SupplierBillQueries>().GetAsync(id));
        var approve = await other.Kit.As(other.Accountant, sp => sp.GetRequiredService<SupplierBillCommands>().ApproveAsync(id));
        var list = await other.Kit.As(other.Accountant, sp => sp.GetRequiredService<SupplierBillQueries>().ListAsync(new BillListQuery(), 0, 25));

        Assert.Equal(SupplierBillCommands.NotFound, get.Error);
        Assert.Equal(SupplierBillCommands.NotFound, approve.Error);
        Assert.Equal(0, list.Value.Total);
        Assert.Equal(SupplierBillStatus.Held, (await BillAsync(kit, id)).Status);
    }

    [Fact]
    public async Task AHeldBill_NotifiesTheBillApprovers_AndAnOpenOneDoesNot()
    {
        var kit = await PayablesTestKit.CreateAsync(app);
        var supplier = await kit.Kit.SupplierAsync("SUP-B17", "Acme Supplies");
        var order = await kit.ReceivedOrderAsync(supplier, "BILL-K", 10m, 1m, received: 5m);
        await kit.RecordedAsync(PayablesTestKit.OrderBill(supplier, order, "N-1", 5m, 1m));
        var held = await kit.RecordAsync(PayablesTestKit.OrderBill(supplier, order, "N-2", 1m, 1m));

        var notes = await kit.Kit.InDb(db => db.Notifications.Where(n => n.Link == SupplierBillQueries.DetailUrl(held.Value.Id))
            .Select(n => n.UserId).ToListAsync());
        Assert.Contains(kit.Accountant, notes);
        Assert.DoesNotContain(kit.Kit.Buyer, notes);
        Assert.Equal(notes.Count, await kit.Kit.InDb(db => db.Notifications.CountAsync(n => n.Link != null && n.Link.StartsWith("/purchasing/bills/"))));
    }

    [Fact]
    public async Task BillsExcel_HasTheFilteredRows()
    {
        var kit = await PayablesTestKit.CreateAsync(app, requireOrder: false);
        var supplier = await kit.Kit.SupplierAsync("SUP-B18", "Acme Supplies");
        await kit.RecordedAsync(PayablesTestKit.FreeBill(supplier, "X-1", 100m, "2026-11-01", "2026-12-01"));
        await kit.RecordedAsync(PayablesTestKit.FreeBill(supplier, "X-2", 40.5m, "2026-11-02", "2026-12-20"));
        var client = app.CreateHttpsClient();
        await HttpLogin.LoginAsync(client, kit.Kit.Data.Tenant.AdminEmail);

        var response = await client.GetAsync($"/purchasing/bills/export.xlsx?search=&status=Open&supplier={supplier}&dueBefore=2026-12-10&sort=number&desc=false");

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        using var workbook = new ClosedXML.Excel.XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        var rows = workbook.Worksheet(1).RowsUsed().Skip(1)
            .Select(r => (r.Cell(4).GetString(), r.Cell(7).GetString(), r.Cell(10).GetValue<decimal>(), r.Cell(12).GetValue<decimal>())).ToList();
        Assert.Equal([("Open", "X-1", 100m, 100m)], rows);
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, (await client.GetAsync("/purchasing/bills/export.xlsx?status=Waiting")).StatusCode);
    }

    [Fact]
    public async Task List_FiltersHeldBills_AndSearchesTheSupplierInvoiceNumber()
    {
        var kit = await PayablesTestKit.CreateAsync(app);
        var supplier = await kit.Kit.SupplierAsync("SUP-B16", "Acme Supplies");
        var order = await kit.ReceivedOrderAsync(supplier, "BILL-J", 10m, 1m, received: 5m);
        await kit.RecordedAsync(PayablesTestKit.OrderBill(supplier, order, "ACME-77", 5m, 1m));
        await kit.RecordedAsync(PayablesTestKit.OrderBill(supplier, order, "ACME-78", 1m, 1m));
        var queries = (IServiceProvider sp) => sp.GetRequiredService<SupplierBillQueries>();

        var held = await kit.Kit.As(kit.Accountant, sp => queries(sp).ListAsync(new BillListQuery(Status: SupplierBillStatus.Held), 0, 25));
        var search = await kit.Kit.As(kit.Accountant, sp => queries(sp).ListAsync(new BillListQuery(Search: "acme-77"), 0, 25));

        Assert.Equal(["ACME-78"], held.Value.Items.Select(r => r.SupplierInvoiceNumber));
        Assert.Equal([(SupplierBillStatus.Open, 5.00m)], search.Value.Items.Select(r => (r.Status, r.Due)));
    }
}
