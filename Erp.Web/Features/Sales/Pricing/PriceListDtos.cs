using Erp.Domain.Sales.Pricing;

namespace Erp.Web.Features.Sales.Pricing;

public sealed record PriceListRow(Guid Id, string Name, string CurrencyCode, bool PricesIncludeTax, bool IsActive, int ItemCount);

public sealed record PriceListDetails(Guid Id, string Name, string CurrencyCode, bool PricesIncludeTax, bool IsActive);

public sealed record PriceListItemRow(Guid Id, Guid ProductId, string Sku, string ProductName, decimal Price, decimal MinQuantity,
    DateOnly? ValidFrom, DateOnly? ValidTo);

/// <summary>A price check's answer: the resolved price and, for information, the product's tax rate and the price with/without tax.</summary>
public sealed record PriceCheck(ResolvedPrice Price, string TaxRateName, decimal TaxPercent, decimal PriceExcludingTax, decimal PriceIncludingTax);

/// <summary>The price list header form.</summary>
public sealed class PriceListInput
{
    public string? Name { get; set; }
    public string? CurrencyCode { get; set; }
    public bool PricesIncludeTax { get; set; }
    public bool IsActive { get; set; } = true;
}

/// <summary>The item form. <see cref="Id"/> null: a new item.</summary>
public sealed class PriceListItemInput
{
    public Guid? Id { get; set; }
    public Guid? ProductId { get; set; }
    public decimal Price { get; set; }
    public decimal MinQuantity { get; set; }
    public DateTime? ValidFrom { get; set; }
    public DateTime? ValidTo { get; set; }

    public DateOnly? From => ValidFrom is { } d ? DateOnly.FromDateTime(d) : null;
    public DateOnly? To => ValidTo is { } d ? DateOnly.FromDateTime(d) : null;
}
