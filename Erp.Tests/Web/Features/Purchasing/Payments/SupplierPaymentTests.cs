using Erp.Domain.Common;
using Erp.Domain.Purchasing.Bills;
using Erp.Domain.Purchasing.Orders;
using Erp.Tests.TestInfrastructure;
using Erp.Tests.Web.Features.Purchasing.Bills;
using Erp.Web.Features.Purchasing.Payables;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Erp.Tests.Web.Features.Purchasing.Payments;

public class SupplierPaymentTests(ErpAppFactory app) : IClassFixture<ErpAppFactory>
{
    private static Task<(SupplierBillStatus Status, decimal Paid, decimal Due)> BillAsync(PayablesTestKit kit, Guid id) =>
        kit.Kit.InDb(async db =>
        {
            var bill = await db.SupplierBills.AsNoTracking().SingleAsync(b => b.Id == id);
            return (bill.Status, bill.PaidAmount, bill.AmountDue);
        });

    private static Task<SupplierBalance> BalanceAsync(PayablesTestKit kit, Guid supplier) =>
        kit.Kit.As(kit.Accountant, async sp => (await sp.GetRequiredService<PayableQueries>().BalanceAsync(supplier)).Value);

    [Fact]
    public async Task APartialPaymentThenAFullOne_AcrossTwoBills_SettleThem_AndTheStatementRunsByHand()
    {
        var kit = await PayablesTestKit.CreateAsync(app, requireOrder: false);
        var supplier = await kit.Kit.SupplierAsync("SUP-P1", "Acme Supplies");
        var first = await kit.RecordedAsync(PayablesTestKit.FreeBill(supplier, "A-1", 100m, "2026-11-01", "2026-12-01"));
        var second = await kit.RecordedAsync(PayablesTestKit.FreeBill(supplier, "A-2", 50m, "2026-11-05", "2026-12-05"));
        Assert.Equal(150m, (await BalanceAsync(kit, supplier)).Owed);

        var partial = await kit.PayAsync(supplier, "2026-11-10", 120m, null, (first, 100m), (second, 20m));

        Assert.True(partial.IsSuccess, partial.Error?.Message);
        Assert.StartsWith("SPAY-", partial.Value.Number, StringComparison.Ordinal);
        Assert.Equal((SupplierBillStatus.Paid, 100m, 0m), await BillAsync(kit, first));
        Assert.Equal((SupplierBillStatus.PartiallyPaid, 20m, 30m), await BillAsync(kit, second));
        Assert.Equal(30m, (await BalanceAsync(kit, supplier)).Owed);

        // No allocations: oldest first (only the second bill is left).
        var rest = await kit.PayAsync(supplier, "2026-11-20", 30m);

        Assert.True(rest.IsSuccess, rest.Error?.Message);
        Assert.Equal((SupplierBillStatus.Paid, 50m, 0m), await BillAsync(kit, second));
        var balance = await BalanceAsync(kit, supplier);
        Assert.Equal((0m, 0), (balance.Owed, balance.OpenBills));
        Assert.Equal(3, await kit.Kit.InDb(db => db.PayableAllocations.CountAsync(a => a.SupplierId == supplier)));

        var statement = (await kit.Kit.As(kit.Accountant, sp => sp.GetRequiredService<PayableQueries>()
            .StatementAsync(supplier, new DateOnly(2026, 11, 3), new DateOnly(2026, 11, 30)))).Value;
        Assert.Equal(100m, statement.OpeningBalance); // bill A-1 of the 1st
        Assert.Equal(
            [(PayableEntryKind.Bill, 0m, 50m, 150m), (PayableEntryKind.Payment, 120m, 0m, 30m), (PayableEntryKind.Payment, 30m, 0m, 0m)],
            statement.Entries.Select(e => (e.Kind, e.Debit, e.Credit, e.Balance)));
        Assert.Equal(0m, statement.ClosingBalance);
        Assert.Equal("Invoice A-2, due 2026-12-05", statement.Entries[0].Description);
    }

    [Fact]
    public async Task APaymentLargerThanTheBalance_IsRefused_NothingChanged()
    {
        var kit = await PayablesTestKit.CreateAsync(app, requireOrder: false);
        var supplier = await kit.Kit.SupplierAsync("SUP-P2", "Acme Supplies");
        var bill = await kit.RecordedAsync(PayablesTestKit.FreeBill(supplier, "B-1", 100m, "2026-11-01", "2026-12-01"));

        var oldestFirst = await kit.PayAsync(supplier, "2026-11-10", 150m);
        var allocated = await kit.PayAsync(supplier, "2026-11-10", 150m, null, (bill, 150m));

        Assert.Equal("payables.over_balance", oldestFirst.Error!.Code);
        Assert.Equal("The payment (150.00 USD) is more than the supplier is owed (100.00 USD).", oldestFirst.Error.Message);
        Assert.Equal("payables.over_balance", allocated.Error!.Code);
        Assert.Equal((SupplierBillStatus.Open, 0m, 100m), await BillAsync(kit, bill));
        Assert.Equal(0, await kit.Kit.InDb(db => db.SupplierPayments.CountAsync()));
        Assert.Equal(0, await kit.Kit.InDb(db => db.PayableAllocations.CountAsync()));
    }

