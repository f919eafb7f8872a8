using Erp.Domain.Common;
using Erp.Domain.Platform.Documents;
using Erp.Domain.Sales.Orders;
using Erp.Domain.Sales.Pricing;

namespace Erp.Domain.Sales.Quotations;

public enum QuotationStatus
{
    Draft = 0,
    Sent = 1,
    Accepted = 2,
    Declined = 3,
    Expired = 4,
}

/// <summary>
/// An offer to a customer, valid until a date. Accepting converts it into a sales order with the same lines and prices
/// (<see cref="SalesOrderId"/> links them); the expiry job moves open quotations past their date to Expired.
/// </summary>
public sealed class Quotation : Document<QuotationStatus>, IOrganizationOwned
{
    private static readonly StateMachine<QuotationStatus> Machine = new StateMachine<QuotationStatus>("quotation")
        .Allow(QuotationStatus.Draft, QuotationStatus.Sent, QuotationStatus.Accepted, QuotationStatus.Declined, QuotationStatus.Expired)
        .Allow(QuotationStatus.Sent, QuotationStatus.Accepted, QuotationStatus.Declined, QuotationStatus.Expired);

    private readonly List<QuotationLine> _lines = [];

    private Quotation() { }

    public Quotation(Guid organizationId, Guid customerId, QuotationHeader header, string? userId, DateTimeOffset at)
        : base(QuotationStatus.Draft, userId, at)
    {
        OrganizationId = organizationId;
        CustomerId = customerId;
        Apply(header);
    }

    public override string DocumentType => DocumentTypes.Quotation;
    protected override StateMachine<QuotationStatus> Transitions => Machine;

    public Guid OrganizationId { get; private set; }
    public Guid CustomerId { get; private set; }

    /// <summary>Where the goods would ship from; the converted order ships from here.</summary>
    public Guid LocationId { get; private set; }
    public DateOnly QuotationDate { get; private set; }
    public DateOnly ValidUntil { get; private set; }
    public string Currency { get; private set; } = "";
    public decimal ExchangeRate { get; private set; } = 1m;
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
    public Guid? SalesOrderId { get; private set; }

    public IReadOnlyList<QuotationLine> Lines => _lines;
    public Discount OrderDiscount => new(OrderDiscountKind, OrderDiscountValue);
    public SalesPricingTerms Terms => new(PricesIncludeTax, TaxExempt, TaxRounding);

    /// <summary>Open (draft or sent) and past its valid-until date on <paramref name="today"/>.</summary>
    public bool IsOverdue(DateOnly today) => Status is QuotationStatus.Draft or QuotationStatus.Sent && ValidUntil < today;

    public void Edit(QuotationHeader header)
    {
        EnsureDraft();
        Apply(header);
    }

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
            _lines.Add(new QuotationLine(Id, i + 1, lines[i], totals.Value.Lines[i]));
        }

        (OrderDiscountKind, OrderDiscountValue) = (orderDiscount.Kind, orderDiscount.Value);
        (PricesIncludeTax, TaxExempt, TaxRounding) = (terms.PricesIncludeTax, terms.TaxExempt, terms.Rounding);
        (Net, Tax, Gross, TotalDiscount) = (totals.Value.Net, totals.Value.Tax, totals.Value.Gross, totals.Value.TotalDiscount);
        return Result.Success();
    }

    public Result Send(string? userId, DateTimeOffset at) =>
        _lines.Count == 0 ? SalesOrderErrors.NoLines : MoveTo(QuotationStatus.Sent, userId, at);

    public Result Decline(string? userId, DateTimeOffset at, string? reason) =>
        MoveTo(QuotationStatus.Declined, userId, at, reason?.Trim(), reasonRequired: true);

    public Result Expire(DateTimeOffset at) =>
        MoveTo(QuotationStatus.Expired, null, at, $"Past its valid-until date {ValidUntil:yyyy-MM-dd}");

    /// <summary>Marks the quotation accepted and converted into <paramref name="orderId"/>.</summary>
    public Result Accept(Guid orderId, string orderNumber, string? userId, DateTimeOffset at)
    {
        if (_lines.Count == 0)
        {
            return SalesOrderErrors.NoLines;
        }

        var moved = MoveTo(QuotationStatus.Accepted, userId, at, $"Converted to order {orderNumber}");
        if (moved.IsSuccess)
        {
            SalesOrderId = orderId;
        }

        return moved;
    }

    private void Apply(QuotationHeader header)
    {
        if (header.ExchangeRate <= 0m)
        {
            throw new DomainException(Error.Validation("The exchange rate must be greater than zero."));
        }

        if (header.ValidUntil < header.QuotationDate)
        {
            throw new DomainException(SalesOrderErrors.ValidUntilBeforeDate);
        }

        LocationId = header.LocationId;
        QuotationDate = header.QuotationDate;
        ValidUntil = header.ValidUntil;
        Currency = Common.Currency.Normalize(header.Currency);
        ExchangeRate = header.ExchangeRate;
        PriceListId = header.PriceListId;
        Notes = Text.Optional(header.Notes, 2000, "Notes");
    }

    private void EnsureDraft()
    {
        if (Status != QuotationStatus.Draft)
        {
            throw new DomainException(SalesOrderErrors.NotDraft("quotation", Status.ToString()));
        }
    }
}

public sealed record QuotationHeader(Guid LocationId, DateOnly QuotationDate, DateOnly ValidUntil, string Currency, decimal ExchangeRate,
    Guid? PriceListId, string? Notes);

/// <summary>One quotation line: the product as quoted, quantity, price, discount, tax rate snapshot and totals.</summary>
public sealed class QuotationLine : Entity, ITenantOwned, IAudited
{
    private QuotationLine() { }

    internal QuotationLine(Guid quotationId, int lineNumber, SalesLineData data, LineTotals totals)
    {
        QuotationId = quotationId;
        LineNumber = lineNumber;
        ProductId = data.ProductId;
        Sku = Text.Required(data.Sku, 100, "SKU");
        ProductName = Text.Required(data.ProductName, 300, "Product name");
        UnitCode = data.UnitCode;
        Quantity = data.Quantity;
        UnitPrice = data.UnitPrice;
        PriceOverridden = data.PriceOverridden;
        UnitCost = data.UnitCost;
        DiscountKind = data.Discount.Kind;
        DiscountValue = data.Discount.Value;
        TaxRatePercent = data.TaxRatePercent;
        Net = totals.Net;
        Tax = totals.Tax;
        Gross = totals.Gross;
    }

    public Guid TenantId { get; private set; }
    public Guid QuotationId { get; private set; }
    public int LineNumber { get; private set; }
    public Guid ProductId { get; private set; }
    public string Sku { get; private set; } = "";
    public string ProductName { get; private set; } = "";
    public string UnitCode { get; private set; } = "";
    public decimal Quantity { get; private set; }
    public decimal UnitPrice { get; private set; }
    public bool PriceOverridden { get; private set; }
    public decimal UnitCost { get; private set; }
    public DiscountKind DiscountKind { get; private set; }
    public decimal DiscountValue { get; private set; }
    public decimal TaxRatePercent { get; private set; }
    public decimal Net { get; private set; }
    public decimal Tax { get; private set; }
    public decimal Gross { get; private set; }

    public Discount Discount => new(DiscountKind, DiscountValue);

    /// <summary>The line as quoted, for the order it is converted into (price kept as quoted).</summary>
    public SalesLineData ToLineData() =>
        new(ProductId, Sku, ProductName, UnitCode, Quantity, UnitPrice, Discount, TaxRatePercent, UnitCost, PriceOverridden);
}
