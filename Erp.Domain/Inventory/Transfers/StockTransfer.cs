using Erp.Domain.Common;
using Erp.Domain.Platform.Documents;

namespace Erp.Domain.Inventory.Transfers;

/// <summary>
/// Moves stock between two locations of one organization: shipped stock waits in the organization's in-transit
/// location until it is received (possibly in several parts) or the transfer is closed and the rest written off.
/// Stock itself only changes through the ledger; this document records what moved and at what value.
/// </summary>
public sealed class StockTransfer : Document<TransferStatus>
{
    public const int MaxLines = 500;

    public static readonly StateMachine<TransferStatus> StateMachine = new StateMachine<TransferStatus>("transfer")
        .Allow(TransferStatus.Draft, TransferStatus.Shipped, TransferStatus.Cancelled)
        .Allow(TransferStatus.Shipped, TransferStatus.PartiallyReceived, TransferStatus.Received, TransferStatus.Closed)
        .Allow(TransferStatus.PartiallyReceived, TransferStatus.PartiallyReceived, TransferStatus.Received, TransferStatus.Closed);

    private readonly List<StockTransferLine> _lines = [];

    private StockTransfer() { }

    public StockTransfer(Guid organizationId, TransferRoute route, DateOnly date, string? note, string currency,
        IReadOnlyList<TransferLineInput> lines, string? userId, DateTimeOffset at)
        : base(TransferStatus.Draft, userId, at)
    {
        OrganizationId = organizationId;
        Currency = Common.Currency.Normalize(currency);
        ExchangeRate = 1m;
        Apply(route, date, note, lines);
    }

    public override string DocumentType => DocumentTypes.StockTransfer;

    protected override StateMachine<TransferStatus> Transitions => StateMachine;

    public Guid OrganizationId { get; private set; }
    public Guid FromLocationId { get; private set; }
    public Guid ToLocationId { get; private set; }
    public DateOnly DocumentDate { get; private set; }
    public string? Note { get; private set; }

    /// <summary>Values are at cost, in the organization's base currency (rate 1).</summary>
    public string Currency { get; private set; } = "";
    public decimal ExchangeRate { get; private set; }

    public DateTimeOffset? ShippedAt { get; private set; }
    public DateTimeOffset? ReceivedAt { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }
    public string? CloseReason { get; private set; }

    public IReadOnlyList<StockTransferLine> Lines => _lines;

    public bool IsInTransit => Status is TransferStatus.Shipped or TransferStatus.PartiallyReceived;

    /// <summary>Replaces the header and lines of a draft; the caller removes the old line rows it returns.</summary>
    public IReadOnlyList<StockTransferLine> UpdateDraft(TransferRoute route, DateOnly date, string? note, IReadOnlyList<TransferLineInput> lines)
    {
        if (Status != TransferStatus.Draft)
        {
            throw new DomainException(TransferErrors.NotDraft);
        }

        var removed = _lines.ToList();
        Apply(route, date, note, lines);
        return removed;
    }

    public static Result CheckRoute(TransferRoute route)
    {
        if (route.FromIsTransit || route.ToIsTransit)
        {
            return TransferErrors.TransitLocation;
        }

        if (route.FromLocationId == route.ToLocationId)
        {
            return TransferErrors.SameLocation;
        }

        return route.FromOrganizationId != route.ToOrganizationId ? TransferErrors.OtherOrganization : Result.Success();
    }

    public Result CheckShip() =>
        Status == TransferStatus.Draft ? Result.Success() : TransferErrors.CannotShip(Status);

    /// <summary>Records what left the source (per line, base quantity and value at cost) and moves to Shipped.</summary>
    public Result Ship(IReadOnlyList<TransferLineMove> moves, string? userId, DateTimeOffset at)
    {
        var check = CheckShip();
        if (!check.IsSuccess)
        {
            return check;
        }

        foreach (var line in _lines)
        {
            var move = moves.Single(m => m.LineId == line.Id);
            line.Shipped(move.Quantity, move.Value);
        }

        ShippedAt = at;
        return MoveTo(TransferStatus.Shipped, userId, at);
    }

