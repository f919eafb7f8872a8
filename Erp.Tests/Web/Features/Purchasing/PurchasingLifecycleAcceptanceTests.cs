using Erp.Domain.Purchasing;
using Erp.Domain.Purchasing.Bills;
using Erp.Domain.Purchasing.Orders;
using Erp.Domain.Purchasing.Receipts;
using Erp.Domain.Purchasing.Requisitions;
using Erp.Tests.TestInfrastructure;
using Erp.Web.Features.Purchasing.Bills;
using Erp.Web.Features.Purchasing.Orders;
using Erp.Web.Features.Purchasing.Payables;
using Erp.Web.Features.Purchasing.Payments;
using Erp.Web.Features.Purchasing.Receipts;
using Erp.Web.Features.Purchasing.Requisitions;
using Erp.Web.Features.Sales.Payments;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Erp.Tests.Web.Features.Purchasing;

/// <summary>
/// Acceptance (issue 6): requisition → approval → purchase order → two partial receipts (one line partly rejected by
/// the quality check, freight on the second) → a bill with a price difference, held → approval → two payments; stock,
/// its value and moving average, the order, the supplier's balance and the payables aging are checked at every step.
/// </summary>
public class PurchasingLifecycleAcceptanceTests(ErpAppFactory app) : IClassFixture<ErpAppFactory>
{
    [Fact]
    public async Task RequisitionToPayment_StockValuationBalanceAndAgingAreRightAtEveryStep()
    {
        var kit = await PurchasingTestKit.CreateAsync(app);
        await kit.InDb(async db =>
        {
            // Requisitions from 30 and orders from 30 need approval; no price tolerance.
            db.PurchasingSettings.Add(new PurchasingSettings(PurchasingSettings.Defaults with
            {
                RequisitionApprovalThreshold = 30m, OrderApprovalThreshold = 30m,
            }));
            return await db.SaveChangesAsync();
        });
        var bolts = await kit.ProductAsync("BOLT", 2m);
        var nuts = await kit.ProductAsync("NUT", 5m);
        var supplier = await kit.SupplierAsync("SUP-LC", "Lifecycle Metals");
        await kit.SupplierProductAsync(supplier, bolts, 2m, supplierSku: "LM-B");
        await kit.SupplierProductAsync(supplier, nuts, 5m, supplierSku: "LM-N");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        // 1. The storekeeper asks for 10 bolts and 4 nuts: 10 × 2 + 4 × 5 = 40 ≥ 30, so it waits for the buyer.
        var requisition = await kit.As(kit.Storekeeper, sp => sp.GetRequiredService<RequisitionCommands>().CreateAsync(new RequisitionInput
        {
            LocationId = kit.Main, RequestDate = today, Reason = "Shelf empty",
            Lines = [new() { ProductId = bolts, Quantity = 10m }, new() { ProductId = nuts, Quantity = 4m }],
        }));
        Assert.True(requisition.IsSuccess, requisition.Error?.Message);
        var submitted = await kit.As(kit.Storekeeper, sp => sp.GetRequiredService<RequisitionCommands>().SubmitAsync(requisition.Value));
        Assert.Equal(RequisitionStatus.PendingApproval, submitted.Value);
        Assert.False((await kit.As(kit.Storekeeper, sp => sp.GetRequiredService<RequisitionCommands>().ApproveAsync(requisition.Value))).IsSuccess);
        Assert.True((await kit.As(kit.Buyer, sp => sp.GetRequiredService<RequisitionCommands>().ApproveAsync(requisition.Value))).IsSuccess);

        // 2. The buyer turns it into one order to the preferred supplier, approves and sends it.
        var orders = await kit.As(kit.Buyer, sp => sp.GetRequiredService<RequisitionCommands>().ConvertToOrdersAsync([requisition.Value]));
        Assert.True(orders.IsSuccess, orders.Error?.Message);
        var orderId = Assert.Single(orders.Value);
        var order = await OrderAsync(kit, orderId);
        // The products have no tax category of their own, so the tenant's default rate applies: 16 % of 40.00 = 6.40.
        Assert.Equal((PurchaseOrderStatus.Draft, PurchaseOrderSource.Requisition, 40.00m, 46.40m), (order.Status, order.Source, order.NetTotal, order.GrossTotal));
        Assert.Equal([("BOLT", "LM-B", 10m, 2m), ("NUT", "LM-N", 4m, 5m)],
            order.Lines.OrderBy(l => l.LineNumber).Select(l => (l.Sku, l.SupplierSku!, l.Quantity, l.UnitPrice)));
        Assert.Equal(RequisitionStatus.Ordered, await kit.InDb(db => db.PurchaseRequisitions.Where(r => r.Id == requisition.Value).Select(r => r.Status).SingleAsync()));
        Assert.True((await kit.As(kit.Buyer, sp => sp.GetRequiredService<PurchaseOrderCommands>().ApproveAsync(orderId))).IsSuccess);
        Assert.True((await kit.As(kit.Buyer, sp => sp.GetRequiredService<PurchaseOrderCommands>().SendAsync(orderId))).IsSuccess);
        Assert.Equal(PurchaseOrderStatus.Sent, (await OrderAsync(kit, orderId)).Status);
        await AssertStockAsync(kit, bolts, 0m, 0m);
        await AssertOwedAsync(kit, supplier, owed: 0m, held: 0m);
        var (boltLine, nutLine) = ((await OrderAsync(kit, orderId)).Lines.Single(l => l.Sku == "BOLT").Id, (await OrderAsync(kit, orderId)).Lines.Single(l => l.Sku == "NUT").Id);

        // 3. First delivery: 8 bolts of which 2 are crushed (rejected), and all 4 nuts.
        var first = await ReceiveAsync(kit, new ReceiveInput
        {
            OrderId = orderId, DeliveryNote = "DN-1",
            Lines = [new() { OrderLineId = boltLine, Accepted = 6m, Rejected = 2m, QualityNote = "Crushed box" }, new() { OrderLineId = nutLine, Accepted = 4m }],
        });
        order = await OrderAsync(kit, orderId);
        Assert.Equal(PurchaseOrderStatus.PartiallyReceived, order.Status);
        Assert.Equal((6m, 2m), (order.Lines.Single(l => l.Id == boltLine).ReceivedQuantity, order.Lines.Single(l => l.Id == boltLine).RejectedQuantity));
        await AssertStockAsync(kit, bolts, 6m, 12.00m);   // 6 × 2.00
        await AssertStockAsync(kit, nuts, 4m, 20.00m);    // 4 × 5.00
        Assert.StartsWith("RCV-", first.Number, StringComparison.Ordinal);

        // 4. Second delivery: the 4 bolts still due, with 2.00 freight: 4 × 2.00 + 2.00 = 10.00, i.e. 2.50 each.
        //    Bolts: 10 on hand worth 12.00 + 10.00 = 22.00, moving average 22.00 / 10 = 2.2000.
        await ReceiveAsync(kit, new ReceiveInput
        {
            OrderId = orderId, DeliveryNote = "DN-2", Basis = LandedCostBasis.ByQuantity,
            Lines = [new() { OrderLineId = boltLine, Accepted = 4m }],
            Charges = [new() { Description = "Freight", Amount = 2.00m }],
        });
        Assert.Equal(PurchaseOrderStatus.Received, (await OrderAsync(kit, orderId)).Status);
        await AssertStockAsync(kit, bolts, 10m, 22.00m);
        Assert.Equal(2.5000m, await kit.InDb(db => db.StockMovements.Where(m => m.ProductId == bolts).OrderBy(m => m.Sequence).Select(m => m.UnitCost).LastAsync()));
        Assert.Equal(2.2000m, await AverageCostAsync(kit, bolts));
        await AssertOwedAsync(kit, supplier, owed: 0m, held: 0m);
        await kit.Data.AssertLedgerBalancesAsync();

        // 5. The supplier bills bolts at 2.10 instead of 2.00: 10 × 2.10 + 4 × 5.00 = 41.00 net, tax 3.36 + 3.20 = 6.56,
        //    47.56 in all; held for the price.
        var bill = await kit.As(kit.Accountant, sp => sp.GetRequiredService<SupplierBillCommands>().RecordAsync(new BillInput
        {
            SupplierId = supplier, PurchaseOrderId = orderId, SupplierInvoiceNumber = "LM-7781", BillDate = DateTime.UtcNow.Date,
            Lines = [new() { OrderLineId = boltLine, Quantity = 10m, UnitPrice = 2.10m, TaxRatePercent = 16m },
                new() { OrderLineId = nutLine, Quantity = 4m, UnitPrice = 5m, TaxRatePercent = 16m }],
        }));
        Assert.True(bill.IsSuccess, bill.Error?.Message);
        Assert.True(bill.Value.Held);
        Assert.Contains("BOLT: billed at 2.10 but ordered at 2.00", bill.Value.HoldReason, StringComparison.Ordinal);
        await AssertOwedAsync(kit, supplier, owed: 0m, held: 47.56m);
        await AssertAgingAsync(kit, today, current: 0m, days31To60: 0m);
        await AssertStockAsync(kit, bolts, 10m, 22.00m);   // a bill does not revalue stock

        // 6. The accountant approves the difference: the bill is owed, due today (no payment term), and the order is billed.
        Assert.True((await kit.As(kit.Accountant, sp => sp.GetRequiredService<SupplierBillCommands>().ApproveAsync(bill.Value.Id, "Price rise agreed by phone"))).IsSuccess);
        Assert.Equal(SupplierBillStatus.Open, await BillStatusAsync(kit, bill.Value.Id));
        Assert.Equal(PurchaseOrderStatus.Billed, (await OrderAsync(kit, orderId)).Status);
        await AssertOwedAsync(kit, supplier, owed: 47.56m, held: 0m);
        await AssertAgingAsync(kit, today, current: 47.56m, days31To60: 0m);
        await AssertAgingAsync(kit, today.AddDays(45), current: 0m, days31To60: 47.56m);

        // 7. Paid in two parts: 15.00, then the 32.56 left; the paid order closes.
        var method = await kit.InDb(async db =>
        {
            await PaymentMethodService.EnsureStandardAsync(db, default);
            await db.SaveChangesAsync();
            return await db.PaymentMethods.Where(m => m.Kind == Erp.Domain.Sales.Payments.PaymentMethodKind.BankTransfer).Select(m => m.Id).FirstAsync();
        });
        Assert.False((await PayAsync(kit, supplier, method, 47.57m)).IsSuccess);   // more than owed
        Assert.True((await PayAsync(kit, supplier, method, 15.00m)).IsSuccess);
        Assert.Equal(SupplierBillStatus.PartiallyPaid, await BillStatusAsync(kit, bill.Value.Id));
        await AssertOwedAsync(kit, supplier, owed: 32.56m, held: 0m);
        await AssertAgingAsync(kit, today, current: 32.56m, days31To60: 0m);
        Assert.True((await PayAsync(kit, supplier, method, 32.56m)).IsSuccess);
        Assert.Equal(SupplierBillStatus.Paid, await BillStatusAsync(kit, bill.Value.Id));
        Assert.Equal(PurchaseOrderStatus.Closed, (await OrderAsync(kit, orderId)).Status);
        await AssertOwedAsync(kit, supplier, owed: 0m, held: 0m);
        await AssertAgingAsync(kit, today, current: 0m, days31To60: 0m);
        await AssertStockAsync(kit, bolts, 10m, 22.00m);
        await AssertStockAsync(kit, nuts, 4m, 20.00m);
        await kit.Data.AssertLedgerBalancesAsync();
    }