    [Fact]
    public async Task AllocationsThatDoNotAddUp_MoreThanTheChosenBills_HeldBills_AndOtherSuppliersBills_AreRefused()
    {
        var kit = await PayablesTestKit.CreateAsync(app, requireOrder: false);
        var supplier = await kit.Kit.SupplierAsync("SUP-P3", "Acme Supplies");
        var other = await kit.Kit.SupplierAsync("SUP-P4", "Other Supplies");
        var small = await kit.RecordedAsync(PayablesTestKit.FreeBill(supplier, "C-1", 40m, "2026-11-01", "2026-12-01"));
        await kit.RecordedAsync(PayablesTestKit.FreeBill(supplier, "C-2", 60m, "2026-11-01", "2026-12-01"));
        var othersBill = await kit.RecordedAsync(PayablesTestKit.FreeBill(other, "C-1", 10m, "2026-11-01", "2026-12-01"));

        var notAddingUp = await kit.PayAsync(supplier, "2026-11-10", 30m, null, (small, 20m));
        var overBills = await kit.PayAsync(supplier, "2026-11-10", 50m, null, (small, 50m));
        var othersRefused = await kit.PayAsync(supplier, "2026-11-10", 10m, null, (othersBill, 10m));

        Assert.Equal("payables.not_allocated", notAddingUp.Error!.Code);
        Assert.Equal("payables.over_bills", overBills.Error!.Code);
        Assert.Contains("Allocate only to bills of Acme Supplies", othersRefused.Error!.Message, StringComparison.Ordinal);
        Assert.Equal(0, await kit.Kit.InDb(db => db.SupplierPayments.CountAsync()));
    }

    [Fact]
    public async Task AHeldBill_CannotBePaid()
    {
        var kit = await PayablesTestKit.CreateAsync(app);
        var supplier = await kit.Kit.SupplierAsync("SUP-P5", "Acme Supplies");
        var order = await kit.ReceivedOrderAsync(supplier, "PAY-H", 10m, 1m, received: 2m);
        var held = await kit.RecordedAsync(PayablesTestKit.OrderBill(supplier, order, "H-1", 5m, 1m));

        var refused = await kit.PayAsync(supplier, "2026-11-10", 5m, null, (held, 5m));

        Assert.Contains("held by the three-way match", refused.Error!.Message, StringComparison.Ordinal);
        Assert.Equal((SupplierBillStatus.Held, 0m, 5m), await BillAsync(kit, held));
    }

    [Fact]
    public async Task ABuyerCannotPay()
    {
        var kit = await PayablesTestKit.CreateAsync(app, requireOrder: false);
        var supplier = await kit.Kit.SupplierAsync("SUP-P6", "Acme Supplies");
        var bill = await kit.RecordedAsync(PayablesTestKit.FreeBill(supplier, "D-1", 10m, "2026-11-01", "2026-12-01"));

        var refused = await kit.PayAsync(supplier, "2026-11-10", 10m, kit.Kit.Buyer, (bill, 10m));

        Assert.Equal(CommonErrors.Forbidden, refused.Error);
        Assert.Equal((SupplierBillStatus.Open, 0m, 10m), await BillAsync(kit, bill));
    }

    [Fact]
    public async Task PayingTheLastBillOfABilledOrder_ClosesTheOrder()
    {
        var kit = await PayablesTestKit.CreateAsync(app);
        var supplier = await kit.Kit.SupplierAsync("SUP-P7", "Acme Supplies");
        var order = await kit.ReceivedOrderAsync(supplier, "PAY-C", 4m, 5m, received: 4m);
        var first = await kit.RecordedAsync(PayablesTestKit.OrderBill(supplier, order, "E-1", 1m, 5m));
        var second = await kit.RecordedAsync(PayablesTestKit.OrderBill(supplier, order, "E-2", 3m, 5m));
        var status = () => kit.Kit.InDb(db => db.PurchaseOrders.Where(o => o.Id == order.OrderId).Select(o => o.Status).SingleAsync());
        Assert.Equal(PurchaseOrderStatus.Billed, await status());

        Assert.True((await kit.PayAsync(supplier, "2026-11-10", 5m, null, (first, 5m))).IsSuccess);
        Assert.Equal(PurchaseOrderStatus.Billed, await status());
        Assert.True((await kit.PayAsync(supplier, "2026-11-11", 15m, null, (second, 15m))).IsSuccess);
        Assert.Equal(PurchaseOrderStatus.Closed, await status());
    }
}
