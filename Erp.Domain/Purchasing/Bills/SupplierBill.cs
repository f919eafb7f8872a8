using Erp.Domain.Common;
using Erp.Domain.Inventory.Valuation;
using Erp.Domain.Platform.Documents;

namespace Erp.Domain.Purchasing.Bills;

public enum SupplierBillStatus
{
    /// <summary>The three-way match found differences: waiting for a holder of Purchasing.ApproveBills.</summary>
    Held = 0,
    Open = 1,
    PartiallyPaid = 2,
    Paid = 3,
    Cancelled = 4,
}

public sealed record BillSupplier(Guid SupplierId, string Code, string Name);

public sealed record SupplierBillHeader(string SupplierInvoiceNumber, DateOnly BillDate, DateOnly DueDate, string? PaymentTermName,
    string Currency, decimal ExchangeRate, Guid? PurchaseOrderId, string? OrderNumber, string? Notes);

/// <summary>
/// A billed line as the service resolved it. For a line of a purchase order it carries what the match compares:
/// ordered, received (kept) and already billed quantities and the ordered price.
/// </summary>
public sealed record SupplierBillLineData(Guid? OrderLineId, Guid? ProductId, string? Sku, string Description, decimal Quantity,
    decimal UnitPrice, decimal TaxRatePercent, OrderLineFigures? Order);

/// <summary>The purchase order line's figures at the time of billing.</summary>
public sealed record OrderLineFigures(decimal Ordered, decimal Received, decimal PreviouslyBilled, decimal OrderUnitPrice);

/// <summary>
/// A supplier's invoice. Its lines are matched three ways (ordered, received, billed): billing more than was received
/// and not yet billed, or at a price further from the ordered one than the tenant's tolerance, holds the bill until a
/// holder of Purchasing.ApproveBills approves it (or rejects it: cancelled). Only open bills count in the supplier's
/// balance; payments move them to PartiallyPaid and Paid.
/// </summary>
public sealed class SupplierBill : Document<SupplierBillStatus>, IOrganizationOwned
{
    private static readonly StateMachine<SupplierBillStatus> Machine = new StateMachine<SupplierBillStatus>("supplier bill")
        .Allow(SupplierBillStatus.Held, SupplierBillStatus.Open, SupplierBillStatus.Cancelled)
        .Allow(SupplierBillStatus.Open, SupplierBillStatus.PartiallyPaid, SupplierBillStatus.Paid, SupplierBillStatus.Cancelled)
        .Allow(SupplierBillStatus.PartiallyPaid, SupplierBillStatus.Paid);

    private readonly List<SupplierBillLine> _lines = [];

    private SupplierBill() { }

    public SupplierBill(Guid organizationId, BillSupplier supplier, SupplierBillHeader header, IReadOnlyList<SupplierBillLineData> lines,
        decimal priceTolerancePercent, string? userId, DateTimeOffset at)
        : base(Hold(lines, priceTolerancePercent) ? SupplierBillStatus.Held : SupplierBillStatus.Open, userId, at)
    {
        if (lines.Count == 0)
        {
            throw new DomainException(PurchasingErrors.NoLines);
        }

        if (header.ExchangeRate <= 0m)
        {
            throw new DomainException(Error.Validation("The exchange rate must be greater than zero."));
        }

        if (header.DueDate < header.BillDate)
        {
            throw new DomainException(Error.Validation("The due date cannot be before the bill date."));
        }

        OrganizationId = organizationId;
        SupplierId = supplier.SupplierId;
        SupplierCode = supplier.Code;
        SupplierName = supplier.Name;
        SupplierInvoiceNumber = Text.Required(header.SupplierInvoiceNumber, 100, "Supplier invoice number");
        BillDate = header.BillDate;
        DueDate = header.DueDate;
        PaymentTermName = Text.Optional(header.PaymentTermName, 100, "Payment term");
        Currency = Common.Currency.Normalize(header.Currency);
        ExchangeRate = header.ExchangeRate;
        PurchaseOrderId = header.PurchaseOrderId;
        OrderNumber = header.OrderNumber;
        Notes = Text.Optional(header.Notes, 2000, "Notes");
        var number = 0;
        foreach (var line in lines)
        {
            _lines.Add(new SupplierBillLine(Id, ++number, line, priceTolerancePercent));
        }

        NetTotal = _lines.Sum(l => l.NetAmount);
        TaxTotal = _lines.Sum(l => l.TaxAmount);
        GrossTotal = NetTotal + TaxTotal;
        AmountDue = GrossTotal;
        HoldReason = Status == SupplierBillStatus.Held
            ? Text.Optional(string.Join("; ", _lines.Where(l => l.MatchIssue is not null).Select(l => l.MatchIssue)), 2000, "Hold reason")
            : null;
    }

    public override string DocumentType => DocumentTypes.SupplierBill;
    protected override StateMachine<SupplierBillStatus> Transitions => Machine;