    private static async Task<PurchaseReceiptPosted> ReceiveAsync(PurchasingTestKit kit, ReceiveInput input)
    {
        var received = await kit.As(kit.Storekeeper, sp => sp.GetRequiredService<PurchaseReceiptCommands>().ReceiveAsync(input));
        Assert.True(received.IsSuccess, received.Error?.Message);
        return received.Value;
    }

    private static Task<Erp.Domain.Common.Result<SupplierPaymentRecorded>> PayAsync(PurchasingTestKit kit, Guid supplier, Guid method, decimal amount) =>
        kit.As(kit.Accountant, sp => sp.GetRequiredService<SupplierPaymentCommands>().PayAsync(new SupplierPaymentInput
        {
            SupplierId = supplier, MethodId = method, Amount = amount, Date = DateTime.UtcNow.Date, Reference = "Transfer",
        }));

    private static Task<PurchaseOrder> OrderAsync(PurchasingTestKit kit, Guid id) =>
        kit.InDb(db => db.PurchaseOrders.AsNoTracking().Include(o => o.Lines).SingleAsync(o => o.Id == id));

    private static Task<SupplierBillStatus> BillStatusAsync(PurchasingTestKit kit, Guid id) =>
        kit.InDb(db => db.SupplierBills.Where(b => b.Id == id).Select(b => b.Status).SingleAsync());

