using Erp.Domain.Common;
using Erp.Domain.Platform.Documents;

namespace Erp.Domain.Sales.Deliveries;

public enum DeliveryStatus
{
    Draft = 0,
    Shipped = 1,
    Cancelled = 2,
}

/// <summary>
/// Goods picked for a sales order and shipped from one location. A draft is the pick list; shipping takes the stock out
/// through the ledger and records the delivered quantities on the order. What the order still lacks is its backorder.
/// </summary>
public sealed class Delivery : Document<DeliveryStatus>, IOrganizationOwned
{
    private static readonly StateMachine<DeliveryStatus> Machine = new StateMachine<DeliveryStatus>("delivery")
        .Allow(DeliveryStatus.Draft, DeliveryStatus.Shipped, DeliveryStatus.Cancelled);

    private readonly List<DeliveryLine> _lines = [];

    private Delivery() { }

    public Delivery(Guid organizationId, Guid salesOrderId, Guid customerId, DeliveryHeader header, string? userId, DateTimeOffset at)
        : base(DeliveryStatus.Draft, userId, at)
    {
        OrganizationId = organizationId;
        SalesOrderId = salesOrderId;
        CustomerId = customerId;
        Apply(header);
    }

    public override string DocumentType => DocumentTypes.Delivery;
    protected override StateMachine<DeliveryStatus> Transitions => Machine;

    public Guid OrganizationId { get; private set; }
    public Guid SalesOrderId { get; private set; }
    public Guid CustomerId { get; private set; }
    public Guid LocationId { get; private set; }
    public DateOnly DeliveryDate { get; private set; }
    public string? Carrier { get; private set; }
    public string? TrackingNumber { get; private set; }
    public string? Note { get; private set; }
    public DateTimeOffset? ShippedAt { get; private set; }
    public IReadOnlyList<DeliveryLine> Lines => _lines;

    /// <summary>Value of the shipped stock at its valued cost (zero until shipped).</summary>
    public decimal CostValue => _lines.Sum(l => l.CostValue);

    /// <summary>Replaces every line (drafts only); at least one line, every quantity above zero.</summary>
    public Result SetLines(IReadOnlyList<DeliveryLineData> lines)
    {
        EnsureDraft();
        if (lines.Count == 0)
        {
            return DeliveryErrors.NoLines;
        }

        if (lines.FirstOrDefault(l => l.Quantity <= 0m) is { } bad)
        {
            return DeliveryErrors.QuantityNotPositive(bad.Sku);
        }

        _lines.Clear();
        var number = 0;
        foreach (var line in lines)
        {
            _lines.Add(new DeliveryLine(Id, ++number, line));
        }

        return Result.Success();
    }

    /// <summary>Draft → Shipped; the caller posts the stock and records each line's cost in the same transaction.</summary>
    public Result Ship(string? userId, DateTimeOffset at)
    {
        if (Status == DeliveryStatus.Draft && _lines.Count == 0)
        {
            return DeliveryErrors.NoLines;
        }

        var moved = MoveTo(DeliveryStatus.Shipped, userId, at);
        if (moved.IsSuccess)
        {
            ShippedAt = at;
        }

        return moved;
    }

    public Result Cancel(string? userId, DateTimeOffset at, string? reason) =>
        MoveTo(DeliveryStatus.Cancelled, userId, at, reason?.Trim(), reasonRequired: true);

    public void Edit(DeliveryHeader header)
    {
        EnsureDraft();
        Apply(header);
    }

    private void Apply(DeliveryHeader header)
    {
        LocationId = header.LocationId;
        DeliveryDate = header.DeliveryDate;
        Carrier = Text.Optional(header.Carrier, 100, "Carrier");
        TrackingNumber = Text.Optional(header.TrackingNumber, 100, "Tracking number");
        Note = Text.Optional(header.Note, 1000, "Note");
    }

    private void EnsureDraft()
    {
        if (Status != DeliveryStatus.Draft)
        {
            throw new DomainException(DeliveryErrors.NotDraft(Status.ToString()));
        }
    }
}

public sealed record DeliveryHeader(Guid LocationId, DateOnly DeliveryDate, string? Carrier, string? TrackingNumber, string? Note);

/// <summary>A line to ship: the order line it serves and its product as ordered; quantity in base units.</summary>
public sealed record DeliveryLineData(Guid OrderLineId, Guid ProductId, string Sku, string ProductName, string UnitCode, decimal Quantity);

/// <summary>One line of a delivery; its cost is the value the ledger took the stock out at.</summary>
public sealed class DeliveryLine : Entity, ITenantOwned, IAudited
{
    private DeliveryLine() { }

    internal DeliveryLine(Guid deliveryId, int lineNumber, DeliveryLineData data)
    {
        DeliveryId = deliveryId;
        LineNumber = lineNumber;
        OrderLineId = data.OrderLineId;
        ProductId = data.ProductId;
        Sku = Text.Required(data.Sku, 100, "SKU");
        ProductName = Text.Required(data.ProductName, 300, "Product name");
        UnitCode = data.UnitCode;
        Quantity = data.Quantity;
    }

    public Guid TenantId { get; private set; }
    public Guid DeliveryId { get; private set; }
    public int LineNumber { get; private set; }
    public Guid OrderLineId { get; private set; }
    public Guid ProductId { get; private set; }
    public string Sku { get; private set; } = "";
    public string ProductName { get; private set; } = "";
    public string UnitCode { get; private set; } = "";
    public decimal Quantity { get; private set; }

    /// <summary>Cost per base unit the stock left at (4 decimals), set when shipped.</summary>
    public decimal UnitCost { get; private set; }

    /// <summary>Value of the stock that left (2 decimals): the sum of the ledger's movement values for this line.</summary>
    public decimal CostValue { get; private set; }

    public void RecordCost(decimal value)
    {
        CostValue = value;
        UnitCost = Inventory.Valuation.CostRounding.UnitCost(Quantity == 0m ? 0m : value / Quantity);
    }
}
