using Erp.Domain.Common;
using Erp.Domain.Platform.Documents;
using Erp.Domain.Sales.Pricing;
using Erp.Domain.Sales.Taxes;

namespace Erp.Domain.Sales.Invoices;

public enum SalesInvoiceStatus
{
    Draft = 0,
    Posted = 1,
    PartiallyPaid = 2,
    Paid = 3,
    Cancelled = 4,
}

/// <summary>The customer as the invoice shows it, frozen when the invoice is saved.</summary>
public sealed record InvoiceCustomer(Guid CustomerId, string Code, string Name, string? TaxId, string? Address, bool TaxExempt);

/// <summary>The invoice's header as entered and checked by the service.</summary>
public sealed record InvoiceHeader(DateOnly InvoiceDate, Guid? PaymentTermId, string? PaymentTermName, DateOnly DueDate, string Currency,
    decimal ExchangeRate, bool PricesIncludeTax, TaxRounding Rounding, Discount OrderDiscount, string? Notes, bool UpdateStock,
    Guid? StockLocationId, Guid? SourceOrderId = null);

/// <summary>A line as the service resolved it: a product (with its name and SKU then) or free text.</summary>
public sealed record InvoiceLineData(Guid? ProductId, string? Sku, string Description, decimal Quantity, decimal UnitPrice,
    Discount Discount, decimal TaxRatePercent, decimal UnitCost, Guid? SourceOrderLineId = null, Guid? SourceDeliveryLineId = null);

/// <summary>
/// A sales invoice. Drafts are edited freely and take no number; posting numbers it (gap-free) and fixes it for good.
/// Payments and credit notes lower <see cref="AmountDue"/> and move the status to PartiallyPaid or Paid.
/// </summary>
public sealed class SalesInvoice : Document<SalesInvoiceStatus>, IOrganizationOwned
{
    private static readonly StateMachine<SalesInvoiceStatus> Machine = new StateMachine<SalesInvoiceStatus>("sales invoice")
        .Allow(SalesInvoiceStatus.Draft, SalesInvoiceStatus.Posted, SalesInvoiceStatus.Cancelled)
        .Allow(SalesInvoiceStatus.Posted, SalesInvoiceStatus.PartiallyPaid, SalesInvoiceStatus.Paid)
        .Allow(SalesInvoiceStatus.PartiallyPaid, SalesInvoiceStatus.Paid);

    private readonly List<SalesInvoiceLine> _lines = [];

    private SalesInvoice() { }

    public SalesInvoice(Guid organizationId, string? userId, DateTimeOffset at) : base(SalesInvoiceStatus.Draft, userId, at) =>
        OrganizationId = organizationId;

    public override string DocumentType => DocumentTypes.SalesInvoice;
    protected override StateMachine<SalesInvoiceStatus> Transitions => Machine;

    public Guid OrganizationId { get; private set; }
    public Guid CustomerId { get; private set; }
    public string CustomerCode { get; private set; } = "";
    public string CustomerName { get; private set; } = "";
    public string? CustomerTaxId { get; private set; }
    public string? CustomerAddress { get; private set; }
    public bool TaxExempt { get; private set; }
    public DateOnly InvoiceDate { get; private set; }
    public Guid? PaymentTermId { get; private set; }
    public string? PaymentTermName { get; private set; }
    public DateOnly DueDate { get; private set; }
    public string Currency { get; private set; } = "";
    public decimal ExchangeRate { get; private set; } = 1m;
    public bool PricesIncludeTax { get; private set; }
    public TaxRounding TaxRounding { get; private set; }
    public DiscountKind OrderDiscountKind { get; private set; }
    public decimal OrderDiscountValue { get; private set; }
    public string? Notes { get; private set; }
    public bool UpdateStock { get; private set; }
    public Guid? StockLocationId { get; private set; }
    public Guid? SourceOrderId { get; private set; }
    public decimal NetTotal { get; private set; }
    public decimal TaxTotal { get; private set; }
    public decimal GrossTotal { get; private set; }
    public decimal DiscountTotal { get; private set; }
    public decimal PaidAmount { get; private set; }
    public decimal CreditedAmount { get; private set; }

    /// <summary>Gross − paid − credited; stored so receivables sum and filter it in the database.</summary>
    public decimal AmountDue { get; private set; }

    /// <summary>
    /// <see cref="AmountDue"/> in cents, kept in step with it: receivables sum this integer on big books, because SQLite
    /// sums decimals (stored as text) row by row through functions that no index can serve.
    /// </summary>
    public long AmountDueCents { get; private set; }

    public DateTimeOffset? PostedAt { get; private set; }
    public IReadOnlyList<SalesInvoiceLine> Lines => _lines;

