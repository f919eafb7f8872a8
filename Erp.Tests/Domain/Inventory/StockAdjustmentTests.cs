using Erp.Domain.Common;
using Erp.Domain.Inventory;
using Erp.Domain.Inventory.Adjustments;
using Erp.Domain.Platform.Documents;

namespace Erp.Tests.Domain.Inventory;

public class StockAdjustmentTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    private static StockAdjustment Draft(AdjustmentKind kind = AdjustmentKind.Adjustment, decimal quantity = -3m, decimal currentCost = 2m)
    {
        var adjustment = new StockAdjustment(kind, Guid.NewGuid(),
            new StockAdjustmentHeader(Guid.NewGuid(), Guid.NewGuid(), "Loss", new DateOnly(2026, 11, 23), null), "author", At);
        adjustment.SetLines([new StockAdjustmentLineData(Guid.NewGuid(), Guid.NewGuid(), quantity, null, quantity, null, currentCost)]);
        return adjustment;
    }

    [Theory]
    [InlineData(6.01, false)]
    [InlineData(6, true)]
    [InlineData(0, true)]
    public void NeedsApproval_AtOrAboveTheThreshold_OrAlwaysWhenItIsZero(decimal threshold, bool expected) =>
        Assert.Equal(expected, Draft().NeedsApproval(threshold)); // 3 units at 2.00 = 6.00

    [Fact]
    public void Approve_BySubmitter_IsRefused_ByAnotherUser_Posts()
    {
        var adjustment = Draft();
        Assert.True(adjustment.Submit("clerk", At).IsSuccess);

        Assert.Equal(InventoryDocumentErrors.SelfApproval, adjustment.Post("clerk", At).Error);
        Assert.True(adjustment.Post("manager", At).IsSuccess);
        Assert.Equal(StockAdjustmentStatus.Posted, adjustment.Status);
        Assert.Equal("manager", adjustment.ApprovedBy);
        var changes = adjustment.TakeStatusChanges();
        Assert.Equal("Approved", changes[^1].Reason);
    }

    [Fact]
    public void Reject_NeedsAReason_AndReturnsToDraft_WhichCanBeEditedAgain()
    {
        var adjustment = Draft();
        adjustment.Submit("clerk", At);

        Assert.Equal(DocumentErrors.ReasonRequired, adjustment.Reject("manager", At, " ").Error);
        Assert.True(adjustment.Reject("manager", At, "Recount").IsSuccess);
        Assert.Equal(StockAdjustmentStatus.Draft, adjustment.Status);
        Assert.Null(adjustment.SubmittedBy);
        adjustment.SetLines([new StockAdjustmentLineData(Guid.NewGuid(), Guid.NewGuid(), -1m, null, -1m, null, 2m)]);
        Assert.Equal(2m, adjustment.Value);
    }

    [Fact]
    public void SubmittedOrPosted_CannotBeEdited_OrCancelled()
    {
        var adjustment = Draft();
        adjustment.Submit("clerk", At);

        Assert.Throws<DomainException>(() => adjustment.SetLines([]));
        Assert.False(adjustment.Cancel("clerk", At, "No").IsSuccess);
    }

    [Fact]
    public void Scrap_RefusesIncreases_AndCostsOnlyGoWithIncreases()
    {
        Assert.Equal(InventoryDocumentErrors.ScrapIncreases, Assert.Throws<DomainException>(() => Draft(AdjustmentKind.Scrap, 2m)).Error);
        Assert.Equal(InventoryDocumentErrors.CostOnDecrease, Assert.Throws<DomainException>(() =>
            Draft().SetLines([new StockAdjustmentLineData(Guid.NewGuid(), Guid.NewGuid(), -1m, 5m, -1m, 5m, 2m)])).Error);
        Assert.Equal(DocumentTypes.Scrap, Draft(AdjustmentKind.Scrap, -1m).DocumentType);
    }

    [Fact]
    public void Value_UsesTheLinesOwnCostForIncreases_AndRecordedValuesOncePosted()
    {
        var adjustment = Draft();
        var found = new StockAdjustmentLineData(Guid.NewGuid(), Guid.NewGuid(), 2m, 24m, 24m, 2m, 9m);
        adjustment.SetLines([found]);
        Assert.Equal(48m, adjustment.Value); // 24 base units at 2.0000, not the current 9.00

        adjustment.RecordPostedValues(new Dictionary<Guid, decimal> { [adjustment.Lines[0].Id] = 47.99m });
        Assert.Equal(47.99m, adjustment.Value);
    }
}
