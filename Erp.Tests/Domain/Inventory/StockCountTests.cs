using Erp.Domain.Inventory;
using Erp.Domain.Inventory.Counts;

namespace Erp.Tests.Domain.Inventory;

public class StockCountTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid Product = Guid.CreateVersion7();
    private static readonly Guid Shelf = Guid.CreateVersion7();

    private static StockCount Started(decimal onHand = 10m)
    {
        var count = new StockCount(Guid.CreateVersion7(), "usd", new CountScope(Shelf, true, null), new DateOnly(2026, 11, 23), null, "u", At);
        Assert.True(count.Start([new FrozenStock(Product, Shelf, new ProductSnapshot("Cola", "COLA"), onHand)], "u", At).IsSuccess);
        return count;
    }

    [Fact]
    public void Start_FreezesOneLinePerProductAndLocation_WithItsOnHand()
    {
        var count = Started(10m);

        Assert.Equal(StockCountStatus.InProgress, count.Status);
        Assert.Equal(At, count.FrozenAt);
        Assert.Equal("USD", count.Currency);
        var line = Assert.Single(count.Lines);
        Assert.Equal((10m, (decimal?)null), (line.ExpectedQuantity, line.CountedQuantity));
    }

    [Fact]
    public void Post_ReturnsCountedMinusExpected_ForCountedLinesThatDiffer_AndLeavesOutUncounted()
    {
        var count = Started(10m);
        var other = count.AddLine(Guid.CreateVersion7(), Shelf, new ProductSnapshot("Tea", "TEA"), 4m).Value;
        var same = count.AddLine(Guid.CreateVersion7(), Shelf, new ProductSnapshot("Nuts", "NUTS"), 2m).Value;
        Assert.True(count.SetCounted(count.Lines[0].Id, 7m, "u", At).IsSuccess);
        Assert.True(count.SetCounted(same.Id, 2m, "u", At).IsSuccess);
        Assert.True(count.SubmitForReview("u", At).IsSuccess);

        var adjustments = count.Post("u", At);

        Assert.Equal([-3m], adjustments.Value.Select(a => a.Quantity));
        Assert.Null(other.CountedQuantity);
        Assert.Equal(StockCountStatus.Posted, count.Status);
        Assert.Equal("counts.already_posted", count.Post("u", At).Error!.Code);
    }

    [Fact]
    public void AddToCount_AddsToTheCountedQuantity()
    {
        var count = Started();
        var line = count.Lines[0];

        count.AddToCount(line.Id, 1m, "u", At);
        count.AddToCount(line.Id, 1m, "u", At);

        Assert.Equal(2m, line.CountedQuantity);
    }

    [Fact]
    public void SetUncountedToZero_CountsOnlyTheLinesNobodyCounted()
    {
        var count = Started();
        var counted = count.AddLine(Guid.CreateVersion7(), Shelf, new ProductSnapshot("Tea", "TEA"), 4m).Value;
        count.SetCounted(counted.Id, 5m, "u", At);

        Assert.Equal(1, count.SetUncountedToZero("u", At).Value);

        Assert.Equal([0m, 5m], count.Lines.Select(l => l.CountedQuantity!.Value));
    }

    [Theory]
    [InlineData(StockCountStatus.Draft, StockCountStatus.Posted, false)]
    [InlineData(StockCountStatus.Draft, StockCountStatus.Review, false)]
    [InlineData(StockCountStatus.InProgress, StockCountStatus.Posted, false)]
    [InlineData(StockCountStatus.Review, StockCountStatus.InProgress, true)]
    [InlineData(StockCountStatus.Review, StockCountStatus.Posted, true)]
    [InlineData(StockCountStatus.Posted, StockCountStatus.Cancelled, false)]
    [InlineData(StockCountStatus.InProgress, StockCountStatus.Cancelled, true)]
    public void TransitionTable_AllowsOnlyTheDocumentedMoves(StockCountStatus from, StockCountStatus to, bool allowed) =>
        Assert.Equal(allowed, StockCount.Table.CanMove(from, to));

    [Fact]
    public void BadCounts_AreRefused_AndChangeNothing()
    {
        var count = Started();
        var line = count.Lines[0];

        Assert.Equal("counts.negative_count", count.SetCounted(line.Id, -1m, "u", At).Error!.Code);
        Assert.Equal("counts.quantity_too_large", count.SetCounted(line.Id, 2_000_000_000m, "u", At).Error!.Code);
        Assert.Equal("The count line was not found.", count.SetCounted(Guid.NewGuid(), 1m, "u", At).Error!.Message);
        Assert.Null(line.CountedQuantity);
        Assert.Equal("documents.reason_required", count.Cancel("", "u", At).Error!.Code);
        Assert.Equal(StockCountStatus.InProgress, count.Status);
    }
}
