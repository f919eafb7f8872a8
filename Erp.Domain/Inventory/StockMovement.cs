using Erp.Domain.Common;

namespace Erp.Domain.Inventory;

/// <summary>
/// One immutable line of the stock ledger: quantity (in the product's base unit, + in, − out) at one location, the
/// cost and value it moved at, the balance before and after, its source document and line, and the product's name and
/// SKU as they were at the time. Never updated or deleted; corrections are new movements.
/// </summary>
public sealed class StockMovement : Entity, IOrganizationOwned
{
    private StockMovement() { }

    internal StockMovement(StockLevel level, MovementKind kind, decimal quantity, decimal unitCost, decimal value,
        decimal onHandBefore, StockSource source, Guid? sourceLineId, string? note, ProductSnapshot product,
        string? userId, DateTimeOffset at)
    {
        OrganizationId = level.OrganizationId;
        ProductId = level.ProductId;
        LocationId = level.LocationId;
        Sequence = level.MovementCount;
        Kind = kind;
        Quantity = quantity;
        UnitCost = unitCost;
        Value = value;
        OnHandBefore = onHandBefore;
        OnHandAfter = onHandBefore + quantity;
        SourceType = source.DocumentType;
        SourceId = source.DocumentId;
        SourceNumber = source.Number;
        SourceLineId = sourceLineId;
        Note = note is null ? null : Text.Optional(note, 500, "Note");
        ProductName = product.Name;
        ProductSku = product.Sku;
        UserId = userId;
        OccurredAt = at;
    }

    public Guid TenantId { get; private set; }
    public Guid OrganizationId { get; private set; }
    public Guid ProductId { get; private set; }
    public Guid LocationId { get; private set; }

    /// <summary>1, 2, 3… per product × location: the order of the running balance.</summary>
    public long Sequence { get; private set; }

    public MovementKind Kind { get; private set; }
    public decimal Quantity { get; private set; }
    public decimal UnitCost { get; private set; }
    public decimal Value { get; private set; }
    public decimal OnHandBefore { get; private set; }
    public decimal OnHandAfter { get; private set; }
    public string SourceType { get; private set; } = "";
    public Guid SourceId { get; private set; }
    public string SourceNumber { get; private set; } = "";
    public Guid? SourceLineId { get; private set; }
    public string? Note { get; private set; }
    public string ProductName { get; private set; } = "";
    public string ProductSku { get; private set; } = "";
    public string? UserId { get; private set; }
    public DateTimeOffset OccurredAt { get; private set; }
}

/// <summary>The document a movement comes from.</summary>
public sealed record StockSource(string DocumentType, Guid DocumentId, string Number);

/// <summary>Name and SKU of a product at the time of a movement.</summary>
public sealed record ProductSnapshot(string Name, string Sku);
