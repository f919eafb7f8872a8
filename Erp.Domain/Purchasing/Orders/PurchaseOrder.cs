using Erp.Domain.Common;
using Erp.Domain.Inventory.Valuation;
using Erp.Domain.Platform.Documents;

namespace Erp.Domain.Purchasing.Orders;

public enum PurchaseOrderStatus
{
    Draft = 0,
    PendingApproval = 1,
    Approved = 2,
    Sent = 3,
    PartiallyReceived = 4,
    Received = 5,
    Billed = 6,
    Closed = 7,
    Cancelled = 8,
}

public enum PurchaseOrderSource
{
    Manual = 0,
    Requisition = 1,
    Replenishment = 2,
}

/// <summary>The supplier as the order shows it, frozen when the order is saved.</summary>
public sealed record OrderSupplier(Guid SupplierId, string Code, string Name, string? TaxId, string? Address);

/// <summary>The order's header as entered and checked by the service.</summary>
public sealed record PurchaseOrderHeader(Guid LocationId, string? DeliveryAddress, DateOnly OrderDate, DateOnly? ExpectedDate,
    string Currency, decimal ExchangeRate, Guid? PaymentTermId, string? PaymentTermName, string? Notes);

/// <summary>A line as the service resolved it: quantity in the product's base unit, price per base unit in the order's currency.</summary>
public sealed record PurchaseOrderLineData(Guid ProductId, string Sku, string? SupplierSku, string Description, decimal Quantity,
    decimal UnitPrice, decimal TaxRatePercent, Guid? RequisitionLineId = null);

/// <summary>What arrived for one line: kept (accepted into stock or quarantine) and rejected by the quality check.</summary>
public sealed record LineArrival(Guid OrderLineId, decimal Kept, decimal Rejected);

/// <summary>
/// An order to a supplier. Draft → (PendingApproval →) Approved → Sent → PartiallyReceived → Received → Billed → Closed;
/// cancelled while nothing was received, closed short when the rest will not come. Lines keep the product, the
/// supplier's SKU and the price as ordered; receipts and bills add up on the lines (received, rejected, billed).
/// </summary>
public sealed class PurchaseOrder : Document<PurchaseOrderStatus>, IOrganizationOwned
{
    private static readonly StateMachine<PurchaseOrderStatus> Machine = new StateMachine<PurchaseOrderStatus>("purchase order")
        .Allow(PurchaseOrderStatus.Draft, PurchaseOrderStatus.PendingApproval, PurchaseOrderStatus.Approved, PurchaseOrderStatus.Cancelled)
        .Allow(PurchaseOrderStatus.PendingApproval, PurchaseOrderStatus.Approved, PurchaseOrderStatus.Draft, PurchaseOrderStatus.Cancelled)
        .Allow(PurchaseOrderStatus.Approved, PurchaseOrderStatus.Sent, PurchaseOrderStatus.Draft, PurchaseOrderStatus.Cancelled)
        .Allow(PurchaseOrderStatus.Sent, PurchaseOrderStatus.PartiallyReceived, PurchaseOrderStatus.Received, PurchaseOrderStatus.Cancelled)
        .Allow(PurchaseOrderStatus.PartiallyReceived, PurchaseOrderStatus.Received, PurchaseOrderStatus.Closed)
        .Allow(PurchaseOrderStatus.Received, PurchaseOrderStatus.Billed, PurchaseOrderStatus.Closed)
        .Allow(PurchaseOrderStatus.Billed, PurchaseOrderStatus.Closed, PurchaseOrderStatus.Received);

    private readonly List<PurchaseOrderLine> _lines = [];

    private PurchaseOrder() { }

    public PurchaseOrder(Guid organizationId, OrderSupplier supplier, PurchaseOrderHeader header, PurchaseOrderSource source,
        string? buyerId, string? buyerName, DateTimeOffset at)
        : base(PurchaseOrderStatus.Draft, buyerId, at)
    {
        OrganizationId = organizationId;
        Source = source;
        BuyerId = buyerId;
        BuyerName = Text.Optional(buyerName, 200, "Buyer");
        SetSupplier(supplier);
        Edit(header);
    }

