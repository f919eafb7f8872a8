using Erp.Domain.Common;
using Erp.Domain.Platform.Documents;

namespace Erp.Domain.Inventory.Counts;

/// <summary>
/// An inventory count (cycle count with a category, full count without) of one location, with or without its
/// sub-locations. Starting it freezes the expected quantities; posting adjusts each counted line by
/// counted − expected, so movements made after the freeze stay in stock.
/// </summary>
public sealed class StockCount : Document<StockCountStatus>
{
    public static readonly StateMachine<StockCountStatus> Table = new StateMachine<StockCountStatus>("stock count")
        .Allow(StockCountStatus.Draft, StockCountStatus.InProgress, StockCountStatus.Cancelled)
        .Allow(StockCountStatus.InProgress, StockCountStatus.Review, StockCountStatus.Cancelled)
        .Allow(StockCountStatus.Review, StockCountStatus.Posted, StockCountStatus.InProgress, StockCountStatus.Cancelled);

    private readonly List<StockCountLine> _lines = [];

    private StockCount() { }

    public StockCount(Guid organizationId, string currency, CountScope scope, DateOnly countDate, string? note, string? userId,
        DateTimeOffset at) : base(StockCountStatus.Draft, userId, at)
    {
        OrganizationId = organizationId;
        Currency = Common.Currency.Normalize(currency);
        ExchangeRate = 1m;
        Apply(scope, countDate, note);
    }

    public override string DocumentType => DocumentTypes.StockCount;

    protected override StateMachine<StockCountStatus> Transitions => Table;

    public Guid OrganizationId { get; private set; }
    public Guid LocationId { get; private set; }
    public bool IncludeSubLocations { get; private set; }

    /// <summary>Cycle count of one category (and its sub-categories); null = every product (full count).</summary>
    public Guid? CategoryId { get; private set; }

    public DateOnly CountDate { get; private set; }
    public string? Note { get; private set; }

    /// <summary>The organization's base currency: counts are valued at stock cost, so the rate is always 1.</summary>
    public string Currency { get; private set; } = "";
    public decimal ExchangeRate { get; private set; }

    public DateTimeOffset? FrozenAt { get; private set; }
    public DateTimeOffset? PostedAt { get; private set; }

    public IReadOnlyList<StockCountLine> Lines => _lines;

    public bool IsCounting => Status is StockCountStatus.InProgress or StockCountStatus.Review;

    public Result UpdateDraft(CountScope scope, DateOnly countDate, string? note)
    {
        if (Status != StockCountStatus.Draft)
        {
            return CountErrors.NotDraft;
        }

        Apply(scope, countDate, note);
        return Result.Success();
    }

    /// <summary>Freezes the expected quantities: one line per product × location in scope with its on-hand now.</summary>
    public Result Start(IEnumerable<FrozenStock> stock, string? userId, DateTimeOffset at)
    {
        var moved = MoveTo(StockCountStatus.InProgress, userId, at);
        if (!moved.IsSuccess)
        {
            return moved;
        }

        FrozenAt = at;
        foreach (var item in stock)
        {
            _lines.Add(new StockCountLine(Id, item.ProductId, item.LocationId, item.Product, item.OnHand, addedByScan: false));
        }

        return Result.Success();
    }

    public StockCountLine? LineFor(Guid productId, Guid locationId) =>
        _lines.FirstOrDefault(l => l.ProductId == productId && l.LocationId == locationId);

    /// <summary>Adds a product that was not frozen (found while counting), expected at its on-hand when the count was frozen.</summary>
    public Result<StockCountLine> AddLine(Guid productId, Guid locationId, ProductSnapshot product, decimal expectedAtFreeze)
    {
        if (CountingRefusal() is { } refused)
        {
            return refused;
        }

        if (LineFor(productId, locationId) is { } existing)
        {
            return existing;
        }

        var line = new StockCountLine(Id, productId, locationId, product, expectedAtFreeze, addedByScan: true);
        _lines.Add(line);
        return line;
    }

    /// <summary>Sets a line's counted quantity (base unit); null clears it (not counted).</summary>
    public Result SetCounted(Guid lineId, decimal? quantity, string? userId, DateTimeOffset at)
    {
        if (CountingRefusal() is { } refused)
        {
            return refused;
        }

        var line = _lines.FirstOrDefault(l => l.Id == lineId);
        if (line is null)
        {
            return CountErrors.LineNotFound;
        }

        if (quantity < 0m)
        {
            return CountErrors.NegativeCount;
        }

        if (quantity > StockCountLine.MaxQuantity)
        {
            return CountErrors.QuantityTooLarge(StockCountLine.MaxQuantity);
        }

        line.SetCounted(quantity, userId, at);
        return Result.Success();
    }

