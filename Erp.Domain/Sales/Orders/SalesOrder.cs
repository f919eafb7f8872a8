using Erp.Domain.Common;
using Erp.Domain.Platform.Documents;
using Erp.Domain.Sales.Pricing;

namespace Erp.Domain.Sales.Orders;

public enum SalesOrderStatus
{
    Draft = 0,
    PendingApproval = 1,
    Confirmed = 2,
    PartiallyDelivered = 3,
    Delivered = 4,
    PartiallyInvoiced = 5,
    Invoiced = 6,
    Paid = 7,
    Cancelled = 8,
}

/// <summary>
/// A customer's order: header, lines priced and totalled with <see cref="SalesTotals"/>, and the shared document
/// pattern. Confirming (directly or by approval) reserves stock; deliveries and invoices drive the later statuses.
/// </summary>
public sealed class SalesOrder : Document<SalesOrderStatus>, IOrganizationOwned
{
    /// <summary>
    /// The transition table. After confirmation the status follows the quantities (<see cref="Progress"/>): deliveries move
    /// Confirmed → PartiallyDelivered → Delivered, invoices to PartiallyInvoiced/Invoiced (from a confirmed or partly
    /// delivered order too, when the tenant invoices on order), payment of every invoice to Paid.
    /// </summary>
    private static readonly StateMachine<SalesOrderStatus> Machine = new StateMachine<SalesOrderStatus>("sales order")
        .Allow(SalesOrderStatus.Draft, SalesOrderStatus.PendingApproval, SalesOrderStatus.Confirmed, SalesOrderStatus.Cancelled)
        .Allow(SalesOrderStatus.PendingApproval, SalesOrderStatus.Confirmed, SalesOrderStatus.Draft, SalesOrderStatus.Cancelled)
        .Allow(SalesOrderStatus.Confirmed, SalesOrderStatus.PartiallyDelivered, SalesOrderStatus.Delivered,
            SalesOrderStatus.PartiallyInvoiced, SalesOrderStatus.Invoiced, SalesOrderStatus.Cancelled)
        .Allow(SalesOrderStatus.PartiallyDelivered, SalesOrderStatus.Delivered, SalesOrderStatus.PartiallyInvoiced,
            SalesOrderStatus.Invoiced)
        .Allow(SalesOrderStatus.Delivered, SalesOrderStatus.PartiallyInvoiced, SalesOrderStatus.Invoiced)
        .Allow(SalesOrderStatus.PartiallyInvoiced, SalesOrderStatus.Invoiced)
        .Allow(SalesOrderStatus.Invoiced, SalesOrderStatus.Paid);

    private readonly List<SalesOrderLine> _lines = [];

    private SalesOrder() { }

    public SalesOrder(Guid organizationId, Guid customerId, SalesOrderHeader header, string? userId, DateTimeOffset at)
        : base(SalesOrderStatus.Draft, userId, at)
    {
        OrganizationId = organizationId;
        CustomerId = customerId;
        Apply(header);
    }

    public override string DocumentType => DocumentTypes.SalesOrder;
    protected override StateMachine<SalesOrderStatus> Transitions => Machine;

    public Guid OrganizationId { get; private set; }
    public Guid CustomerId { get; private set; }
    public Guid LocationId { get; private set; }
    public DateOnly OrderDate { get; private set; }
    public DateOnly? RequestedDeliveryDate { get; private set; }
    public string Currency { get; private set; } = "";
    public decimal ExchangeRate { get; private set; } = 1m;
    public Guid? PaymentTermId { get; private set; }
    public Guid? PriceListId { get; private set; }
    public bool PricesIncludeTax { get; private set; }
    public bool TaxExempt { get; private set; }
    public Taxes.TaxRounding TaxRounding { get; private set; }
    public DiscountKind OrderDiscountKind { get; private set; }
    public decimal OrderDiscountValue { get; private set; }
    public string? Notes { get; private set; }
    public decimal Net { get; private set; }
    public decimal Tax { get; private set; }
    public decimal Gross { get; private set; }
    public decimal TotalDiscount { get; private set; }
    public Guid? QuotationId { get; private set; }

    /// <summary>Why the order waits for approval (credit limit, discount), while it does.</summary>
    public string? ApprovalReason { get; private set; }
    public string? SubmittedBy { get; private set; }
    public string? ApprovedBy { get; private set; }
    public DateTimeOffset? ConfirmedAt { get; private set; }

    public IReadOnlyList<SalesOrderLine> Lines => _lines;
    public Discount OrderDiscount => new(OrderDiscountKind, OrderDiscountValue);

    /// <summary>Whether any quantity has left the warehouse for this order.</summary>
    public bool AnythingDelivered => _lines.Any(l => l.DeliveredQuantity > 0m);

    public void Edit(SalesOrderHeader header)
    {
        EnsureDraft();
        Apply(header);
    }

    public void LinkQuotation(Guid quotationId) => QuotationId = quotationId;