    public override string DocumentType => DocumentTypes.PurchaseOrder;
    protected override StateMachine<PurchaseOrderStatus> Transitions => Machine;

    public Guid OrganizationId { get; private set; }
    public Guid SupplierId { get; private set; }
    public string SupplierCode { get; private set; } = "";
    public string SupplierName { get; private set; } = "";
    public string? SupplierTaxId { get; private set; }
    public string? SupplierAddress { get; private set; }

    /// <summary>Where the goods are delivered (and received by default).</summary>
    public Guid LocationId { get; private set; }

    public string? DeliveryAddress { get; private set; }
    public DateOnly OrderDate { get; private set; }
    public DateOnly? ExpectedDate { get; private set; }
    public string Currency { get; private set; } = "";

    /// <summary>Units of the organization's base currency per unit of <see cref="Currency"/>.</summary>
    public decimal ExchangeRate { get; private set; } = 1m;

    public Guid? PaymentTermId { get; private set; }
    public string? PaymentTermName { get; private set; }
    public string? Notes { get; private set; }
    public PurchaseOrderSource Source { get; private set; }
    public string? BuyerId { get; private set; }
    public string? BuyerName { get; private set; }
    public string? ApprovedBy { get; private set; }
    public DateTimeOffset? ApprovedAt { get; private set; }
    public DateTimeOffset? SentAt { get; private set; }
    public decimal NetTotal { get; private set; }
    public decimal TaxTotal { get; private set; }
    public decimal GrossTotal { get; private set; }
    public IReadOnlyList<PurchaseOrderLine> Lines => _lines;

    /// <summary>The net total in the organization's base currency: what the approval threshold compares.</summary>
    public decimal BaseNetTotal => CostRounding.Value(NetTotal * ExchangeRate);

    public bool IsOpenForReceipt => Status is PurchaseOrderStatus.Sent or PurchaseOrderStatus.PartiallyReceived;

    public void SetSupplier(OrderSupplier supplier)
    {
        EnsureDraft();
        SupplierId = supplier.SupplierId;
        SupplierCode = Text.Required(supplier.Code, 30, "Supplier code");
        SupplierName = Text.Required(supplier.Name, 200, "Supplier name");
        SupplierTaxId = Text.Optional(supplier.TaxId, 50, "Supplier tax id");
        SupplierAddress = Text.Optional(supplier.Address, 1000, "Supplier address");
    }

    public void Edit(PurchaseOrderHeader header)
    {
        EnsureDraft();
        if (header.ExchangeRate <= 0m)
        {
            throw new DomainException(Error.Validation("The exchange rate must be greater than zero."));
        }

        if (header.ExpectedDate is { } expected && expected < header.OrderDate)
        {
            throw new DomainException(Error.Validation("The expected date cannot be before the order date."));
        }

        LocationId = header.LocationId;
        DeliveryAddress = Text.Optional(header.DeliveryAddress, 1000, "Delivery address");
        OrderDate = header.OrderDate;
        ExpectedDate = header.ExpectedDate;
        Currency = Common.Currency.Normalize(header.Currency);
        ExchangeRate = header.ExchangeRate;
        PaymentTermId = header.PaymentTermId;
        PaymentTermName = Text.Optional(header.PaymentTermName, 100, "Payment term");
        Notes = Text.Optional(header.Notes, 2000, "Notes");
    }

    /// <summary>Replaces every line (drafts only) and works out the totals.</summary>
    public void SetLines(IReadOnlyList<PurchaseOrderLineData> lines)
    {
        EnsureDraft();
        _lines.Clear();
        var number = 0;
        foreach (var line in lines)
        {
            _lines.Add(new PurchaseOrderLine(Id, ++number, line));
        }

        NetTotal = _lines.Sum(l => l.NetAmount);
        TaxTotal = _lines.Sum(l => l.TaxAmount);
        GrossTotal = NetTotal + TaxTotal;
    }

    public bool NeedsApproval(decimal threshold) => threshold <= 0m || BaseNetTotal >= threshold;

