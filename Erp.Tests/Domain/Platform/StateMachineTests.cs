using Erp.Domain.Platform.Documents;

namespace Erp.Tests.Domain.Platform;

public class StateMachineTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Check_OfAnUnlistedTransition_IsRefusedWithAPlainMessage()
    {
        var result = SampleDocument.Table.Check(SampleStatus.Draft, SampleStatus.Posted);

        Assert.False(result.IsSuccess);
        Assert.Equal("documents.illegal_transition", result.Error!.Code);
        Assert.Equal("A sample document that is Draft cannot be moved to Posted.", result.Error.Message);
    }

    [Fact]
    public void NextFrom_ListsOnlyTheTableEdges()
    {
        Assert.Equal([SampleStatus.Confirmed, SampleStatus.Cancelled], SampleDocument.Table.NextFrom(SampleStatus.Draft));
        Assert.Empty(SampleDocument.Table.NextFrom(SampleStatus.Posted));
    }

    [Fact]
    public void MoveTo_Illegal_ChangesNothingAndRecordsNothing()
    {
        var document = new SampleDocument("u1", Now);
        document.TakeStatusChanges();

        var result = document.MoveTo(SampleStatus.Posted, "u1", Now);

        Assert.False(result.IsSuccess);
        Assert.Equal(SampleStatus.Draft, document.Status);
        Assert.Empty(document.TakeStatusChanges());
    }

    [Fact]
    public void MoveTo_Legal_RecordsOneRowPerTransitionWithWhoWhenWhy()
    {
        var document = new SampleDocument("creator", Now);

        Assert.True(document.MoveTo(SampleStatus.Confirmed, "u2", Now.AddMinutes(1)).IsSuccess);
        Assert.True(document.MoveTo(SampleStatus.Cancelled, "u3", Now.AddMinutes(2), "customer withdrew").IsSuccess);
        var rows = document.TakeStatusChanges();

        Assert.Equal(SampleStatus.Cancelled, document.Status);
        Assert.Collection(rows,
            r => Assert.Equal((null, "Draft", "creator", Now), (r.FromStatus, r.ToStatus, r.ChangedBy, r.ChangedAt)),
            r => Assert.Equal(("Draft", "Confirmed", "u2"), (r.FromStatus, r.ToStatus, r.ChangedBy)),
            r => Assert.Equal(("Confirmed", "Cancelled", "u3", "customer withdrew"), (r.FromStatus, r.ToStatus, r.ChangedBy, r.Reason)));
        Assert.All(rows, r => Assert.Equal((document.Id, "Sample"), (r.DocumentId, r.DocumentType)));
        Assert.Empty(document.TakeStatusChanges());
    }

    [Fact]
    public void MoveTo_WhenReasonRequiredAndMissing_IsRefused()
    {
        var document = new SampleDocument("u1", Now);

        var result = document.MoveTo(SampleStatus.Cancelled, "u1", Now, reason: " ", reasonRequired: true);

        Assert.Equal(DocumentErrors.ReasonRequired, result.Error);
        Assert.Equal(SampleStatus.Draft, document.Status);
    }
}
