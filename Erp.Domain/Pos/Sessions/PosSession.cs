using Erp.Domain.Common;
using Erp.Domain.Platform.Documents;

namespace Erp.Domain.Pos.Sessions;

public enum PosSessionStatus
{
    Open = 1,
    Closed = 2,
}

/// <summary>When the drawer was counted.</summary>
public enum CashCountStage
{
    Opening = 1,
    Closing = 2,
}

public enum CashMovementKind
{
    /// <summary>Cash put into the drawer (change brought from the safe).</summary>
    In = 1,

    /// <summary>Cash taken out (to the safe, a supplier paid from the till).</summary>
    Out = 2,
}

/// <summary>Some notes or coins of one value counted in the drawer.</summary>
public sealed record DenominationCount(decimal Denomination, int Count)
{
    public decimal Value => Denomination * Count;
}

/// <summary>
/// A cashier's shift on one register. Opened with a float (counted by denomination or entered as an amount); every
/// sale, return and cash movement belongs to it. Closing compares the counted cash with the expected cash
/// (float + cash sales − cash refunds + cash in − cash out); a difference needs a reason.
/// </summary>
public sealed class PosSession : Document<PosSessionStatus>, IOrganizationOwned
{
    private static readonly StateMachine<PosSessionStatus> Machine = new StateMachine<PosSessionStatus>("register session")
        .Allow(PosSessionStatus.Open, PosSessionStatus.Closed);

    private readonly List<PosCashCount> _counts = [];
    private readonly List<PosCashMovement> _cashMovements = [];

    private PosSession() { }

    public PosSession(Guid organizationId, Guid registerId, Guid locationId, string currency, string cashierId, string cashierName,
        decimal openingFloat, IReadOnlyList<DenominationCount>? openingCount, DateTimeOffset at)
        : base(PosSessionStatus.Open, cashierId, at)
    {
        OrganizationId = organizationId;
        RegisterId = registerId;
        LocationId = locationId;
        Currency = Common.Currency.Normalize(currency);
        CashierId = Text.Required(cashierId, 450, "Cashier");
        CashierName = Text.Required(cashierName, 200, "Cashier name");
        OpenedAt = at;
        OpeningFloat = CountedAmount(openingFloat, openingCount);
        AddCounts(CashCountStage.Opening, openingCount);
    }

    public override string DocumentType => DocumentTypes.PosSession;
    protected override StateMachine<PosSessionStatus> Transitions => Machine;

    public Guid OrganizationId { get; private set; }
    public Guid RegisterId { get; private set; }
    public Guid LocationId { get; private set; }
    public string Currency { get; private set; } = "";
    public string CashierId { get; private set; } = "";
    public string CashierName { get; private set; } = "";
    public DateTimeOffset OpenedAt { get; private set; }
    public decimal OpeningFloat { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }
    public string? ClosedBy { get; private set; }
    public decimal? ExpectedCash { get; private set; }
    public decimal? CountedCash { get; private set; }

    /// <summary>Counted − expected: negative when cash is missing.</summary>
    public decimal? Difference { get; private set; }

    public string? DifferenceReason { get; private set; }
    public IReadOnlyList<PosCashCount> Counts => _counts;
    public IReadOnlyList<PosCashMovement> CashMovements => _cashMovements;

    public decimal CashIn => _cashMovements.Where(m => m.Kind == CashMovementKind.In).Sum(m => m.Amount);
    public decimal CashOut => _cashMovements.Where(m => m.Kind == CashMovementKind.Out).Sum(m => m.Amount);

    public Result<PosCashMovement> MoveCash(CashMovementKind kind, decimal amount, string? reason, string? userId, DateTimeOffset at)
    {
        if (Status != PosSessionStatus.Open)
        {
            return PosErrors.SessionClosed(Number);
        }

        if (!Enum.IsDefined(kind))
        {
            return Error.Validation("Choose cash in or cash out.");
        }

        if (amount <= 0m || decimal.Round(amount, 2) != amount)
        {
            return Error.Validation("The amount must be more than zero, with at most two decimals.");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return Error.Validation("Say why cash goes in or out.");
        }

        var movement = new PosCashMovement(Id, kind, amount, Text.Required(reason, 300, "Reason"), userId, at);
        _cashMovements.Add(movement);
        return movement;
    }