    /// <summary>Submits a draft: approved at once under the threshold, else waiting for a holder of Purchasing.Approve.</summary>
    public Result Submit(decimal threshold, string? userId, DateTimeOffset at)
    {
        if (Status == PurchaseOrderStatus.Draft && _lines.Count == 0)
        {
            return PurchasingErrors.NoLines;
        }

        if (NeedsApproval(threshold))
        {
            return MoveTo(PurchaseOrderStatus.PendingApproval, userId, at);
        }

        var moved = MoveTo(PurchaseOrderStatus.Approved, userId, at, "Under the approval threshold");
        if (moved.IsSuccess)
        {
            ApprovedAt = at;
        }

        return moved;
    }

    /// <summary>Approves an order waiting for approval (the caller checked the permission).</summary>
    public Result Approve(string? userId, DateTimeOffset at, string? note = null)
    {
        var moved = MoveTo(PurchaseOrderStatus.Approved, userId, at, note ?? "Approved");
        if (moved.IsSuccess)
        {
            ApprovedBy = userId;
            ApprovedAt = at;
        }

        return moved;
    }

    /// <summary>Sends an order waiting for approval back to draft, with the reason.</summary>
    public Result Reject(string? userId, DateTimeOffset at, string? reason) =>
        Status != PurchaseOrderStatus.PendingApproval
            ? Error.Validation($"Only an order waiting for approval can be rejected; {Number} is {Status}.")
            : MoveTo(PurchaseOrderStatus.Draft, userId, at, reason?.Trim(), reasonRequired: true);

    /// <summary>Marks an approved order sent to the supplier; sending again (a reprint) keeps the first time.</summary>
    public Result MarkSent(string? userId, DateTimeOffset at)
    {
        if (Status != PurchaseOrderStatus.Approved && SentAt is not null)
        {
            return Result.Success();
        }

        var moved = MoveTo(PurchaseOrderStatus.Sent, userId, at);
        if (moved.IsSuccess)
        {
            SentAt = at;
        }

        return moved;
    }

    /// <summary>
    /// Adds what arrived to the lines. Refused, changing nothing, when the order is not open for receipt or when a
    /// line's kept quantity would exceed the ordered quantity plus <paramref name="tolerancePercent"/>.
    /// </summary>
    public Result RecordArrival(IReadOnlyList<LineArrival> arrivals, decimal tolerancePercent, string? userId, DateTimeOffset at)
    {
        if (!IsOpenForReceipt)
        {
            return PurchasingErrors.CannotReceive(Number, Status.ToString());
        }

        foreach (var group in arrivals.GroupBy(a => a.OrderLineId))
        {
            var line = _lines.FirstOrDefault(l => l.Id == group.Key);
            if (line is null)
            {
                return Error.Validation($"A received line is not on purchase order {Number}.");
            }

            var kept = group.Sum(a => a.Kept);
            var rejected = group.Sum(a => a.Rejected);
            if (kept < 0m || rejected < 0m || kept + rejected <= 0m)
            {
                return Error.Validation($"{line.Sku}: received quantities must be positive.");
            }

            if (line.ReceivedQuantity + kept > line.Quantity * (1m + tolerancePercent / 100m))
            {
                return PurchasingErrors.OverTolerance(line.Sku, line.Quantity, line.ReceivedQuantity, kept, tolerancePercent);
            }
        }

        foreach (var arrival in arrivals)
        {
            var line = _lines.First(l => l.Id == arrival.OrderLineId);
            line.ReceivedQuantity += arrival.Kept;
            line.RejectedQuantity += arrival.Rejected;
        }

        var target = _lines.All(l => l.ReceivedQuantity >= l.Quantity) ? PurchaseOrderStatus.Received : PurchaseOrderStatus.PartiallyReceived;
        return target == Status ? Result.Success() : MoveTo(target, userId, at);
    }