    /// <summary>Adds <paramref name="quantity"/> to a line's count (a scan adds 1).</summary>
    public Result AddToCount(Guid lineId, decimal quantity, string? userId, DateTimeOffset at)
    {
        var line = _lines.FirstOrDefault(l => l.Id == lineId);
        return line is null ? CountErrors.LineNotFound : SetCounted(lineId, (line.CountedQuantity ?? 0m) + quantity, userId, at);
    }

    /// <summary>Counts every line nobody counted as zero ("we looked, there was none"). Returns how many.</summary>
    public Result<int> SetUncountedToZero(string? userId, DateTimeOffset at)
    {
        if (CountingRefusal() is { } refused)
        {
            return refused;
        }

        var uncounted = _lines.Where(l => l.CountedQuantity is null).ToList();
        foreach (var line in uncounted)
        {
            line.SetCounted(0m, userId, at);
        }

        return uncounted.Count;
    }

    public Result SubmitForReview(string? userId, DateTimeOffset at) =>
        CountingRefusal() ?? MoveTo(StockCountStatus.Review, userId, at);

    public Result BackToCounting(string? userId, DateTimeOffset at) =>
        Status == StockCountStatus.Posted ? CountErrors.Posted : MoveTo(StockCountStatus.InProgress, userId, at);

    /// <summary>
    /// Moves to Posted and returns the adjustments to post: counted − expected for every counted line that differs.
    /// Uncounted lines are left out (their stock does not change). Refused, changing nothing, when already posted.
    /// </summary>
    public Result<IReadOnlyList<CountAdjustment>> Post(string? userId, DateTimeOffset at)
    {
        switch (Status)
        {
            case StockCountStatus.Posted:
                return CountErrors.AlreadyPosted;
            case StockCountStatus.Cancelled:
                return CountErrors.Cancelled;
        }

        var allowed = Table.Check(Status, StockCountStatus.Posted);
        if (!allowed.IsSuccess)
        {
            return allowed.Error!;
        }

        if (!_lines.Any(l => l.CountedQuantity is not null))
        {
            return CountErrors.NothingCounted;
        }

        var moved = MoveTo(StockCountStatus.Posted, userId, at);
        if (!moved.IsSuccess)
        {
            return moved.Error!;
        }

        PostedAt = at;
        return Result.Success<IReadOnlyList<CountAdjustment>>(_lines
            .Where(l => l.Difference is { } d && d != 0m)
            .Select(l => new CountAdjustment(l, l.Difference!.Value))
            .ToList());
    }

    /// <summary>Records what the posting moved for a line.</summary>
    public static void RecordPosted(StockCountLine line, decimal quantity, decimal value) => line.MarkPosted(quantity, value);

    public Result Cancel(string? reason, string? userId, DateTimeOffset at) =>
        Status == StockCountStatus.Posted
            ? CountErrors.Posted
            : MoveTo(StockCountStatus.Cancelled, userId, at, reason?.Trim(), reasonRequired: true);

    private Error? CountingRefusal() => Status switch
    {
        StockCountStatus.Posted => CountErrors.Posted,
        StockCountStatus.Cancelled => CountErrors.Cancelled,
        StockCountStatus.Draft => CountErrors.NotCounting,
        _ => null,
    };

    private void Apply(CountScope scope, DateOnly countDate, string? note)
    {
        if (scope.LocationId == Guid.Empty)
        {
            throw new DomainException(Error.Validation("Choose the location to count."));
        }

        LocationId = scope.LocationId;
        IncludeSubLocations = scope.IncludeSubLocations;
        CategoryId = scope.CategoryId;
        CountDate = countDate;
        Note = Text.Optional(note, 500, "Note");
    }
}

/// <summary>What a count covers: a location (with or without its sub-locations) and optionally one category.</summary>
public sealed record CountScope(Guid LocationId, bool IncludeSubLocations, Guid? CategoryId);

/// <summary>On-hand of one product at one location at the moment of the freeze.</summary>
public sealed record FrozenStock(Guid ProductId, Guid LocationId, ProductSnapshot Product, decimal OnHand);

/// <summary>A stock change a posted count makes: the line and its difference (+ gain, − loss) in the base unit.</summary>
public sealed record CountAdjustment(StockCountLine Line, decimal Quantity);