    /// <summary>Posted, partly paid or paid: it counts in the customer's balance.</summary>
    public bool IsPosted => Status is SalesInvoiceStatus.Posted or SalesInvoiceStatus.PartiallyPaid or SalesInvoiceStatus.Paid;

    /// <summary>Sets the customer, header and lines of a draft and totals them; a refused line or discount changes nothing.</summary>
    public Result SetContent(InvoiceCustomer customer, InvoiceHeader header, IReadOnlyList<InvoiceLineData> lines)
    {
        if (Status != SalesInvoiceStatus.Draft)
        {
            return InvoiceErrors.PostedNotEditable;
        }

        if (lines.Count == 0)
        {
            return InvoiceErrors.NoLines;
        }

        if (header.DueDate < header.InvoiceDate)
        {
            return InvoiceErrors.DueBeforeInvoice;
        }

        if (header.ExchangeRate <= 0m)
        {
            return Error.Validation("The exchange rate must be greater than zero.");
        }

        if (header.UpdateStock && header.StockLocationId is null)
        {
            return InvoiceErrors.LocationRequired;
        }

        for (var i = 0; i < lines.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i].Description))
            {
                return PricingErrors.LineError(i + 1, InvoiceErrors.DescriptionRequired);
            }

            if (lines[i].UnitCost < 0m)
            {
                return PricingErrors.LineError(i + 1, InvoiceErrors.NegativeCost);
            }
        }

        var totals = SalesTotals.Calculate(
            lines.Select(l => new TotalsLine(l.Quantity, l.UnitPrice, l.TaxRatePercent, l.Discount)).ToList(),
            header.OrderDiscount, header.Rounding, customer.TaxExempt, header.PricesIncludeTax);
        if (!totals.IsSuccess)
        {
            return totals.Error!;
        }

        CustomerId = customer.CustomerId;
        CustomerCode = customer.Code;
        CustomerName = customer.Name;
        CustomerTaxId = customer.TaxId;
        CustomerAddress = Text.Optional(customer.Address, 500, "Address");
        TaxExempt = customer.TaxExempt;
        InvoiceDate = header.InvoiceDate;
        PaymentTermId = header.PaymentTermId;
        PaymentTermName = header.PaymentTermName;
        DueDate = header.DueDate;
        Currency = Erp.Domain.Common.Currency.Normalize(header.Currency);
        ExchangeRate = header.ExchangeRate;
        PricesIncludeTax = header.PricesIncludeTax;
        TaxRounding = header.Rounding;
        OrderDiscountKind = header.OrderDiscount.IsNone ? DiscountKind.None : header.OrderDiscount.Kind;
        OrderDiscountValue = header.OrderDiscount.IsNone ? 0m : header.OrderDiscount.Value;
        Notes = Text.Optional(header.Notes, 2000, "Notes");
        UpdateStock = header.UpdateStock;
        StockLocationId = header.UpdateStock ? header.StockLocationId : null;
        SourceOrderId = header.SourceOrderId;

        _lines.Clear();
        for (var i = 0; i < lines.Count; i++)
        {
            _lines.Add(new SalesInvoiceLine(Id, i + 1, lines[i], totals.Value.Lines[i]));
        }

        NetTotal = totals.Value.Net;
        TaxTotal = totals.Value.Tax;
        GrossTotal = totals.Value.Gross;
        DiscountTotal = totals.Value.TotalDiscount;
        SetDue(GrossTotal);
        return Result.Success();
    }

    public Result Post(string? userId, DateTimeOffset at)
    {
        if (Status == SalesInvoiceStatus.Draft && _lines.Count == 0)
        {
            return InvoiceErrors.NoLines;
        }

        var moved = MoveTo(SalesInvoiceStatus.Posted, userId, at);
        if (moved.IsSuccess)
        {
            PostedAt = at;
            SetDue(GrossTotal);
            if (GrossTotal == 0m)
            {
                MoveTo(SalesInvoiceStatus.Paid, userId, at, "Nothing to pay");
            }
        }

        return moved;
    }

    public Result Cancel(string? userId, DateTimeOffset at, string? reason) =>
        Status == SalesInvoiceStatus.Draft
            ? MoveTo(SalesInvoiceStatus.Cancelled, userId, at, reason?.Trim(), reasonRequired: true)
            : InvoiceErrors.PostedNotEditable;

    /// <summary>Takes a payment allocation: at most what is due.</summary>
    public Result ApplyPayment(decimal amount, string? userId, DateTimeOffset at, string reason) =>
        Settle(amount, userId, at, reason, credit: false);

    /// <summary>Takes the part of a credit note that goes against this invoice: at most what is due.</summary>
    public Result ApplyCredit(decimal amount, string? userId, DateTimeOffset at, string reason) =>
        Settle(amount, userId, at, reason, credit: true);

    /// <summary>Records the cost at which the stock left (the ledger's valuation), per line.</summary>
    public void SetUnitCost(Guid lineId, decimal unitCost) => _lines.Single(l => l.Id == lineId).SetUnitCost(unitCost);

    private void SetDue(decimal due)
    {
        AmountDue = due;
        AmountDueCents = (long)decimal.Round(due * 100m, 0, MidpointRounding.AwayFromZero);
    }

    private Result Settle(decimal amount, string? userId, DateTimeOffset at, string reason, bool credit)
    {
        if (amount <= 0m)
        {
            return InvoiceErrors.AmountNotPositive;
        }

        if (Status is not (SalesInvoiceStatus.Posted or SalesInvoiceStatus.PartiallyPaid))
        {
            return InvoiceErrors.NotOpen;
        }

        if (amount > AmountDue)
        {
            return InvoiceErrors.Overpaid(Number, AmountDue);
        }

        if (credit)
        {
            CreditedAmount += amount;
        }
        else
        {
            PaidAmount += amount;
        }

        SetDue(GrossTotal - PaidAmount - CreditedAmount);
        var next = AmountDue == 0m ? SalesInvoiceStatus.Paid : SalesInvoiceStatus.PartiallyPaid;
        return next == Status ? Result.Success() : MoveTo(next, userId, at, reason);
    }
}

