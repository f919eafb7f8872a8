using Erp.Data;
using Erp.Data.Sales;
using Erp.Domain.Catalog;
using Erp.Domain.Common;
using Erp.Domain.Inventory;
using Erp.Domain.Sales;
using Erp.Domain.Sales.Customers;
using Erp.Domain.Sales.Orders;
using Erp.Domain.Sales.Pricing;
using Erp.Domain.Sales.Taxes;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Sales.Orders;

/// <summary>A customer as a sales document needs it: allowed to order, with the price list and terms that apply.</summary>
internal sealed record OrderingCustomer(Customer Customer, Guid? PriceListId, Guid? PaymentTermId);

/// <summary>Checks quotations and orders share: the customer, and the lines priced, taxed and checked against cost.</summary>
internal static class SalesDocumentRules
{
    /// <summary>The customer, refused when unknown or blocked; price list and terms from the customer, else the group.</summary>
    public static async Task<Result<OrderingCustomer>> CustomerAsync(ErpDbContext db, Guid? customerId, CancellationToken ct)
    {
        if (customerId is null)
        {
            return SalesOrderErrors.CustomerRequired;
        }

        var customer = await db.Customers.AsNoTracking().FirstOrDefaultAsync(c => c.Id == customerId, ct);
        if (customer is null)
        {
            return CustomerErrors.CustomerNotFound;
        }

        var allowed = customer.EnsureCanOrder();
        if (!allowed.IsSuccess)
        {
            return allowed.Error!;
        }

        var group = customer.GroupId is { } groupId
            ? await db.CustomerGroups.AsNoTracking().Where(g => g.Id == groupId)
                .Select(g => new { g.PriceListId, g.DefaultPaymentTermId }).FirstOrDefaultAsync(ct)
            : null;
        return new OrderingCustomer(customer, customer.PriceListId ?? group?.PriceListId, customer.PaymentTermId ?? group?.DefaultPaymentTermId);
    }

    /// <summary>
    /// Prices, taxes and checks every line. A typed price other than the resolved one needs <paramref name="canOverride"/>
    /// (unless it is the price the line already had, e.g. as quoted); so does any price below the product's cost.
    /// </summary>
    public static async Task<Result<(List<SalesLineData> Lines, SalesPricingTerms Terms)>> PrepareLinesAsync(ErpDbContext db,
        IReadOnlyList<SalesLineInput> inputs, OrderingCustomer customer, DateOnly date, decimal exchangeRate, bool canOverride,
        IReadOnlyDictionary<Guid, decimal> keptPrices, CancellationToken ct)
    {
        if (inputs.Count == 0)
        {
            return SalesOrderErrors.NoLines;
        }

        var rates = await SalesPricing.TaxRatesAsync(db, ct);
        var settings = await SalesPricing.SettingsAsync(db, ct);
        var list = customer.PriceListId is { } listId
            ? await db.PriceLists.AsNoTracking().FirstOrDefaultAsync(l => l.Id == listId, ct)
            : null;
        var includesTax = list is { IsActive: true, PricesIncludeTax: true };
        var terms = new SalesPricingTerms(includesTax, customer.Customer.TaxExempt, settings.TaxRounding);

        var ids = inputs.Where(i => i.ProductId is not null).Select(i => i.ProductId!.Value).Distinct().ToList();
        var products = await db.Products.AsNoTracking().Where(p => ids.Contains(p.Id))
            .Select(p => new { p.Id, p.Sku, p.Name, p.VariantLabel, p.Kind, p.Cost, p.TaxCategory, p.IsActive, p.UnitId })
            .ToDictionaryAsync(p => p.Id, ct);
        var unitIds = products.Values.Select(p => p.UnitId).Distinct().ToList();
        var units = await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Code, ct);

        var lines = new List<SalesLineData>(inputs.Count);
        for (var i = 0; i < inputs.Count; i++)
        {
            var input = inputs[i];
            if (input.ProductId is not { } productId || !products.TryGetValue(productId, out var product) || !product.IsActive)
            {
                return SalesOrderErrors.OnLine(i + 1, InventoryErrors.UnknownProduct);
            }

            if (product.Kind == ProductKind.WithVariants)
            {
                return SalesOrderErrors.OnLine(i + 1, InventoryErrors.ChooseVariant(product.Sku));
            }

            if (input.Quantity <= 0m)
            {
                return SalesOrderErrors.OnLine(i + 1, PricingErrors.QuantityNotPositive);
            }

            var rate = TaxRate.For(product.TaxCategory, rates)?.Percent ?? 0m;
            var resolved = await SalesPricing.ResolvePriceAsync(db, customer.PriceListId, productId, input.Quantity, date, ct);
            // A document has one price basis: on a tax-inclusive list the product's own (tax-exclusive) price gets its tax added.
            var listPrice = resolved!.IncludesTax == includesTax
                ? resolved.UnitPrice
                : Math.Round(resolved.UnitPrice * (1m + (rate / 100m)), 4, MidpointRounding.AwayFromZero);
            var price = input.UnitPrice ?? listPrice;
            if (price < 0m)
            {
                return SalesOrderErrors.OnLine(i + 1, PricingErrors.NegativePrice);
            }

            var overridden = price != listPrice;
            var kept = keptPrices.TryGetValue(productId, out var keptPrice) && keptPrice == price;

            // Cost is per base unit in the base currency; compare the price without tax, in the base currency.
            var netPrice = includesTax ? price / (1m + (rate / 100m)) : price;
            if (netPrice * exchangeRate < product.Cost && !canOverride && !kept)
            {
                return SalesOrderErrors.OnLine(i + 1, SalesOrderErrors.BelowCost(product.Sku, price, product.Cost));
            }

            if (overridden && !kept && !canOverride)
            {
                return SalesOrderErrors.OnLine(i + 1, SalesOrderErrors.PriceOverrideDenied);
            }

            var name = product.VariantLabel is null ? product.Name : $"{product.Name} ({product.VariantLabel})";
            lines.Add(new SalesLineData(productId, product.Sku, name, units.GetValueOrDefault(product.UnitId, ""), input.Quantity, price,
                new Discount(input.DiscountKind, input.DiscountValue), rate, product.Cost, overridden));
        }

        // Discounts over 100 % and the like are refused by the totals engine, naming the line.
        var totals = SalesLines.Total(lines, Discount.None, terms);
        return totals.IsSuccess ? (lines, terms) : totals.Error!;
    }

    /// <summary>The document currency: empty → the customer's; a rate of 1 for the organization's base currency.</summary>
    public static Result<(string Currency, decimal Rate)> Currency(string? typed, decimal rate, string customerCurrency, string baseCurrency)
    {
        var currency = string.IsNullOrWhiteSpace(typed) ? customerCurrency : typed.Trim().ToUpperInvariant();
        if (currency.Length != 3 || !currency.All(char.IsAsciiLetterUpper))
        {
            return Error.Validation("Currency must be a three-letter ISO code such as USD.");
        }

        var effective = currency == baseCurrency ? 1m : rate;
        return effective <= 0m ? Error.Validation("The exchange rate must be greater than zero.") : (currency, effective);
    }
}
