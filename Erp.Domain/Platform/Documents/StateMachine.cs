using Erp.Domain.Common;

namespace Erp.Domain.Platform.Documents;

/// <summary>
/// An explicit transition table: a status moves only along a listed edge; anything else is refused with a
/// plain message. Build it once per document type (a static field) and share it.
/// </summary>
public sealed class StateMachine<TStatus> where TStatus : struct, Enum
{
    private readonly Dictionary<TStatus, HashSet<TStatus>> _edges = [];

    public StateMachine(string documentName) => DocumentName = documentName;

    public string DocumentName { get; }

    public StateMachine<TStatus> Allow(TStatus from, params TStatus[] to)
    {
        if (!_edges.TryGetValue(from, out var targets))
        {
            targets = [];
            _edges[from] = targets;
        }

        targets.UnionWith(to);
        return this;
    }

    public bool CanMove(TStatus from, TStatus to) => _edges.TryGetValue(from, out var targets) && targets.Contains(to);

    /// <summary>The statuses reachable in one step, e.g. to show only the allowed action buttons.</summary>
    public IReadOnlyList<TStatus> NextFrom(TStatus from) =>
        _edges.TryGetValue(from, out var targets) ? [.. targets.Order()] : [];

    public Result Check(TStatus from, TStatus to) =>
        CanMove(from, to)
            ? Result.Success()
            : DocumentErrors.IllegalTransition(DocumentName, from.ToString(), to.ToString());
}