/// <summary>
/// One invoice line with its totals (from <see cref="SalesTotals"/>) and what credit notes took back so far.
/// </summary>
public sealed class SalesInvoiceLine : Entity, ITenantOwned, IAudited
{
    private SalesInvoiceLine() { }

    internal SalesInvoiceLine(Guid invoiceId, int lineNumber, InvoiceLineData data, LineTotals totals)
    {
        InvoiceId = invoiceId;
        LineNumber = lineNumber;
        ProductId = data.ProductId;
        Sku = data.Sku;
        Description = Text.Required(data.Description, 300, "Description");
        Quantity = data.Quantity;
        UnitPrice = data.UnitPrice;
        DiscountKind = data.Discount.IsNone ? DiscountKind.None : data.Discount.Kind;
        DiscountValue = data.Discount.IsNone ? 0m : data.Discount.Value;
        TaxRatePercent = data.TaxRatePercent;
        UnitCost = data.UnitCost;
        SourceOrderLineId = data.SourceOrderLineId;
        SourceDeliveryLineId = data.SourceDeliveryLineId;
        Amount = totals.Amount;
        LineDiscount = totals.LineDiscount;
        OrderDiscount = totals.OrderDiscount;
        Net = totals.Net;
        Tax = totals.Tax;
        Gross = totals.Gross;
    }

    public Guid TenantId { get; private set; }
    public Guid InvoiceId { get; private set; }
    public int LineNumber { get; private set; }
    public Guid? ProductId { get; private set; }
    public string? Sku { get; private set; }
    public string Description { get; private set; } = "";
    public decimal Quantity { get; private set; }
    public decimal UnitPrice { get; private set; }
    public DiscountKind DiscountKind { get; private set; }
    public decimal DiscountValue { get; private set; }
    public decimal TaxRatePercent { get; private set; }
    public decimal UnitCost { get; private set; }
    public Guid? SourceOrderLineId { get; private set; }
    public Guid? SourceDeliveryLineId { get; private set; }
    public decimal Amount { get; private set; }
    public decimal LineDiscount { get; private set; }
    public decimal OrderDiscount { get; private set; }
    public decimal Net { get; private set; }
    public decimal Tax { get; private set; }
    public decimal Gross { get; private set; }
    public decimal CreditedQuantity { get; private set; }
    public decimal CreditedNet { get; private set; }
    public decimal CreditedTax { get; private set; }

    public decimal RemainingQuantity => Quantity - CreditedQuantity;
    public decimal RemainingNet => Net - CreditedNet;
    public decimal RemainingTax => Tax - CreditedTax;

    internal void SetUnitCost(decimal unitCost) => UnitCost = unitCost;

    /// <summary>Records a credit against the line; the credit note has checked it against what remains.</summary>
    public void TakeCredit(decimal quantity, decimal net, decimal tax)
    {
        if (quantity > RemainingQuantity || net > RemainingNet || tax > RemainingTax)
        {
            throw new DomainException(Error.Validation($"Line {LineNumber}: more than what is left of it cannot be credited."));
        }

        CreditedQuantity += quantity;
        CreditedNet += net;
        CreditedTax += tax;
    }
}
