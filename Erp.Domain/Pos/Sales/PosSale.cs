using Erp.Domain.Common;
using Erp.Domain.Platform.Documents;
using Erp.Domain.Sales.Payments;
using Erp.Domain.Sales.Pricing;
using Erp.Domain.Sales.Taxes;

namespace Erp.Domain.Pos.Sales;

public enum PosSaleStatus
{
    /// <summary>Parked at the till without a number; recalled later or discarded.</summary>
    Held = 1,

    /// <summary>Paid, numbered and posted (stock out); never edited, only returned.</summary>
    Completed = 2,

    /// <summary>A held sale taken back into the cart (a new sale completes it).</summary>
    Recalled = 3,

    Discarded = 4,
}

/// <summary>Who sells, where, to whom: the same for every sale of a session.</summary>
public sealed record PosSaleHeader(Guid OrganizationId, Guid RegisterId, Guid SessionId, Guid LocationId, Guid? CustomerId,
    string CustomerName, string Currency, string CashierId, string CashierName, bool PricesIncludeTax);

/// <summary>
/// A line as rung up: <paramref name="ListPrice"/> is what the price list gives, <paramref name="UnitPrice"/> what is
/// charged (different only after a price override); quantity in base units.
/// </summary>
public sealed record PosLineData(Guid ProductId, string Sku, string ProductName, decimal Quantity, decimal ListPrice, decimal UnitPrice,
    Discount Discount, decimal TaxRatePercent);

/// <summary>Money handed over with one method; cash may be more than due (the change comes from cash).</summary>
public sealed record PosTender(Guid? PaymentMethodId, string MethodName, PaymentMethodKind Kind, decimal Amount, Guid? ReturnId = null);

/// <summary>
/// A point-of-sale sale (receipt). Totals follow the sales totals engine at the register's tax behaviour. Completing
/// takes the number, the payments (split across methods, change only from cash) and, done by the caller in the same
/// transaction, the stock out of the register's location.
/// </summary>
public sealed class PosSale : Document<PosSaleStatus>, IOrganizationOwned
{
    private static readonly StateMachine<PosSaleStatus> Machine = new StateMachine<PosSaleStatus>("sale")
        .Allow(PosSaleStatus.Held, PosSaleStatus.Recalled, PosSaleStatus.Discarded);

    private readonly List<PosSaleLine> _lines = [];
    private readonly List<PosSalePayment> _payments = [];

    private PosSale() { }

    private PosSale(PosSaleHeader header, PosSaleStatus status, DateTimeOffset at) : base(status, header.CashierId, at)
    {
        OrganizationId = header.OrganizationId;
        RegisterId = header.RegisterId;
        SessionId = header.SessionId;
        LocationId = header.LocationId;
        CustomerId = header.CustomerId;
        CustomerName = Text.Required(header.CustomerName, 300, "Customer");
        Currency = Common.Currency.Normalize(header.Currency);
        CashierId = header.CashierId;
        CashierName = header.CashierName;
        PricesIncludeTax = header.PricesIncludeTax;
        SoldAt = at;
    }

    public override string DocumentType => DocumentTypes.PosSale;
    protected override StateMachine<PosSaleStatus> Transitions => Machine;

    public Guid OrganizationId { get; private set; }
    public Guid RegisterId { get; private set; }
    public Guid SessionId { get; private set; }
    public Guid LocationId { get; private set; }
    public Guid? CustomerId { get; private set; }
    public string CustomerName { get; private set; } = "";
    public string Currency { get; private set; } = "";
    public string CashierId { get; private set; } = "";
    public string CashierName { get; private set; } = "";
    public bool PricesIncludeTax { get; private set; }
    public DateTimeOffset SoldAt { get; private set; }
    public DiscountKind CartDiscountKind { get; private set; }
    public decimal CartDiscountValue { get; private set; }
    public decimal NetTotal { get; private set; }
    public decimal TaxTotal { get; private set; }
    public decimal GrossTotal { get; private set; }
    public decimal DiscountTotal { get; private set; }

    /// <summary>Σ payments as kept (cash net of change) = <see cref="GrossTotal"/> once completed.</summary>
    public decimal PaidTotal { get; private set; }

    public decimal ChangeGiven { get; private set; }
    public string? Note { get; private set; }

    /// <summary>Who approved a price override or discount the cashier could not give alone.</summary>
    public string? OverrideApprovedBy { get; private set; }

    public IReadOnlyList<PosSaleLine> Lines => _lines;
    public IReadOnlyList<PosSalePayment> Payments => _payments;

