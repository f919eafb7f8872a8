using Erp.Domain.Common;
using Erp.Domain.Platform.Documents;

namespace Erp.Domain.Inventory.Receipts;

public enum GoodsReceiptStatus
{
    Draft = 0,
    Posted = 1,
    Cancelled = 2,
}

/// <summary>
/// Stock received without a purchase order: a location, a supplier reference, lines at a cost in the document's
/// currency. Posting adds the stock at cost per base unit in the organization's base currency.
/// </summary>
public sealed class GoodsReceipt : Document<GoodsReceiptStatus>, IOrganizationOwned
{
    private static readonly StateMachine<GoodsReceiptStatus> Machine = new StateMachine<GoodsReceiptStatus>("goods receipt")
        .Allow(GoodsReceiptStatus.Draft, GoodsReceiptStatus.Posted, GoodsReceiptStatus.Cancelled);

    private readonly List<GoodsReceiptLine> _lines = [];

    private GoodsReceipt() { }

    public GoodsReceipt(Guid organizationId, GoodsReceiptHeader header, string? userId, DateTimeOffset at)
        : base(GoodsReceiptStatus.Draft, userId, at)
    {
        OrganizationId = organizationId;
        Apply(header);
    }

    public override string DocumentType => DocumentTypes.GoodsReceipt;
    protected override StateMachine<GoodsReceiptStatus> Transitions => Machine;

    public Guid OrganizationId { get; private set; }
    public Guid LocationId { get; private set; }
    public DateOnly DocumentDate { get; private set; }
    public string? SupplierReference { get; private set; }
    public string Currency { get; private set; } = "";

    /// <summary>Units of the organization's base currency per unit of <see cref="Currency"/> (1 for the base currency).</summary>
    public decimal ExchangeRate { get; private set; } = 1m;

    public string? Note { get; private set; }
    public DateTimeOffset? PostedAt { get; private set; }
    public IReadOnlyList<GoodsReceiptLine> Lines => _lines;

    /// <summary>Sum of the line values, in the document's currency.</summary>
    public decimal Total => _lines.Sum(l => l.Value);

    public void Edit(GoodsReceiptHeader header)
    {
        EnsureDraft();
        Apply(header);
    }

    /// <summary>Replaces every line (drafts only). Quantities must be positive and costs not negative.</summary>
    public void SetLines(IReadOnlyList<GoodsReceiptLineData> lines)
    {
        EnsureDraft();
        _lines.Clear();
        var number = 0;
        foreach (var line in lines)
        {
            _lines.Add(new GoodsReceiptLine(Id, ++number, line));
        }
    }

    public Result Post(string? userId, DateTimeOffset at)
    {
        if (Status == GoodsReceiptStatus.Draft && _lines.Count == 0)
        {
            return InventoryErrors.NoLines;
        }

        var moved = MoveTo(GoodsReceiptStatus.Posted, userId, at);
        if (moved.IsSuccess)
        {
            PostedAt = at;
        }

        return moved;
    }

    public Result Cancel(string? userId, DateTimeOffset at, string? reason) =>
        MoveTo(GoodsReceiptStatus.Cancelled, userId, at, reason?.Trim(), reasonRequired: true);

    private void Apply(GoodsReceiptHeader header)
    {
        if (header.ExchangeRate <= 0m)
        {
            throw new DomainException(Error.Validation("The exchange rate must be greater than zero."));
        }

        LocationId = header.LocationId;
        DocumentDate = header.DocumentDate;
        SupplierReference = Text.Optional(header.SupplierReference, 100, "Supplier reference");
        Currency = Erp.Domain.Common.Currency.Normalize(header.Currency);
        ExchangeRate = header.ExchangeRate;
        Note = Text.Optional(header.Note, 1000, "Note");
    }

    private void EnsureDraft()
    {
        if (Status != GoodsReceiptStatus.Draft)
        {
            throw new DomainException(InventoryDocumentErrors.NotDraft("goods receipt", Status.ToString()));
        }
    }
}

public sealed record GoodsReceiptHeader(Guid LocationId, DateOnly DocumentDate, string? SupplierReference, string Currency,
    decimal ExchangeRate, string? Note);

/// <summary>
/// A line as entered (<see cref="Quantity"/> of <see cref="UnitId"/> at <see cref="UnitCost"/> per that unit, in the
/// document's currency) and converted by the service (base quantity, cost per base unit in the base currency).
/// </summary>
public sealed record GoodsReceiptLineData(Guid ProductId, Guid UnitId, decimal Quantity, decimal UnitCost, decimal BaseQuantity,
    decimal BaseUnitCost);

/// <summary>One line of a goods receipt.</summary>
public sealed class GoodsReceiptLine : Entity, ITenantOwned, IAudited
{
    private GoodsReceiptLine() { }

    internal GoodsReceiptLine(Guid receiptId, int lineNumber, GoodsReceiptLineData data)
    {
        if (data.Quantity <= 0m || data.BaseQuantity <= 0m)
        {
            throw new DomainException(InventoryErrors.QuantityNotPositive);
        }

        if (data.UnitCost < 0m || data.BaseUnitCost < 0m)
        {
            throw new DomainException(Error.Validation("Unit costs cannot be negative."));
        }

        ReceiptId = receiptId;
        LineNumber = lineNumber;
        ProductId = data.ProductId;
        UnitId = data.UnitId;
        Quantity = data.Quantity;
        UnitCost = Valuation.CostRounding.UnitCost(data.UnitCost);
        BaseQuantity = data.BaseQuantity;
        BaseUnitCost = Valuation.CostRounding.UnitCost(data.BaseUnitCost);
        Value = Valuation.CostRounding.Value(Quantity * UnitCost);
    }

    public Guid TenantId { get; private set; }
    public Guid ReceiptId { get; private set; }
    public int LineNumber { get; private set; }
    public Guid ProductId { get; private set; }
    public Guid UnitId { get; private set; }
    public decimal Quantity { get; private set; }
    public decimal UnitCost { get; private set; }
    public decimal BaseQuantity { get; private set; }
    public decimal BaseUnitCost { get; private set; }

    /// <summary>round2(quantity × unit cost), in the document's currency.</summary>
    public decimal Value { get; private set; }
}
