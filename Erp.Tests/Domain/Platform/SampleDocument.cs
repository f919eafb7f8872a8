using Erp.Domain.Platform.Documents;

namespace Erp.Tests.Domain.Platform;

public enum SampleStatus
{
    Draft = 1,
    Confirmed = 2,
    Posted = 3,
    Cancelled = 4,
}

/// <summary>A minimal document used to test the shared document pattern.</summary>
public sealed class SampleDocument : Document<SampleStatus>
{
    public static readonly StateMachine<SampleStatus> Table = new StateMachine<SampleStatus>("sample document")
        .Allow(SampleStatus.Draft, SampleStatus.Confirmed, SampleStatus.Cancelled)
        .Allow(SampleStatus.Confirmed, SampleStatus.Posted, SampleStatus.Cancelled);

    private SampleDocument() { }

    public SampleDocument(string? userId, DateTimeOffset at) : base(SampleStatus.Draft, userId, at) { }

    public override string DocumentType => "Sample";

    protected override StateMachine<SampleStatus> Transitions => Table;
}