    /// <summary>A sale parked at the till: its lines are kept, no number, no payment, no stock.</summary>
    public static Result<PosSale> Hold(PosSaleHeader header, IReadOnlyList<PosLineData> lines, Discount cartDiscount,
        TaxRounding rounding, string? note, DateTimeOffset at)
    {
        var sale = new PosSale(header, PosSaleStatus.Held, at) { Note = Text.Optional(note, 200, "Note") };
        var set = sale.SetLines(lines, cartDiscount, rounding);
        return set.IsSuccess ? sale : set.Error!;
    }

    /// <summary>
    /// A paid sale. The caller numbers it, posts its stock and records each line's cost in the same transaction.
    /// Refused (nothing made) without lines, with a quantity not above zero, or when the payments are short.
    /// </summary>
    public static Result<PosSale> Complete(PosSaleHeader header, IReadOnlyList<PosLineData> lines, Discount cartDiscount,
        TaxRounding rounding, IReadOnlyList<PosTender> tenders, string? overrideApprovedBy, DateTimeOffset at)
    {
        var sale = new PosSale(header, PosSaleStatus.Completed, at) { OverrideApprovedBy = overrideApprovedBy };
        var set = sale.SetLines(lines, cartDiscount, rounding);
        var paid = set.IsSuccess ? sale.TakePayments(tenders) : set;
        return paid.IsSuccess ? sale : paid.Error!;
    }

    public Result Recall(string? userId, DateTimeOffset at) => MoveTo(PosSaleStatus.Recalled, userId, at);

    public Result Discard(string? userId, DateTimeOffset at, string? reason) =>
        MoveTo(PosSaleStatus.Discarded, userId, at, reason, reasonRequired: true);

    private Result SetLines(IReadOnlyList<PosLineData> lines, Discount cartDiscount, TaxRounding rounding)
    {
        if (lines.Count == 0)
        {
            return PosErrors.EmptyCart;
        }

        if (lines.FirstOrDefault(l => l.Quantity <= 0m) is { } bad)
        {
            return PosErrors.QuantityNotPositive(bad.Sku);
        }

        var totals = SalesTotals.Calculate([.. lines.Select(l => new TotalsLine(l.Quantity, l.UnitPrice, l.TaxRatePercent, l.Discount))],
            cartDiscount, rounding, taxExempt: false, PricesIncludeTax);
        if (!totals.IsSuccess)
        {
            return totals.Error!;
        }

        for (var i = 0; i < lines.Count; i++)
        {
            _lines.Add(new PosSaleLine(Id, i + 1, lines[i], totals.Value.Lines[i]));
        }

        CartDiscountKind = cartDiscount.IsNone ? DiscountKind.None : cartDiscount.Kind;
        CartDiscountValue = cartDiscount.IsNone ? 0m : cartDiscount.Value;
        NetTotal = totals.Value.Net;
        TaxTotal = totals.Value.Tax;
        GrossTotal = totals.Value.Gross;
        DiscountTotal = totals.Value.TotalDiscount;
        return Result.Success();
    }

    private Result TakePayments(IReadOnlyList<PosTender> tenders)
    {
        if (tenders.Any(t => t.Amount <= 0m || decimal.Round(t.Amount, 2) != t.Amount))
        {
            return Error.Validation("Each payment must be more than zero, with at most two decimals.");
        }

        var tendered = tenders.Sum(t => t.Amount);
        if (tendered < GrossTotal)
        {
            return PosErrors.PaymentShort(GrossTotal, tendered);
        }

        var change = tendered - GrossTotal;
        var cash = tenders.Where(t => t.Kind == PaymentMethodKind.Cash).Sum(t => t.Amount);
        if (change > cash)
        {
            return PosErrors.ChangeOnlyFromCash;
        }

        var changeLeft = change;
        foreach (var tender in tenders.Reverse())
        {
            var kept = tender.Amount;
            if (tender.Kind == PaymentMethodKind.Cash && changeLeft > 0m)
            {
                var fromThis = Math.Min(changeLeft, kept);
                kept -= fromThis;
                changeLeft -= fromThis;
            }

            _payments.Insert(0, new PosSalePayment(Id, tenders.Count - _payments.Count, tender, kept));
        }

        ChangeGiven = change;
        PaidTotal = GrossTotal;
        return Result.Success();
    }
}

/// <summary>
/// One line of a sale as sold: product, price, discount and tax kept as they were; totals from the engine
/// (<see cref="Net"/> + <see cref="Tax"/> = <see cref="Gross"/>). Returns are counted on the line so that, over any
/// number of returns, no more than was sold goes back and the refunds add up to the line exactly.
/// </summary>
public sealed class PosSaleLine : Entity, ITenantOwned, IAudited
{
    private PosSaleLine() { }