    public Guid OrganizationId { get; private set; }
    public Guid SupplierId { get; private set; }
    public string SupplierCode { get; private set; } = "";
    public string SupplierName { get; private set; } = "";
    public string SupplierInvoiceNumber { get; private set; } = "";
    public DateOnly BillDate { get; private set; }
    public DateOnly DueDate { get; private set; }
    public string? PaymentTermName { get; private set; }
    public string Currency { get; private set; } = "";
    public decimal ExchangeRate { get; private set; } = 1m;
    public Guid? PurchaseOrderId { get; private set; }
    public string? OrderNumber { get; private set; }
    public string? Notes { get; private set; }
    public decimal NetTotal { get; private set; }
    public decimal TaxTotal { get; private set; }
    public decimal GrossTotal { get; private set; }
    public decimal PaidAmount { get; private set; }

    /// <summary>Gross − paid; stored so payables sum and filter it in the database.</summary>
    public decimal AmountDue { get; private set; }

    /// <summary>Why the match held the bill (every line's difference), kept after approval.</summary>
    public string? HoldReason { get; private set; }

    public string? ApprovedBy { get; private set; }
    public DateTimeOffset? ApprovedAt { get; private set; }
    public IReadOnlyList<SupplierBillLine> Lines => _lines;

    /// <summary>Owed to the supplier: open and partly paid bills.</summary>
    public bool IsPayable => Status is SupplierBillStatus.Open or SupplierBillStatus.PartiallyPaid;

    public Result Approve(string? userId, DateTimeOffset at, string? note)
    {
        var moved = MoveTo(SupplierBillStatus.Open, userId, at, note?.Trim() ?? "Differences approved");
        if (moved.IsSuccess)
        {
            ApprovedBy = userId;
            ApprovedAt = at;
        }

        return moved;
    }

    /// <summary>Rejects a held bill or cancels an unpaid one; the caller takes its billed quantities off the order.</summary>
    public Result Cancel(string? userId, DateTimeOffset at, string? reason) =>
        PaidAmount > 0m
            ? Error.Validation($"Bill {Number} is partly paid and cannot be cancelled.")
            : MoveTo(SupplierBillStatus.Cancelled, userId, at, reason?.Trim(), reasonRequired: true);

    public Result ApplyPayment(decimal amount, string? userId, DateTimeOffset at)
    {
        if (!IsPayable)
        {
            return Error.Validation($"Bill {Number} is {Status}: it cannot be paid.");
        }

        if (amount <= 0m || amount > AmountDue)
        {
            return Error.Validation($"Bill {Number} has {AmountDue:0.00} {Currency} left to pay.");
        }

        PaidAmount += amount;
        AmountDue -= amount;
        var target = AmountDue == 0m ? SupplierBillStatus.Paid : SupplierBillStatus.PartiallyPaid;
        return target == Status ? Result.Success() : MoveTo(target, userId, at);
    }

    private static bool Hold(IReadOnlyList<SupplierBillLineData> lines, decimal tolerance) =>
        lines.Any(l => ThreeWayMatch.IssueOf(l, tolerance) is not null);
}

public sealed class SupplierBillLine : Entity, ITenantOwned, IAudited
{
    private SupplierBillLine() { }

    internal SupplierBillLine(Guid billId, int lineNumber, SupplierBillLineData data, decimal priceTolerancePercent)
    {
        var amounts = PurchaseLineAmounts.Of(data.Quantity, data.UnitPrice, data.TaxRatePercent);
        BillId = billId;
        LineNumber = lineNumber;
        OrderLineId = data.OrderLineId;
        ProductId = data.ProductId;
        Sku = data.Sku;
        Description = Text.Required(data.Description, 300, "Description");
        Quantity = data.Quantity;
        TaxRatePercent = data.TaxRatePercent;
        (UnitPrice, NetAmount, TaxAmount) = amounts;
        OrderedQuantity = data.Order?.Ordered;
        ReceivedQuantity = data.Order?.Received;
        PreviouslyBilledQuantity = data.Order?.PreviouslyBilled;
        OrderUnitPrice = data.Order?.OrderUnitPrice;
        MatchIssue = ThreeWayMatch.IssueOf(data, priceTolerancePercent);
    }

    public Guid TenantId { get; private set; }
    public Guid BillId { get; private set; }
    public int LineNumber { get; private set; }
    public Guid? OrderLineId { get; private set; }
    public Guid? ProductId { get; private set; }
    public string? Sku { get; private set; }
    public string Description { get; private set; } = "";
    public decimal Quantity { get; private set; }
    public decimal UnitPrice { get; private set; }
    public decimal TaxRatePercent { get; private set; }
    public decimal NetAmount { get; private set; }
    public decimal TaxAmount { get; private set; }
    public decimal? OrderedQuantity { get; private set; }
    public decimal? ReceivedQuantity { get; private set; }
    public decimal? PreviouslyBilledQuantity { get; private set; }
    public decimal? OrderUnitPrice { get; private set; }
    public string? MatchIssue { get; private set; }
}