    private static async Task AssertStockAsync(PurchasingTestKit kit, Guid product, decimal onHand, decimal value)
    {
        var level = await kit.InDb(db => db.StockLevels.AsNoTracking().Where(l => l.ProductId == product).Select(l => new { l.OnHand, l.Value }).ToListAsync());
        Assert.Equal((onHand, value), (level.Sum(l => l.OnHand), level.Sum(l => l.Value)));
    }

    private static Task<decimal> AverageCostAsync(PurchasingTestKit kit, Guid product) =>
        kit.InDb(async db =>
        {
            var level = await db.StockLevels.AsNoTracking().SingleAsync(l => l.ProductId == product);
            return Erp.Domain.Inventory.Valuation.CostRounding.UnitCost(level.Value / level.OnHand);
        });

    private static async Task AssertOwedAsync(PurchasingTestKit kit, Guid supplier, decimal owed, decimal held)
    {
        var balance = await kit.As(kit.Accountant, sp => sp.GetRequiredService<PayableQueries>().BalanceAsync(supplier));
        Assert.True(balance.IsSuccess, balance.Error?.Message);
        Assert.Equal((owed, held), (balance.Value.Owed, balance.Value.Held));
    }

    private static async Task AssertAgingAsync(PurchasingTestKit kit, DateOnly asOf, decimal current, decimal days31To60)
    {
        var totals = await kit.As(kit.Accountant, sp => sp.GetRequiredService<PayableQueries>().AgingTotalsAsync(new PayableAgingQuery(asOf)));
        Assert.True(totals.IsSuccess, totals.Error?.Message);
        Assert.Equal((current, days31To60, current + days31To60), (totals.Value.Current, totals.Value.Days31To60, totals.Value.Total));
    }
}