    internal PosSaleLine(Guid saleId, int lineNumber, PosLineData data, LineTotals totals)
    {
        SaleId = saleId;
        LineNumber = lineNumber;
        ProductId = data.ProductId;
        Sku = Text.Required(data.Sku, 100, "SKU");
        ProductName = Text.Required(data.ProductName, 300, "Product name");
        Quantity = data.Quantity;
        ListPrice = data.ListPrice;
        UnitPrice = data.UnitPrice;
        DiscountKind = data.Discount.IsNone ? DiscountKind.None : data.Discount.Kind;
        DiscountValue = data.Discount.IsNone ? 0m : data.Discount.Value;
        TaxRatePercent = data.TaxRatePercent;
        Discount = totals.TotalDiscount;
        Net = totals.Net;
        Tax = totals.Tax;
        Gross = totals.Gross;
    }

    public Guid TenantId { get; private set; }
    public Guid SaleId { get; private set; }
    public int LineNumber { get; private set; }
    public Guid ProductId { get; private set; }
    public string Sku { get; private set; } = "";
    public string ProductName { get; private set; } = "";
    public decimal Quantity { get; private set; }
    public decimal ListPrice { get; private set; }
    public decimal UnitPrice { get; private set; }
    public DiscountKind DiscountKind { get; private set; }
    public decimal DiscountValue { get; private set; }
    public decimal TaxRatePercent { get; private set; }

    /// <summary>Line and share of the cart discount, in the prices' terms.</summary>
    public decimal Discount { get; private set; }

    public decimal Net { get; private set; }
    public decimal Tax { get; private set; }
    public decimal Gross { get; private set; }
    public decimal UnitCost { get; private set; }
    public decimal CostValue { get; private set; }
    public decimal ReturnedQuantity { get; private set; }
    public decimal ReturnedNet { get; private set; }
    public decimal ReturnedTax { get; private set; }
    public decimal ReturnedGross { get; private set; }

    public decimal ReturnableQuantity => Quantity - ReturnedQuantity;
    public bool PriceOverridden => UnitPrice != ListPrice;

    public void RecordCost(decimal value)
    {
        CostValue = value;
        UnitCost = Inventory.Valuation.CostRounding.UnitCost(Quantity == 0m ? 0m : value / Quantity);
    }

    /// <summary>
    /// Takes back <paramref name="quantity"/>: its share of the line's net, tax and gross (rounded to the cent; the
    /// last return of the line gets what is left, so the refunds add up to the line exactly).
    /// </summary>
    public Result<LineRefund> Return(decimal quantity)
    {
        if (quantity <= 0m)
        {
            return PosErrors.QuantityNotPositive(Sku);
        }

        if (quantity > ReturnableQuantity)
        {
            return PosErrors.ReturnTooMuch(Sku, Quantity, ReturnedQuantity, quantity);
        }

        LineRefund refund;
        if (quantity == ReturnableQuantity)
        {
            refund = new LineRefund(Net - ReturnedNet, Tax - ReturnedTax, Gross - ReturnedGross);
        }
        else
        {
            var gross = MoneyRounding.Round(Gross * quantity / Quantity);
            var tax = MoneyRounding.Round(Tax * quantity / Quantity);
            refund = new LineRefund(gross - tax, tax, gross);
        }

        ReturnedQuantity += quantity;
        ReturnedNet += refund.Net;
        ReturnedTax += refund.Tax;
        ReturnedGross += refund.Gross;
        return refund;
    }
}

/// <summary>What a returned quantity gives back: net + tax = gross.</summary>
public sealed record LineRefund(decimal Net, decimal Tax, decimal Gross);

/// <summary>
/// Money taken for a sale with one method. <see cref="Amount"/> is what was kept (cash net of change);
/// <see cref="Tendered"/> what was handed over. A payment from an exchange's return has no method but the return.
/// </summary>
public sealed class PosSalePayment : Entity, ITenantOwned, IAudited
{
    private PosSalePayment() { }

    internal PosSalePayment(Guid saleId, int position, PosTender tender, decimal kept)
    {
        SaleId = saleId;
        Position = position;
        PaymentMethodId = tender.PaymentMethodId;
        MethodName = Text.Required(tender.MethodName, 60, "Payment method");
        Kind = tender.Kind;
        Tendered = tender.Amount;
        Amount = kept;
        ReturnId = tender.ReturnId;
    }

    public Guid TenantId { get; private set; }
    public Guid SaleId { get; private set; }

    /// <summary>The order the payments were taken in (1, 2, …).</summary>
    public int Position { get; private set; }

    public Guid? PaymentMethodId { get; private set; }
    public string MethodName { get; private set; } = "";
    public PaymentMethodKind Kind { get; private set; }
    public decimal Tendered { get; private set; }
    public decimal Amount { get; private set; }
    public Guid? ReturnId { get; private set; }
}
