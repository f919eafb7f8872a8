using Erp.Domain.Purchasing.Orders;

namespace Erp.Tests.Domain.Purchasing;

public class PurchaseOrderBilledStatusTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void AFullyReceivedOrder_IsBilledWhenEveryLineIs_AndBackToReceivedWhenABillIsTakenBack()
    {
        var order = new PurchaseOrder(Guid.NewGuid(), new OrderSupplier(Guid.NewGuid(), "SUP-1", "Acme", null, null),
            new PurchaseOrderHeader(Guid.NewGuid(), null, new DateOnly(2026, 12, 1), null, "USD", 1m, null, null, null),
            PurchaseOrderSource.Manual, "buyer", "Buyer", At);
        order.SetLines([new(Guid.NewGuid(), "A", null, "A", 10m, 2m, 0m), new(Guid.NewGuid(), "B", null, "B", 5m, 3m, 0m)]);
        order.Submit(decimal.MaxValue, "buyer", At);
        order.MarkSent("buyer", At);
        var (a, b) = (order.Lines[0].Id, order.Lines[1].Id);
        Assert.True(order.RecordArrival([new(a, 10m, 0m), new(b, 5m, 1m)], 0m, "store", At).IsSuccess);
        Assert.Equal(PurchaseOrderStatus.Received, order.Status);

        order.RecordBilled(a, 10m, "acc", At);
        Assert.Equal(PurchaseOrderStatus.Received, order.Status);
        order.RecordBilled(b, 5m, "acc", At);
        Assert.Equal(PurchaseOrderStatus.Billed, order.Status);

        Assert.True(order.RecordBilled(b, -5m, "acc", At).IsSuccess);
        Assert.Equal(PurchaseOrderStatus.Received, order.Status);
        Assert.False(order.RecordBilled(b, -1m, "acc", At).IsSuccess);
    }
}
