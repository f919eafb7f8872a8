using Erp.Domain.Common;
using Erp.Domain.Platform.Documents;

namespace Erp.Domain.Purchasing.Receipts;

/// <summary>Receipts are recorded posted; there is no draft (the receiving screen is the draft).</summary>
public enum PurchaseReceiptStatus
{
    Posted = 1,
}

/// <summary>The quality check's verdict on part of a line.</summary>
public enum QualityResult
{
    Accepted = 0,
    Rejected = 1,
    Quarantine = 2,
}

/// <summary>How landed costs are spread over the kept lines.</summary>
public enum LandedCostBasis
{
    ByValue = 0,
    ByQuantity = 1,
}

public sealed record PurchaseReceiptHeader(Guid PurchaseOrderId, string OrderNumber, Guid SupplierId, string SupplierName,
    DateOnly ReceivedDate, string? DeliveryNote, string Currency, decimal ExchangeRate, LandedCostBasis LandedCostBasis, string? Notes);

/// <summary>
/// A line as checked by the service: accepted units go into <see cref="LocationId"/>, quarantined ones into
/// <see cref="QuarantineLocationId"/>, rejected ones back to the supplier. <see cref="UnitPrice"/> is the order's price
/// (order currency, per base unit); <see cref="LandedCost"/> is this line's share of the charges in the base currency
/// and <see cref="UnitCost"/> the resulting cost per kept base unit in the base currency.
/// </summary>
public sealed record PurchaseReceiptLineData(Guid OrderLineId, Guid ProductId, string Sku, string Description, Guid LocationId,
    decimal Accepted, decimal Rejected, decimal Quarantined, Guid? QuarantineLocationId, string? QualityNote, decimal UnitPrice,
    decimal LandedCost, decimal UnitCost);

/// <summary>Freight, duty, insurance…: an amount in the organization's base currency spread over the receipt's kept lines.</summary>
public sealed record LandedChargeData(string Description, decimal Amount);

/// <summary>
/// Goods received against a purchase order. Posting it (in the same transaction) adds the kept quantities to the
/// order's lines and the stock through the ledger at <see cref="PurchaseReceiptLine.UnitCost"/>.
/// </summary>
public sealed class PurchaseReceipt : Document<PurchaseReceiptStatus>, IOrganizationOwned
{
    private static readonly StateMachine<PurchaseReceiptStatus> Machine = new("purchase receipt");

    private readonly List<PurchaseReceiptLine> _lines = [];
    private readonly List<PurchaseReceiptCharge> _charges = [];

    private PurchaseReceipt() { }

    public PurchaseReceipt(Guid organizationId, PurchaseReceiptHeader header, IReadOnlyList<PurchaseReceiptLineData> lines,
        IReadOnlyList<LandedChargeData> charges, string? userId, DateTimeOffset at)
        : base(PurchaseReceiptStatus.Posted, userId, at)
    {
        if (lines.Count == 0)
        {
            throw new DomainException(PurchasingErrors.NoLines);
        }

        if (header.ExchangeRate <= 0m)
        {
            throw new DomainException(Error.Validation("The exchange rate must be greater than zero."));
        }

        OrganizationId = organizationId;
        PurchaseOrderId = header.PurchaseOrderId;
        OrderNumber = header.OrderNumber;
        SupplierId = header.SupplierId;
        SupplierName = header.SupplierName;
        ReceivedDate = header.ReceivedDate;
        DeliveryNote = Text.Optional(header.DeliveryNote, 100, "Delivery note");
        Currency = Common.Currency.Normalize(header.Currency);
        ExchangeRate = header.ExchangeRate;
        LandedCostBasis = header.LandedCostBasis;
        Notes = Text.Optional(header.Notes, 1000, "Notes");
        ReceivedBy = userId;
        var number = 0;
        foreach (var line in lines)
        {
            _lines.Add(new PurchaseReceiptLine(Id, ++number, line));
        }

        foreach (var charge in charges)
        {
            _charges.Add(new PurchaseReceiptCharge(Id, charge));
        }

        LandedCostTotal = _charges.Sum(c => c.Amount);
    }

    public override string DocumentType => DocumentTypes.PurchaseReceipt;
    protected override StateMachine<PurchaseReceiptStatus> Transitions => Machine;

