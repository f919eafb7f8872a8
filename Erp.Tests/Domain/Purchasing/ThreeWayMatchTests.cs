using Erp.Domain.Purchasing.Bills;

namespace Erp.Tests.Domain.Purchasing;

public class ThreeWayMatchTests
{
    private static SupplierBillLineData Line(decimal quantity, decimal price, decimal received, decimal billedBefore = 0m, decimal orderPrice = 10m) =>
        new(Guid.NewGuid(), Guid.NewGuid(), "SKU-1", "Widget", quantity, price, 0m, new OrderLineFigures(10m, received, billedBefore, orderPrice));

    [Fact]
    public void BillingExactlyWhatWasReceived_AtTheOrderPrice_HasNoIssue() =>
        Assert.Null(ThreeWayMatch.IssueOf(Line(6m, 10m, received: 6m), 0m));

    [Fact]
    public void BillingMoreThanReceived_CountingEarlierBills_IsAnIssue() =>
        Assert.Equal("SKU-1: billed 7 but received 6 (ordered 10)", ThreeWayMatch.IssueOf(Line(3m, 10m, received: 6m, billedBefore: 4m), 0m));

    [Theory]
    [InlineData(10.20, 2, null)]
    [InlineData(10.21, 2, "SKU-1: billed at 10.21 but ordered at 10.00")]
    [InlineData(9.79, 2, "SKU-1: billed at 9.79 but ordered at 10.00")]
    [InlineData(10.01, 0, "SKU-1: billed at 10.01 but ordered at 10.00")]
    public void ThePriceMayDifferByTheTolerance(decimal price, decimal tolerance, string? issue) =>
        Assert.Equal(issue, ThreeWayMatch.IssueOf(Line(1m, price, received: 1m), tolerance));

    [Fact]
    public void AFreeLine_HasNothingToMatch() =>
        Assert.Null(ThreeWayMatch.IssueOf(new SupplierBillLineData(null, null, null, "Freight", 1m, 25m, 0m, null), 0m));

    [Fact]
    public void ABillWithAnIssue_HoldsItself_WithEveryLinesReason()
    {
        var supplier = new BillSupplier(Guid.NewGuid(), "SUP-1", "Acme");
        var header = new SupplierBillHeader("INV-1", new DateOnly(2026, 11, 1), new DateOnly(2026, 12, 1), null, "USD", 1m, Guid.NewGuid(), "PO-1", null);
        var bill = new SupplierBill(Guid.NewGuid(), supplier, header,
            [Line(8m, 10m, received: 6m), Line(1m, 12m, received: 1m), new SupplierBillLineData(null, null, null, "Freight", 1m, 5m, 0m, null)],
            0m, "u", DateTimeOffset.UtcNow);

        Assert.Equal(SupplierBillStatus.Held, bill.Status);
        Assert.Equal("SKU-1: billed 8 but received 6 (ordered 10); SKU-1: billed at 12.00 but ordered at 10.00", bill.HoldReason);
        Assert.Equal(97.00m, bill.AmountDue);
        Assert.False(bill.IsPayable);
    }
}