    /// <summary>Checks received quantities (base unit, per line id): none negative, at least one, none beyond what is in transit.</summary>
    public Result CheckReceipt(IReadOnlyDictionary<Guid, decimal> quantities)
    {
        if (!IsInTransit)
        {
            return TransferErrors.CannotReceive(Status);
        }

        if (quantities.Keys.Any(id => _lines.All(l => l.Id != id)))
        {
            return TransferErrors.UnknownLine;
        }

        if (quantities.Values.Any(q => q < 0m))
        {
            return TransferErrors.NegativeReceipt;
        }

        if (quantities.Values.All(q => q == 0m))
        {
            return TransferErrors.NothingToReceive;
        }

        foreach (var line in _lines)
        {
            if (quantities.TryGetValue(line.Id, out var quantity) && quantity > line.Outstanding)
            {
                return TransferErrors.ReceivedTooMuch(line.ProductSku, line.Outstanding, quantity);
            }
        }

        return Result.Success();
    }

    /// <summary>Records what arrived; Received once nothing is outstanding, else PartiallyReceived.</summary>
    public Result Receive(IReadOnlyList<TransferLineMove> moves, string? userId, DateTimeOffset at)
    {
        var check = CheckReceipt(moves.ToDictionary(m => m.LineId, m => m.Quantity));
        if (!check.IsSuccess)
        {
            return check;
        }

        foreach (var move in moves.Where(m => m.Quantity > 0m))
        {
            _lines.Single(l => l.Id == move.LineId).Received(move.Quantity, move.Value);
        }

        var complete = _lines.All(l => l.Outstanding == 0m);
        ReceivedAt = at;
        var quantity = moves.Sum(m => m.Quantity);
        return MoveTo(complete ? TransferStatus.Received : TransferStatus.PartiallyReceived, userId, at,
            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Received {quantity:0.####} {(quantity == 1m ? "unit" : "units")}"));
    }

    public Result CheckClose(string? reason)
    {
        var check = StateMachine.Check(Status, TransferStatus.Closed);
        if (!check.IsSuccess)
        {
            return check;
        }

        return string.IsNullOrWhiteSpace(reason) ? DocumentErrors.ReasonRequired : Result.Success();
    }

    /// <summary>Closes the transfer; <paramref name="losses"/> are what was still in transit, written off.</summary>
    public Result Close(string? reason, IReadOnlyList<TransferLineMove> losses, string? userId, DateTimeOffset at)
    {
        var check = CheckClose(reason);
        if (!check.IsSuccess)
        {
            return check;
        }

        foreach (var loss in losses)
        {
            var line = _lines.Single(l => l.Id == loss.LineId);
            if (loss.Quantity != line.Outstanding)
            {
                throw new InvalidOperationException("A transit loss must write off exactly what is outstanding.");
            }

            line.Lost(loss.Quantity, loss.Value);
        }

        CloseReason = Text.Required(reason, 500, "Reason");
        ClosedAt = at;
        return MoveTo(TransferStatus.Closed, userId, at, CloseReason, reasonRequired: true);
    }

    public Result Cancel(string? reason, string? userId, DateTimeOffset at)
    {
        if (Status == TransferStatus.Cancelled)
        {
            return DocumentErrors.IllegalTransition("transfer", "Cancelled", "Cancelled");
        }

        var check = StateMachine.Check(Status, TransferStatus.Cancelled);
        if (!check.IsSuccess)
        {
            return new Error("transfers.cannot_cancel", "Only a draft transfer can be cancelled: stock has already left the source. Close it instead.");
        }

        return MoveTo(TransferStatus.Cancelled, userId, at, reason?.Trim(), reasonRequired: true);
    }

    private void Apply(TransferRoute route, DateOnly date, string? note, IReadOnlyList<TransferLineInput> lines)
    {
        var routeCheck = CheckRoute(route);
        if (!routeCheck.IsSuccess)
        {
            throw new DomainException(routeCheck.Error!);
        }

        if (lines.Count == 0)
        {
            throw new DomainException(InventoryErrors.NoLines);
        }

        if (lines.Count > MaxLines)
        {
            throw new DomainException(Error.Validation($"A transfer can have at most {MaxLines} lines."));
        }

        FromLocationId = route.FromLocationId;
        ToLocationId = route.ToLocationId;
        DocumentDate = date;
        Note = Text.Optional(note, 1000, "Note");
        var fresh = lines.Select((l, i) => new StockTransferLine(Id, i + 1, l)).ToList();
        _lines.Clear();
        _lines.AddRange(fresh);
    }
}

/// <summary>The two ends of a transfer, as the service looked them up.</summary>
public sealed record TransferRoute(Guid FromLocationId, Guid FromOrganizationId, bool FromIsTransit,
    Guid ToLocationId, Guid ToOrganizationId, bool ToIsTransit);
