using Erp.Domain.Common;
using Erp.Domain.Platform.Documents;
using Erp.Domain.Sales.Orders;

namespace Erp.Domain.Sales.Deliveries;

public enum DeliveryStatus
{
    Draft = 0,
    Posted = 1,
}

/// <summary>
/// Goods shipped for a sales order from its ship-from location: per order line, a quantity up to what remains to deliver.
/// Posting takes the reserved stock out through the ledger at its valued cost; a posted delivery is never changed (a
/// return reverses it).
/// </summary>
public sealed class Delivery : Document<DeliveryStatus>, IOrganizationOwned
{
    private static readonly StateMachine<DeliveryStatus> Machine = new StateMachine<DeliveryStatus>("delivery")
        .Allow(DeliveryStatus.Draft, DeliveryStatus.Posted);

    private readonly List<DeliveryLine> _lines = [];

    private Delivery() { }

    public Delivery(SalesOrder order, DateOnly deliveryDate, string? note, string? userId, DateTimeOffset at)
        : base(DeliveryStatus.Draft, userId, at)
    {
        OrganizationId = order.OrganizationId;
        SalesOrderId = order.Id;
        CustomerId = order.CustomerId;
        LocationId = order.LocationId;
        DeliveryDate = deliveryDate;
        Note = Text.Optional(note, 1000, "Note");
    }

    public override string DocumentType => DocumentTypes.Delivery;
    protected override StateMachine<DeliveryStatus> Transitions => Machine;

    public Guid OrganizationId { get; private set; }
    public Guid SalesOrderId { get; private set; }
    public Guid CustomerId { get; private set; }
    public Guid LocationId { get; private set; }
    public DateOnly DeliveryDate { get; private set; }
    public string? Note { get; private set; }
    public DateTimeOffset? PostedAt { get; private set; }
    public IReadOnlyList<DeliveryLine> Lines => _lines;

    /// <summary>Adds a line for <paramref name="orderLine"/> (drafts only); the order checks the quantity against what remains.</summary>
    public DeliveryLine AddLine(SalesOrderLine orderLine, decimal quantity)
    {
        if (Status != DeliveryStatus.Draft)
        {
            throw new DomainException(new Error("sales.delivery_posted", "A posted delivery cannot be changed."));
        }

        var line = new DeliveryLine(Id, _lines.Count + 1, orderLine, quantity);
        _lines.Add(line);
        return line;
    }

    public Result Post(string? userId, DateTimeOffset at)
    {
        if (_lines.Count == 0)
        {
            return new Error("sales.nothing_to_deliver", "Enter a quantity to deliver on at least one line.");
        }

        var moved = MoveTo(DeliveryStatus.Posted, userId, at);
        if (moved.IsSuccess)
        {
            PostedAt = at;
        }

        return moved;
    }
}

/// <summary>One delivered order line: the product as ordered, the quantity shipped and the stock value that left.</summary>
public sealed class DeliveryLine : Entity, ITenantOwned, IAudited
{
    private DeliveryLine() { }

    internal DeliveryLine(Guid deliveryId, int lineNumber, SalesOrderLine orderLine, decimal quantity)
    {
        if (quantity <= 0m)
        {
            throw new DomainException(PricingErrors.QuantityNotPositive);
        }

        DeliveryId = deliveryId;
        LineNumber = lineNumber;
        OrderLineId = orderLine.Id;
        ProductId = orderLine.ProductId;
        Sku = orderLine.Sku;
        ProductName = orderLine.ProductName;
        UnitCode = orderLine.UnitCode;
        Quantity = quantity;
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

    /// <summary>The stock value that left with this line (the ledger's movements), in the base currency.</summary>
    public decimal CostValue { get; private set; }

    public void SetCostValue(decimal value) => CostValue = value;
}