    /// <summary>
    /// Adds billed quantities (a bill being recorded) or takes them back (negative: a held bill rejected, a bill
    /// cancelled). A fully received order whose every line is billed becomes Billed, and goes back to Received when a
    /// bill is taken back.
    /// </summary>
    public Result RecordBilled(Guid orderLineId, decimal quantity, string? userId, DateTimeOffset at)
    {
        var line = _lines.FirstOrDefault(l => l.Id == orderLineId);
        if (line is null)
        {
            return Error.Validation($"A billed line is not on purchase order {Number}.");
        }

        if (line.BilledQuantity + quantity < 0m)
        {
            return Error.Validation($"{line.Sku}: more would be taken back than was billed.");
        }

        line.BilledQuantity += quantity;
        var fullyBilled = _lines.All(l => l.BilledQuantity >= l.ReceivedQuantity);
        return (Status, fullyBilled) switch
        {
            (PurchaseOrderStatus.Received, true) => MoveTo(PurchaseOrderStatus.Billed, userId, at),
            (PurchaseOrderStatus.Billed, false) => MoveTo(PurchaseOrderStatus.Received, userId, at, "A bill was rejected or cancelled"),
            _ => Result.Success(),
        };
    }

    public Result Cancel(string? userId, DateTimeOffset at, string? reason) =>
        _lines.Any(l => l.ReceivedQuantity > 0m || l.RejectedQuantity > 0m)
            ? PurchasingErrors.AlreadyReceived(Number)
            : MoveTo(PurchaseOrderStatus.Cancelled, userId, at, reason?.Trim(), reasonRequired: true);

    /// <summary>Closes the order: nothing more is expected (what is missing will not come).</summary>
    public Result Close(string? userId, DateTimeOffset at, string? reason) =>
        MoveTo(PurchaseOrderStatus.Closed, userId, at, reason?.Trim());

    private void EnsureDraft()
    {
        if (Status != PurchaseOrderStatus.Draft)
        {
            throw new DomainException(PurchasingErrors.NotDraft("purchase order", Status.ToString()));
        }
    }
}

/// <summary>One ordered product. Received counts what was kept (accepted or quarantined); rejected goods go back.</summary>
public sealed class PurchaseOrderLine : Entity, ITenantOwned, IAudited
{
    private PurchaseOrderLine() { }

    internal PurchaseOrderLine(Guid orderId, int lineNumber, PurchaseOrderLineData data)
    {
        var amounts = PurchaseLineAmounts.Of(data.Quantity, data.UnitPrice, data.TaxRatePercent);
        OrderId = orderId;
        LineNumber = lineNumber;
        ProductId = data.ProductId;
        Sku = Text.Required(data.Sku, 100, "SKU");
        SupplierSku = Text.Optional(data.SupplierSku, 100, "Supplier SKU");
        Description = Text.Required(data.Description, 300, "Description");
        Quantity = data.Quantity;
        TaxRatePercent = data.TaxRatePercent;
        (UnitPrice, NetAmount, TaxAmount) = amounts;
        RequisitionLineId = data.RequisitionLineId;
    }

    public Guid TenantId { get; private set; }
    public Guid OrderId { get; private set; }
    public int LineNumber { get; private set; }
    public Guid ProductId { get; private set; }
    public string Sku { get; private set; } = "";
    public string? SupplierSku { get; private set; }
    public string Description { get; private set; } = "";

    /// <summary>Ordered, in the product's base unit.</summary>
    public decimal Quantity { get; private set; }

    /// <summary>Per base unit, in the order's currency, 4 decimals.</summary>
    public decimal UnitPrice { get; private set; }

    public decimal TaxRatePercent { get; private set; }

    /// <summary>round2(quantity × unit price).</summary>
    public decimal NetAmount { get; private set; }

    /// <summary>round2(net × rate).</summary>
    public decimal TaxAmount { get; private set; }

    public Guid? RequisitionLineId { get; private set; }
    public decimal ReceivedQuantity { get; internal set; }
    public decimal RejectedQuantity { get; internal set; }
    public decimal BilledQuantity { get; internal set; }

    public decimal OutstandingQuantity => Math.Max(0m, Quantity - ReceivedQuantity);
}
