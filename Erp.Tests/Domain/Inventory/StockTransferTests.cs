using Erp.Domain.Common;
using Erp.Domain.Inventory;
using Erp.Domain.Inventory.Transfers;
using Erp.Domain.Platform.Documents;

namespace Erp.Tests.Domain.Inventory;

public class StockTransferTests
{
    private static readonly Guid Org = Guid.CreateVersion7();
    private static readonly Guid From = Guid.CreateVersion7();
    private static readonly Guid To = Guid.CreateVersion7();
    private static readonly DateTimeOffset At = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Route_ToTheSameLocation_OrTransit_OrAnotherOrganization_IsRefused()
    {
        Assert.Equal(TransferErrors.SameLocation, StockTransfer.CheckRoute(new TransferRoute(From, Org, false, From, Org, false)).Error);
        Assert.Equal(TransferErrors.TransitLocation, StockTransfer.CheckRoute(new TransferRoute(From, Org, false, To, Org, true)).Error);
        Assert.Equal(TransferErrors.OtherOrganization, StockTransfer.CheckRoute(new TransferRoute(From, Org, false, To, Guid.CreateVersion7(), false)).Error);
        Assert.True(StockTransfer.CheckRoute(new TransferRoute(From, Org, false, To, Org, false)).IsSuccess);
    }

    [Fact]
    public void Create_WithoutLinesOrWithZeroQuantity_Throws()
    {
        Assert.Equal(InventoryErrors.NoLines, Assert.Throws<DomainException>(() => New()).Error);
        Assert.Equal(InventoryErrors.QuantityNotPositive, Assert.Throws<DomainException>(() => New(0m)).Error);
    }

    [Fact]
    public void ShipThenReceiveInParts_MovesToPartiallyReceivedThenReceived_AndRefusesMoreThanOutstanding()
    {
        var transfer = New(10m);
        var line = transfer.Lines.Single();
        Assert.True(transfer.Ship([new TransferLineMove(line.Id, 10m, 25m)], "u", At).IsSuccess);
        Assert.Equal(TransferErrors.CannotShip(TransferStatus.Shipped), transfer.CheckShip().Error);

        Assert.True(transfer.Receive([new TransferLineMove(line.Id, 4m, 10m)], "u", At).IsSuccess);
        Assert.Equal(TransferStatus.PartiallyReceived, transfer.Status);
        Assert.Equal("transfers.received_too_much", transfer.CheckReceipt(new Dictionary<Guid, decimal> { [line.Id] = 7m }).Error?.Code);
        Assert.True(transfer.Receive([new TransferLineMove(line.Id, 6m, 15m)], "u", At).IsSuccess);

        Assert.Equal(TransferStatus.Received, transfer.Status);
        Assert.Equal((10m, 25m, 0m), (line.ReceivedQuantity, line.ReceivedValue, line.Outstanding));
        Assert.Equal(TransferErrors.CannotReceive(TransferStatus.Received), transfer.CheckReceipt(new Dictionary<Guid, decimal> { [line.Id] = 1m }).Error);
        Assert.Equal("documents.illegal_transition", transfer.CheckClose("late").Error?.Code);
        var history = transfer.TakeStatusChanges().Select(c => c.ToStatus).ToList();
        Assert.Equal(["Draft", "Shipped", "PartiallyReceived", "Received"], history);
    }

    [Fact]
    public void Close_NeedsAReason_AndRecordsTheLoss()
    {
        var transfer = New(5m);
        var line = transfer.Lines.Single();
        transfer.Ship([new TransferLineMove(line.Id, 5m, 5m)], "u", At);

        Assert.Equal(DocumentErrors.ReasonRequired, transfer.CheckClose("  ").Error);
        Assert.True(transfer.Close("Stolen", [new TransferLineMove(line.Id, 5m, 5m)], "u", At).IsSuccess);

        Assert.Equal(TransferStatus.Closed, transfer.Status);
        Assert.Equal((5m, 5m, 0m, 5m), (line.LostQuantity, line.LostValue, line.Outstanding, line.Difference));
        Assert.Equal("transfers.cannot_receive", transfer.CheckReceipt(new Dictionary<Guid, decimal> { [line.Id] = 1m }).Error?.Code);
    }

    [Fact]
    public void Cancel_OnlyADraft_WithAReason()
    {
        var draft = New(1m);
        Assert.Equal(DocumentErrors.ReasonRequired, draft.Cancel(null, "u", At).Error);
        Assert.True(draft.Cancel("Duplicate", "u", At).IsSuccess);
        Assert.Equal(TransferErrors.CannotShip(TransferStatus.Cancelled), draft.CheckShip().Error);

        var shipped = New(1m);
        shipped.Ship([new TransferLineMove(shipped.Lines[0].Id, 1m, 1m)], "u", At);
        Assert.Equal("transfers.cannot_cancel", shipped.Cancel("no", "u", At).Error?.Code);
    }

    private static StockTransfer New(params decimal[] quantities) => new(Org, new TransferRoute(From, Org, false, To, Org, false),
        new DateOnly(2026, 11, 23), null, "USD",
        quantities.Select(q => new TransferLineInput(Guid.CreateVersion7(), "SKU", "Product", Guid.CreateVersion7(), "PCS", "PCS", q, q)).ToList(),
        "u", At);
}