    /// <summary>
    /// Closes the session with the counted cash (by denomination, or an amount when <paramref name="counts"/> is empty)
    /// against <paramref name="expectedCash"/>, worked out by the caller from the session's payments and refunds.
    /// </summary>
    public Result Close(decimal expectedCash, decimal countedCash, IReadOnlyList<DenominationCount>? counts, string? reason,
        string? userId, DateTimeOffset at)
    {
        decimal counted;
        try
        {
            counted = CountedAmount(countedCash, counts);
        }
        catch (DomainException e)
        {
            return e.Error;
        }

        var difference = counted - expectedCash;
        if (difference != 0m && string.IsNullOrWhiteSpace(reason))
        {
            return PosErrors.DifferenceNeedsReason(difference);
        }

        var moved = MoveTo(PosSessionStatus.Closed, userId, at, reason?.Trim());
        if (!moved.IsSuccess)
        {
            return moved;
        }

        AddCounts(CashCountStage.Closing, counts);
        ExpectedCash = expectedCash;
        CountedCash = counted;
        Difference = difference;
        DifferenceReason = difference == 0m ? null : Text.Required(reason, 500, "Reason");
        ClosedAt = at;
        ClosedBy = userId;
        return Result.Success();
    }

    private static decimal CountedAmount(decimal amount, IReadOnlyList<DenominationCount>? counts)
    {
        if (counts is { Count: > 0 })
        {
            if (counts.Any(c => c.Count < 0 || c.Denomination <= 0m))
            {
                throw new DomainException(Error.Validation("Counts cannot be negative and each note or coin has a value above zero."));
            }

            return counts.Sum(c => c.Value);
        }

        if (amount < 0m || decimal.Round(amount, 2) != amount)
        {
            throw new DomainException(Error.Validation("The cash amount cannot be negative and has at most two decimals."));
        }

        return amount;
    }

    private void AddCounts(CashCountStage stage, IReadOnlyList<DenominationCount>? counts)
    {
        foreach (var count in (counts ?? []).Where(c => c.Count > 0))
        {
            _counts.Add(new PosCashCount(Id, stage, count.Denomination, count.Count));
        }
    }
}

/// <summary>Notes or coins of one value counted at opening or closing.</summary>
public sealed class PosCashCount : Entity, ITenantOwned, IAudited
{
    private PosCashCount() { }

    internal PosCashCount(Guid sessionId, CashCountStage stage, decimal denomination, int count)
    {
        SessionId = sessionId;
        Stage = stage;
        Denomination = denomination;
        Count = count;
    }

    public Guid TenantId { get; private set; }
    public Guid SessionId { get; private set; }
    public CashCountStage Stage { get; private set; }
    public decimal Denomination { get; private set; }
    public int Count { get; private set; }
}

/// <summary>Cash put into or taken out of the drawer during a session, with why and by whom.</summary>
public sealed class PosCashMovement : Entity, ITenantOwned, IAudited
{
    private PosCashMovement() { }

    internal PosCashMovement(Guid sessionId, CashMovementKind kind, decimal amount, string reason, string? userId, DateTimeOffset at)
    {
        SessionId = sessionId;
        Kind = kind;
        Amount = amount;
        Reason = reason;
        UserId = userId;
        At = at;
    }

    public Guid TenantId { get; private set; }
    public Guid SessionId { get; private set; }
    public CashMovementKind Kind { get; private set; }
    public decimal Amount { get; private set; }
    public string Reason { get; private set; } = "";
    public string? UserId { get; private set; }
    public DateTimeOffset At { get; private set; }
}
