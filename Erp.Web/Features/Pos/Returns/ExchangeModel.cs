using Erp.Web.Features.Pos.Checkout;

namespace Erp.Web.Features.Pos.Returns;

/// <summary>The new items of an exchange as rung up on the return page, and the tenders for what the return leaves due.</summary>
public sealed class ExchangeModel
{
    public List<ExchangeItem> Items { get; } = [];
    public List<RefundRowModel> Tenders { get; } = [];

    /// <summary>An estimate at list prices (the server prices the sale exactly when it is taken).</summary>
    public decimal EstimatedTotal(bool pricesIncludeTax) => Items.Sum(i => pricesIncludeTax
        ? i.Quantity * i.Item.UnitPrice
        : Erp.Domain.Sales.Pricing.MoneyRounding.Round(i.Quantity * i.Item.UnitPrice * (1m + i.Item.TaxRatePercent / 100m)));

    public SaleInput ToSale() => new()
    {
        Lines = [.. Items.Where(i => i.Quantity > 0m).Select(i => new CartLineInput { ProductId = i.Item.ProductId, Quantity = i.Quantity })],
        Payments = [.. Tenders.Where(t => t.MethodId is not null && t.Amount > 0m).Select(t => new TenderInput(t.MethodId!.Value, t.Amount))],
    };
}

public sealed class ExchangeItem(TillItem item)
{
    public TillItem Item { get; } = item;
    public decimal Quantity { get; set; } = 1m;
}