    public Guid OrganizationId { get; private set; }
    public Guid PurchaseOrderId { get; private set; }
    public string OrderNumber { get; private set; } = "";
    public Guid SupplierId { get; private set; }
    public string SupplierName { get; private set; } = "";
    public DateOnly ReceivedDate { get; private set; }
    public string? DeliveryNote { get; private set; }
    public string Currency { get; private set; } = "";
    public decimal ExchangeRate { get; private set; } = 1m;
    public LandedCostBasis LandedCostBasis { get; private set; }
    public decimal LandedCostTotal { get; private set; }
    public string? Notes { get; private set; }
    public string? ReceivedBy { get; private set; }
    public IReadOnlyList<PurchaseReceiptLine> Lines => _lines;
    public IReadOnlyList<PurchaseReceiptCharge> Charges => _charges;
}

public sealed class PurchaseReceiptLine : Entity, ITenantOwned, IAudited
{
    private PurchaseReceiptLine() { }

    internal PurchaseReceiptLine(Guid receiptId, int lineNumber, PurchaseReceiptLineData data)
    {
        if (data.Accepted < 0m || data.Rejected < 0m || data.Quarantined < 0m || data.Accepted + data.Rejected + data.Quarantined <= 0m)
        {
            throw new DomainException(Error.Validation($"{data.Sku}: received quantities must be positive."));
        }

        if (data.Quarantined > 0m && data.QuarantineLocationId is null)
        {
            throw new DomainException(Error.Validation($"{data.Sku}: choose where the quarantined units go."));
        }

        if (data.Rejected > 0m && string.IsNullOrWhiteSpace(data.QualityNote))
        {
            throw new DomainException(Error.Validation($"{data.Sku}: say why units were rejected."));
        }

        ReceiptId = receiptId;
        LineNumber = lineNumber;
        OrderLineId = data.OrderLineId;
        ProductId = data.ProductId;
        Sku = data.Sku;
        Description = data.Description;
        LocationId = data.LocationId;
        AcceptedQuantity = data.Accepted;
        RejectedQuantity = data.Rejected;
        QuarantinedQuantity = data.Quarantined;
        QuarantineLocationId = data.Quarantined > 0m ? data.QuarantineLocationId : null;
        QualityNote = Text.Optional(data.QualityNote, 500, "Quality note");
        UnitPrice = data.UnitPrice;
        LandedCost = data.LandedCost;
        UnitCost = data.UnitCost;
    }

    public Guid TenantId { get; private set; }
    public Guid ReceiptId { get; private set; }
    public int LineNumber { get; private set; }
    public Guid OrderLineId { get; private set; }
    public Guid ProductId { get; private set; }
    public string Sku { get; private set; } = "";
    public string Description { get; private set; } = "";
    public Guid LocationId { get; private set; }
    public decimal AcceptedQuantity { get; private set; }
    public decimal RejectedQuantity { get; private set; }
    public decimal QuarantinedQuantity { get; private set; }
    public Guid? QuarantineLocationId { get; private set; }
    public string? QualityNote { get; private set; }
    public decimal UnitPrice { get; private set; }
    public decimal LandedCost { get; private set; }
    public decimal UnitCost { get; private set; }

    /// <summary>Accepted + quarantined: what the tenant keeps (and the supplier bills).</summary>
    public decimal KeptQuantity => AcceptedQuantity + QuarantinedQuantity;

    public decimal ArrivedQuantity => KeptQuantity + RejectedQuantity;
}

public sealed class PurchaseReceiptCharge : Entity, ITenantOwned, IAudited
{
    private PurchaseReceiptCharge() { }

    internal PurchaseReceiptCharge(Guid receiptId, LandedChargeData data)
    {
        if (data.Amount <= 0m || decimal.Round(data.Amount, 2) != data.Amount)
        {
            throw new DomainException(Error.Validation("A landed cost is an amount above zero with at most two decimals."));
        }

        ReceiptId = receiptId;
        Description = Text.Required(data.Description, 200, "Landed cost");
        Amount = data.Amount;
    }

    public Guid TenantId { get; private set; }
    public Guid ReceiptId { get; private set; }
    public string Description { get; private set; } = "";
    public decimal Amount { get; private set; }
}
