using Erp.Domain.Sales.Pricing;
using Erp.Domain.Sales.Taxes;

namespace Erp.Web.Features.Pos.Checkout;

/// <summary>A line in the cart: the item as looked up and what the cashier changed.</summary>
public sealed class CartLine(TillItem item)
{
    public TillItem Item { get; } = item;
    public decimal Quantity { get; set; } = 1m;

    /// <summary>A price other than the item's; null is the list price.</summary>
    public decimal? PriceOverride { get; set; }

    public DiscountKind DiscountKind { get; set; }
    public decimal DiscountValue { get; set; }

    public decimal UnitPrice => PriceOverride ?? Item.UnitPrice;
    public bool IsChanged => PriceOverride is not null || DiscountKind != DiscountKind.None;
}

/// <summary>
/// The till's cart, kept in the circuit: scanning the same item again adds one to its line; totals follow the sales
/// totals engine as the server will compute them on completion; tenders add up to the change due.
/// </summary>
public sealed class Cart
{
    private readonly List<CartLine> _lines = [];
    private readonly List<(TillPaymentMethod Method, decimal Amount)> _tenders = [];

    public IReadOnlyList<CartLine> Lines => _lines;
    public IReadOnlyList<(TillPaymentMethod Method, decimal Amount)> Tenders => _tenders;
    public Guid? CustomerId { get; set; }
    public string? CustomerName { get; set; }
    public Guid? RecalledFromId { get; set; }
    public ManagerApproval? Approval { get; set; }
    public bool IsEmpty => _lines.Count == 0;

    /// <summary>Adds one of <paramref name="item"/>: to its unchanged line if there is one, else as a new line.</summary>
    public CartLine Add(TillItem item, decimal quantity = 1m)
    {
        var line = _lines.LastOrDefault(l => l.Item.ProductId == item.ProductId && !l.IsChanged);
        if (line is null)
        {
            line = new CartLine(item) { Quantity = quantity };
            _lines.Add(line);
        }
        else
        {
            line.Quantity += quantity;
        }

        return line;
    }

    public void Remove(CartLine line) => _lines.Remove(line);

    public void AddTender(TillPaymentMethod method, decimal amount) => _tenders.Add((method, amount));

    public void RemoveTender(int index) => _tenders.RemoveAt(index);

    public void ClearTenders() => _tenders.Clear();

    public void Clear()
    {
        _lines.Clear();
        _tenders.Clear();
        CustomerId = null;
        CustomerName = null;
        RecalledFromId = null;
        Approval = null;
    }

    /// <summary>The totals as the server will compute them, or why they cannot be (a discount too large…).</summary>
    public Domain.Common.Result<DocumentTotals> Totals(bool pricesIncludeTax, TaxRounding rounding = TaxRounding.PerLine) =>
        SalesTotals.Calculate([.. _lines.Select(l => new TotalsLine(l.Quantity, l.UnitPrice, l.Item.TaxRatePercent,
            new Discount(l.DiscountKind, l.DiscountValue)))], Discount.None, rounding, taxExempt: false, pricesIncludeTax);

    public decimal Tendered => _tenders.Sum(t => t.Amount);

    public SaleInput ToInput(Guid sessionId) => new()
    {
        SessionId = sessionId,
        CustomerId = CustomerId,
        RecalledFromId = RecalledFromId,
        Approval = Approval,
        Lines = [.. _lines.Select(l => new CartLineInput
        {
            ProductId = l.Item.ProductId, Quantity = l.Quantity, UnitPrice = l.PriceOverride, DiscountKind = l.DiscountKind,
            DiscountValue = l.DiscountValue,
        })],
        Payments = [.. _tenders.Select(t => new TenderInput(t.Method.Id, t.Amount))],
    };
}