    /// <summary>Replaces the lines and the order discount and totals them; a refused line or discount changes nothing.</summary>
    public Result SetLines(IReadOnlyList<SalesLineData> lines, Discount orderDiscount, SalesPricingTerms terms)
    {
        EnsureDraft();
        var totals = SalesLines.Total(lines, orderDiscount, terms);
        if (!totals.IsSuccess)
        {
            return totals.Error!;
        }

        _lines.Clear();
        for (var i = 0; i < lines.Count; i++)
        {
            _lines.Add(new SalesOrderLine(Id, i + 1, lines[i], totals.Value.Lines[i]));
        }

        (OrderDiscountKind, OrderDiscountValue) = (orderDiscount.Kind, orderDiscount.Value);
        (PricesIncludeTax, TaxExempt, TaxRounding) = (terms.PricesIncludeTax, terms.TaxExempt, terms.Rounding);
        (Net, Tax, Gross, TotalDiscount) = (totals.Value.Net, totals.Value.Tax, totals.Value.Gross, totals.Value.TotalDiscount);
        return Result.Success();
    }

    /// <summary>The largest discount of the order in percent: any line's, the order discount's, or all discounts together.</summary>
    public decimal LargestDiscountPercent => SalesLines.LargestDiscountPercent(
        _lines.Select(l => (l.Amount, l.LineDiscount, l.OrderDiscountShare)).ToList());

    /// <summary>Draft → PendingApproval: the order needs an approver for <paramref name="reason"/>.</summary>
    public Result Submit(string? userId, DateTimeOffset at, string reason)
    {
        var ready = EnsureLines();
        if (!ready.IsSuccess)
        {
            return ready;
        }

        var moved = MoveTo(SalesOrderStatus.PendingApproval, userId, at, reason);
        if (moved.IsSuccess)
        {
            (SubmittedBy, ApprovalReason) = (userId, reason);
        }

        return moved;
    }

    /// <summary>Draft → Confirmed (no approval needed). The caller reserves <see cref="OpenQuantities"/> in the same transaction.</summary>
    public Result Confirm(string? userId, DateTimeOffset at)
    {
        var ready = EnsureLines();
        if (!ready.IsSuccess)
        {
            return ready;
        }

        if (Status != SalesOrderStatus.Draft)
        {
            return SalesOrderErrors.NotDraft("sales order", Status.ToString());
        }

        var moved = MoveTo(SalesOrderStatus.Confirmed, userId, at);
        if (moved.IsSuccess)
        {
            (SubmittedBy, ConfirmedAt) = (userId, at);
        }

        return moved;
    }

    /// <summary>PendingApproval → Confirmed by another person than the submitter.</summary>
    public Result Approve(string? userId, DateTimeOffset at, string? note)
    {
        if (Status != SalesOrderStatus.PendingApproval)
        {
            return new Error("sales.not_pending", $"Only orders waiting for approval can be approved; this one is {Status}.");
        }

        if (userId is not null && userId == SubmittedBy)
        {
            return SalesOrderErrors.ApproverIsSubmitter;
        }

        var moved = MoveTo(SalesOrderStatus.Confirmed, userId, at, string.IsNullOrWhiteSpace(note) ? "Approved" : note.Trim());
        if (moved.IsSuccess)
        {
            (ApprovedBy, ConfirmedAt) = (userId, at);
        }

        return moved;
    }

    /// <summary>PendingApproval → Draft with a reason; the order can be changed and confirmed again.</summary>
    public Result Reject(string? userId, DateTimeOffset at, string? reason)
    {
        if (Status != SalesOrderStatus.PendingApproval)
        {
            return new Error("sales.not_pending", $"Only orders waiting for approval can be rejected; this one is {Status}.");
        }

        var moved = MoveTo(SalesOrderStatus.Draft, userId, at, reason?.Trim(), reasonRequired: true);
        if (moved.IsSuccess)
        {
            (SubmittedBy, ApprovalReason) = (null, null);
        }

        return moved;
    }

    /// <summary>Cancels the order; refused once anything was delivered. The caller releases a confirmed order's reservations.</summary>
    public Result Cancel(string? userId, DateTimeOffset at, string? reason)
    {
        if (AnythingDelivered)
        {
            return SalesOrderErrors.NeedsReturn;
        }

        if (_lines.Any(l => l.InvoicedQuantity > 0m))
        {
            return SalesOrderErrors.NeedsCreditNote;
        }

        return MoveTo(SalesOrderStatus.Cancelled, userId, at, reason?.Trim(), reasonRequired: true);
    }

    /// <summary>Whether the order holds reservations: confirmed (or further) with quantities still to deliver.</summary>
    public bool HoldsReservations => IsConfirmed && _lines.Any(l => l.RemainingQuantity > 0m);

    /// <summary>Confirmed or any later stage, and not cancelled: deliveries and invoices may follow.</summary>
    public bool IsConfirmed => Status is not (SalesOrderStatus.Draft or SalesOrderStatus.PendingApproval or SalesOrderStatus.Cancelled);

    /// <summary>Per line, the quantity still to deliver (ordered − delivered), in base units.</summary>
    public IReadOnlyList<(Guid ProductId, decimal Quantity)> OpenQuantities =>
        [.. _lines.Where(l => l.RemainingQuantity > 0m).Select(l => (l.ProductId, l.RemainingQuantity))];

