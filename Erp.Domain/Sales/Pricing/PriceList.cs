using Erp.Domain.Common;

namespace Erp.Domain.Sales.Pricing;

/// <summary>
/// A named set of selling prices in one currency. Its prices are entered either tax-exclusive or tax-inclusive.
/// Customers get a price list from their customer group or directly; the product's own price applies otherwise.
/// </summary>
public sealed class PriceList : TenantEntity
{
    private PriceList() { }

    public PriceList(string name, string currencyCode, bool pricesIncludeTax)
    {
        Rename(name);
        CurrencyCode = Currency.Normalize(currencyCode);
        PricesIncludeTax = pricesIncludeTax;
    }

    public string Name { get; private set; } = "";
    public string CurrencyCode { get; private set; } = "";
    public bool PricesIncludeTax { get; private set; }
    public bool IsActive { get; private set; } = true;

    public void Rename(string name) => Name = Text.Required(name, 100, "Name");

    public void SetPricesIncludeTax(bool pricesIncludeTax) => PricesIncludeTax = pricesIncludeTax;

    public void SetActive(bool active) => IsActive = active;
}
