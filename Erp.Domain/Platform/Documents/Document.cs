using Erp.Domain.Common;

namespace Erp.Domain.Platform.Documents;

/// <summary>
/// Base of business documents: a number, a status moved only through <see cref="Transitions"/>, and a history row
/// per transition, saved in the same transaction as the document (the data layer collects
/// <see cref="TakeStatusChanges"/> on save).
/// </summary>
public abstract class Document<TStatus> : TenantEntity, IHasStatusHistory where TStatus : struct, Enum
{
    private readonly List<DocumentStatusChange> _pending = [];
    private (string? User, DateTimeOffset At)? _created;

    protected Document() { }

    protected Document(TStatus initial, string? userId, DateTimeOffset at)
    {
        Status = initial;
        _created = (userId, at);
    }

    public string Number { get; private set; } = "";
    public TStatus Status { get; private set; }

    /// <summary>The stable type name, one of <see cref="DocumentTypes"/>.</summary>
    public abstract string DocumentType { get; }

    protected abstract StateMachine<TStatus> Transitions { get; }

    /// <summary>Set once, from <c>DocumentNumberService.NextAsync</c> inside the saving transaction.</summary>
    public void AssignNumber(string number)
    {
        if (Number.Length > 0)
        {
            throw new DomainException(new Error("documents.numbered", "This document already has a number."));
        }

        Number = Text.Required(number, 50, "Number");
    }

    public IReadOnlyList<TStatus> AllowedNext => Transitions.NextFrom(Status);

    /// <summary>Moves the status along the table, or returns why not (and changes nothing).</summary>
    public Result MoveTo(TStatus to, string? userId, DateTimeOffset at, string? reason = null, bool reasonRequired = false)
    {
        var check = Transitions.Check(Status, to);
        if (!check.IsSuccess)
        {
            return check;
        }

        if (reasonRequired && string.IsNullOrWhiteSpace(reason))
        {
            return DocumentErrors.ReasonRequired;
        }

        _pending.Add(new DocumentStatusChange(DocumentType, Id, Status.ToString(), to.ToString(), userId, at, reason));
        Status = to;
        return Result.Success();
    }

    public IReadOnlyList<DocumentStatusChange> TakeStatusChanges()
    {
        var taken = new List<DocumentStatusChange>();
        if (_created is { } created)
        {
            // The first row is made here, not in the constructor, because DocumentType is overridden.
            taken.Add(new DocumentStatusChange(DocumentType, Id, null, _pending.Count > 0 ? _pending[0].FromStatus! : Status.ToString(),
                created.User, created.At, null));
            _created = null;
        }

        taken.AddRange(_pending);
        _pending.Clear();
        return taken;
    }
}
