using System.Globalization;
using Erp.Domain.Common;
using Erp.Domain.Inventory.Valuation;

namespace Erp.Domain.Inventory;

/// <summary>
/// Stock of one product (variant) at one location: on hand, reserved, value and the valuation state. Changed only
/// by <see cref="Receive"/> and <see cref="Issue"/>, which return the ledger movements to save with it, so on-hand
/// always equals the sum of the location's movements. Versioned: a concurrent change of the same row fails the save.
/// </summary>
public sealed class StockLevel : Entity, IOrganizationOwned, IVersioned
{
    private StockLevel() { }

    public StockLevel(Guid organizationId, Guid productId, Guid locationId)
    {
        OrganizationId = organizationId;
        ProductId = productId;
        LocationId = locationId;
    }

    public Guid TenantId { get; private set; }
    public Guid OrganizationId { get; private set; }
    public Guid ProductId { get; private set; }
    public Guid LocationId { get; private set; }
    public decimal OnHand { get; private set; }
    public decimal Reserved { get; private set; }
    public decimal Value { get; private set; }
    public decimal LastUnitCost { get; private set; }

    /// <summary>FIFO receipt layers still on hand, oldest first, as "quantity:cost:value;…" (empty for moving average).</summary>
    public string CostLayers { get; private set; } = "";

    /// <summary>Number of movements so far; the next movement gets this + 1 as its sequence.</summary>
    public long MovementCount { get; private set; }

    /// <summary>This location's own reorder point and quantity; null uses the product's (then the tenant default).</summary>
    public decimal? ReorderPoint { get; private set; }
    public decimal? ReorderQuantity { get; private set; }

    public DateTimeOffset? LastMovementAt { get; private set; }
    public long Version { get; private set; }

    public decimal Available => OnHand - Reserved;

    /// <summary>The current unit cost (average, or FIFO value per unit).</summary>
    public decimal UnitCost => OnHand > 0m ? CostRounding.UnitCost(Value / OnHand) : LastUnitCost;

    public StockValuation Valuation(CostingMethod method) =>
        StockValuation.Restore(method, OnHand, Value, LastUnitCost, ParseLayers(CostLayers));

    /// <summary>Stock in at <paramref name="unitCost"/>, or at <paramref name="value"/> exactly, or at the current cost.</summary>
    public IReadOnlyList<StockMovement> Receive(StockPosting posting, decimal quantity, decimal? unitCost, decimal? value)
    {
        var valuation = Valuation(posting.Method);
        var result = value is { } v ? valuation.ReceiveValued(quantity, v)
            : unitCost is { } c ? valuation.Receive(quantity, c)
            : valuation.ReceiveAtCurrentCost(quantity);
        return Apply(posting, result);
    }

    /// <summary>Stock out, valued by the costing method; refused (nothing changes) if it would go negative and may not.</summary>
    public Result<IReadOnlyList<StockMovement>> Issue(StockPosting posting, decimal quantity, string locationName)
    {
        if (quantity > OnHand && !posting.AllowNegative)
        {
            return InventoryErrors.Insufficient(posting.Product.Sku, locationName, OnHand, quantity);
        }

        return Result.Success<IReadOnlyList<StockMovement>>(Apply(posting, Valuation(posting.Method).Issue(quantity, posting.AllowNegative)));
    }

    /// <summary>Sets <paramref name="quantity"/> aside for an order; refused beyond what is available unless stock may go negative.</summary>
    public Result Reserve(decimal quantity, bool allowNegative, string sku, string locationName)
    {
        if (quantity <= 0m)
        {
            return InventoryErrors.QuantityNotPositive;
        }

        if (quantity > Available && !allowNegative)
        {
            return InventoryErrors.NotAvailable(sku, locationName, Available, quantity);
        }

        Reserved += quantity;
        return Result.Success();
    }

    /// <summary>Gives back reserved stock (an order cancelled, or delivered: the delivery issues it).</summary>
    public void Release(decimal quantity)
    {
        if (quantity <= 0m || quantity > Reserved)
        {
            throw new InvalidOperationException($"Cannot release {quantity} when {Reserved} is reserved.");
        }

        Reserved -= quantity;
    }

    public void SetReorder(decimal? reorderPoint, decimal? reorderQuantity)
    {
        if (reorderPoint < 0m || reorderQuantity < 0m)
        {
            throw new DomainException(Error.Validation("Reorder point and quantity cannot be negative."));
        }

        ReorderPoint = reorderPoint;
        ReorderQuantity = reorderQuantity;
    }

    private List<StockMovement> Apply(StockPosting posting, ValuationResult result)
    {
        var movements = new List<StockMovement>(2);
        foreach (var valued in result.Movements)
        {
            var before = OnHand;
            MovementCount++;
            OnHand += valued.Quantity;
            Value += valued.Value;
            var kind = valued.IsReconciliation ? MovementKind.CostReconciliation : posting.Kind;
            movements.Add(new StockMovement(this, kind, valued.Quantity, valued.UnitCost, valued.Value, before,
                posting.Source, posting.SourceLineId, posting.Note, posting.Product, posting.UserId, posting.At));
        }

        // The valuation state is the authority; on-hand and value above must agree with it.
        if (OnHand != result.State.Quantity || Value != result.State.Value)
        {
            throw new InvalidOperationException("Stock level and valuation disagree.");
        }

        LastUnitCost = result.State.LastUnitCost;
        CostLayers = FormatLayers(result.State.Layers);
        LastMovementAt = posting.At;
        return movements;
    }

    private static IEnumerable<CostLayer> ParseLayers(string text) =>
        text.Length == 0
            ? []
            : text.Split(';').Select(part => part.Split(':')).Select(p => new CostLayer(
                decimal.Parse(p[0], CultureInfo.InvariantCulture),
                decimal.Parse(p[1], CultureInfo.InvariantCulture),
                decimal.Parse(p[2], CultureInfo.InvariantCulture)));

    private static string FormatLayers(IReadOnlyList<CostLayer> layers) =>
        string.Join(';', layers.Select(l => string.Create(CultureInfo.InvariantCulture, $"{l.Quantity}:{l.UnitCost}:{l.Value}")));
}

/// <summary>What one posting applies to a stock level: the kind, its source and who/when.</summary>
public sealed record StockPosting(
    CostingMethod Method,
    bool AllowNegative,
    MovementKind Kind,
    StockSource Source,
    Guid? SourceLineId,
    string? Note,
    ProductSnapshot Product,
    string? UserId,
    DateTimeOffset At);