    /// <summary>Records delivered quantities (never more than is left per line) and moves the status along.</summary>
    public Result RecordDelivery(IReadOnlyList<(Guid LineId, decimal Quantity)> delivered, string? userId, DateTimeOffset at, string reference)
    {
        if (!IsConfirmed)
        {
            return new Error("sales.not_deliverable", $"Only confirmed orders can be delivered; this one is {Status}.");
        }

        foreach (var (lineId, quantity) in delivered)
        {
            var line = _lines.FirstOrDefault(l => l.Id == lineId);
            if (line is null)
            {
                return Error.NotFound("The order line");
            }

            var recorded = line.Deliver(quantity);
            if (!recorded.IsSuccess)
            {
                return SalesOrderErrors.OnLine(line.LineNumber, recorded.Error!);
            }
        }

        return MoveToProgress(userId, at, reference);
    }

    /// <summary>
    /// Records invoiced quantities and moves the status along. When the tenant invoices on delivery, a line can only be
    /// invoiced up to what was delivered; never beyond what was ordered.
    /// </summary>
    public Result RecordInvoice(IReadOnlyList<(Guid LineId, decimal Quantity)> invoiced, InvoiceOn invoiceOn, string? userId,
        DateTimeOffset at, string reference)
    {
        if (!IsConfirmed || Status == SalesOrderStatus.Paid)
        {
            return new Error("sales.not_invoiceable", $"Order {Number} is {Status}; only confirmed orders can be invoiced.");
        }

        foreach (var (lineId, quantity) in invoiced)
        {
            var line = _lines.FirstOrDefault(l => l.Id == lineId);
            if (line is null)
            {
                return Error.NotFound("The order line");
            }

            var limit = invoiceOn == InvoiceOn.Delivery ? line.DeliveredQuantity : line.Quantity;
            if (line.InvoicedQuantity + quantity > limit)
            {
                return SalesOrderErrors.OnLine(line.LineNumber, SalesOrderErrors.OverInvoice(line.Sku, limit - line.InvoicedQuantity,
                    quantity, invoiceOn));
            }

            var recorded = line.RecordInvoiced(quantity);
            if (!recorded.IsSuccess)
            {
                return SalesOrderErrors.OnLine(line.LineNumber, recorded.Error!);
            }
        }

        return MoveToProgress(userId, at, reference);
    }

    /// <summary>Invoiced → Paid once every invoice of the order is settled (the caller checks the invoices).</summary>
    public Result MarkPaid(string? userId, DateTimeOffset at, string reference) =>
        Status == SalesOrderStatus.Paid ? Result.Success() : MoveTo(SalesOrderStatus.Paid, userId, at, reference);

    /// <summary>The stage the quantities have reached: invoicing outranks delivery.</summary>
    public SalesOrderStatus Progress =>
        _lines.All(l => l.InvoicedQuantity >= l.Quantity) ? SalesOrderStatus.Invoiced
        : _lines.Any(l => l.InvoicedQuantity > 0m) ? SalesOrderStatus.PartiallyInvoiced
        : _lines.All(l => l.RemainingQuantity == 0m) ? SalesOrderStatus.Delivered
        : _lines.Any(l => l.DeliveredQuantity > 0m) ? SalesOrderStatus.PartiallyDelivered
        : SalesOrderStatus.Confirmed;

    private Result MoveToProgress(string? userId, DateTimeOffset at, string reference)
    {
        var to = Progress;
        return to == Status || Status == SalesOrderStatus.Paid ? Result.Success() : MoveTo(to, userId, at, reference);
    }

    private Result EnsureLines() => _lines.Count == 0 ? SalesOrderErrors.NoLines : Result.Success();

    private void Apply(SalesOrderHeader header)
    {
        if (header.ExchangeRate <= 0m)
        {
            throw new DomainException(Error.Validation("The exchange rate must be greater than zero."));
        }

        if (header.RequestedDeliveryDate is { } requested && requested < header.OrderDate)
        {
            throw new DomainException(SalesOrderErrors.RequestedBeforeOrder);
        }

        LocationId = header.LocationId;
        OrderDate = header.OrderDate;
        RequestedDeliveryDate = header.RequestedDeliveryDate;
        Currency = Common.Currency.Normalize(header.Currency);
        ExchangeRate = header.ExchangeRate;
        PaymentTermId = header.PaymentTermId;
        PriceListId = header.PriceListId;
        Notes = Text.Optional(header.Notes, 2000, "Notes");
    }

    private void EnsureDraft()
    {
        if (Status != SalesOrderStatus.Draft)
        {
            throw new DomainException(SalesOrderErrors.NotDraft("sales order", Status.ToString()));
        }
    }
}

public sealed record SalesOrderHeader(Guid LocationId, DateOnly OrderDate, DateOnly? RequestedDeliveryDate, string Currency,
    decimal ExchangeRate, Guid? PaymentTermId, Guid? PriceListId, string? Notes);
