using Erp.Domain.Purchasing.Orders;
using Erp.Tests.TestInfrastructure;
using Microsoft.EntityFrameworkCore;

namespace Erp.Tests.Web.Features.Purchasing;

public class PurchasingTestKitTests(ErpAppFactory app) : IClassFixture<ErpAppFactory>
{
    [Fact]
    public async Task SentOrder_IsNumberedSentAndCountsArrivals()
    {
        var kit = await PurchasingTestKit.CreateAsync(app);
        var product = await kit.ProductAsync("KIT-1", 2m);
        var supplier = await kit.SupplierAsync("SUP-K", "Kit Supplies");
        await kit.SupplierProductAsync(supplier, product, 2.5m);

        var order = await kit.SentOrderAsync(supplier, [(product, 10m, 2.5m)], taxRatePercent: 10m);
        await kit.MarkArrivedAsync(order.OrderId, new LineArrival(order.LineIds[0], 4m, 1m));

        var saved = await kit.InDb(db => db.PurchaseOrders.Include(o => o.Lines).SingleAsync(o => o.Id == order.OrderId));
        Assert.StartsWith("PO-", saved.Number, StringComparison.Ordinal);
        Assert.Equal(PurchaseOrderStatus.PartiallyReceived, saved.Status);
        Assert.Equal((25.00m, 2.50m, 27.50m), (saved.NetTotal, saved.TaxTotal, saved.GrossTotal));
        Assert.Equal((4m, 1m), (saved.Lines[0].ReceivedQuantity, saved.Lines[0].RejectedQuantity));
    }
}
