using System.Globalization;
using Erp.Data;
using Erp.Data.Sales;
using Erp.Domain.Common;
using Erp.Domain.Sales.Orders;
using Erp.Web.Features.Inventory.Receipts;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Sales.Orders;

/// <summary>The checks of the order commands: the whole form before a save, and whether confirming needs approval.</summary>
internal static class SalesOrderChecks
{
    /// <summary>Why the order needs approval (credit limit, discount), or null.</summary>
    public static async Task<string?> ApprovalReasonAsync(ErpDbContext db, SalesOrder order, decimal? creditLimit, CancellationToken ct)
    {
        var reasons = new List<string>();
        if (creditLimit is { } limit)
        {
            var exposure = await CreditExposure.OfAsync(db, order.CustomerId, order.Id, ct);
            if (exposure + order.Gross > limit)
            {
                reasons.Add(string.Create(CultureInfo.InvariantCulture,
                    $"over the credit limit ({exposure:N2} owed or on order + {order.Gross:N2} > limit {limit:N2})"));
            }
        }

        var threshold = (await SalesPricing.SettingsAsync(db, ct)).DiscountApprovalPercent;
        var discount = order.LargestDiscountPercent;
        if (discount > threshold)
        {
            reasons.Add(string.Create(CultureInfo.InvariantCulture, $"discount {discount:0.##} % above the approval threshold {threshold:0.##} %"));
        }

        return reasons.Count == 0 ? null : string.Join("; ", reasons);
    }

    public static async Task<Result<(Guid OrganizationId, SalesOrderHeader Header, List<SalesLineData> Lines, SalesPricingTerms Terms)>> CheckAsync(
        ErpDbContext db, SalesOrderInput input, bool canOverride, IReadOnlyDictionary<Guid, decimal> kept, CancellationToken ct)
    {
        var customer = await SalesDocumentRules.CustomerAsync(db, input.CustomerId, ct);
        if (!customer.IsSuccess)
        {
            return customer.Error!;
        }

        if (input.LocationId is null)
        {
            return SalesOrderErrors.LocationRequired;
        }

        var location = await InventoryDocumentRules.LocationAsync(db, input.LocationId, ct);
        if (!location.IsSuccess)
        {
            return location.Error!;
        }

        if (input.OrderDate is null)
        {
            return Error.Validation("Enter the order date.");
        }

        var currency = SalesDocumentRules.Currency(input.Currency, input.ExchangeRate, customer.Value.Customer.CurrencyCode, location.Value.BaseCurrency);
        if (!currency.IsSuccess)
        {
            return currency.Error!;
        }

        var date = DateOnly.FromDateTime(input.OrderDate.Value);
        DateOnly? requested = input.RequestedDeliveryDate is { } r ? DateOnly.FromDateTime(r) : null;
        if (requested < date)
        {
            return SalesOrderErrors.RequestedBeforeOrder;
        }

        var termId = input.PaymentTermId ?? customer.Value.PaymentTermId;
        if (input.PaymentTermId is { } chosen && !await db.PaymentTerms.AnyAsync(t => t.Id == chosen, ct))
        {
            return Domain.Sales.Customers.CustomerErrors.PaymentTermNotFound;
        }

        var lines = await SalesDocumentRules.PrepareLinesAsync(db, input.Lines, customer.Value, date, currency.Value.Rate, canOverride, kept, ct);
        if (!lines.IsSuccess)
        {
            return lines.Error!;
        }

        var header = new SalesOrderHeader(location.Value.Id, date, requested, currency.Value.Currency, currency.Value.Rate, termId,
            customer.Value.PriceListId, input.Notes);
        return (location.Value.OrganizationId, header, lines.Value.Lines, lines.Value.Terms);
    }
}
