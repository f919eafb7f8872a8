using Erp.Data;
using Erp.Data.Documents;
using Erp.Domain.Common;
using Erp.Domain.Sales;
using Erp.Domain.Sales.Orders;
using Erp.Domain.Sales.Pricing;
using Erp.Domain.Sales.Quotations;
using Erp.Web.Features.Inventory.Ledger;
using Erp.Web.Features.Inventory.Receipts;
using Erp.Web.Features.Sales.Orders;
using Erp.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Sales.Quotations;

/// <summary>
/// Creates and edits draft quotations, sends and declines them, and converts one into a sales order in one step (same
/// lines, prices as quoted, linked both ways).
/// </summary>
public sealed class QuotationCommands(StockTransactions transactions, PermissionGuard guard)
{
    public async Task<Result<Guid>> CreateAsync(QuotationInput input, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(SalesPermissions.Manage, ct) is { } denied)
        {
            return denied;
        }

        var canOverride = await guard.HasAsync(SalesPermissions.PriceOverride, ct);
        return await transactions.RunAsync<Guid>(async (db, at, token) =>
        {
            var checkedInput = await CheckAsync(db, input, canOverride, new Dictionary<Guid, decimal>(), token);
            if (!checkedInput.IsSuccess)
            {
                return checkedInput.Error!;
            }

            var (organizationId, header, lines, terms) = checkedInput.Value;
            var quotation = new Quotation(organizationId, input.CustomerId!.Value, header, db.Tenant.UserId, at);
            var set = quotation.SetLines(lines, new Discount(input.OrderDiscountKind, input.OrderDiscountValue), terms);
            if (!set.IsSuccess)
            {
                return set.Error!;
            }

            await DocumentNumberService.AssignNumberAsync(db, quotation, header.QuotationDate, token);
            db.Quotations.Add(quotation);
            return quotation.Id;
        }, ct);
    }

    public async Task<Result> UpdateAsync(Guid id, QuotationInput input, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(SalesPermissions.Manage, ct) is { } denied)
        {
            return denied;
        }

        var canOverride = await guard.HasAsync(SalesPermissions.PriceOverride, ct);
        return await transactions.RunAsync<bool>(async (db, _, token) =>
        {
            var quotation = await LoadAsync(db, id, token);
            if (quotation is null)
            {
                return SalesOrderErrors.QuotationNotFound;
            }

            if (quotation.Status != QuotationStatus.Draft)
            {
                return SalesOrderErrors.NotDraft("quotation", quotation.Status.ToString());
            }

            var kept = quotation.Lines.GroupBy(l => l.ProductId).ToDictionary(g => g.Key, g => g.First().UnitPrice);
            var checkedInput = await CheckAsync(db, input, canOverride, kept, token);
            if (!checkedInput.IsSuccess)
            {
                return checkedInput.Error!;
            }

            var (organizationId, header, lines, terms) = checkedInput.Value;
            if (organizationId != quotation.OrganizationId || input.CustomerId != quotation.CustomerId)
            {
                return Error.Validation("The customer and organization of a quotation cannot change; create a new one.");
            }

            quotation.Edit(header);
            var set = quotation.SetLines(lines, new Discount(input.OrderDiscountKind, input.OrderDiscountValue), terms);
            return set.IsSuccess ? true : set.Error!;
        }, ct);
    }

    public Task<Result> SendAsync(Guid id, CancellationToken ct = default) =>
        ChangeAsync(id, (q, user, at) => q.Send(user, at), ct);

    public Task<Result> DeclineAsync(Guid id, string? reason, CancellationToken ct = default) =>
        ChangeAsync(id, (q, user, at) => q.Decline(user, at, reason), ct);

    /// <summary>
    /// Creates a draft sales order from the quotation: same customer, ship-from location, currency, lines, prices (as quoted)
    /// and discounts; the quotation becomes Accepted and both point at each other. A blocked customer is refused.
    /// </summary>
    public async Task<Result<ConvertedOrder>> ConvertAsync(Guid id, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(SalesPermissions.Manage, ct) is { } denied)
        {
            return denied;
        }

        return await transactions.RunAsync<ConvertedOrder>(async (db, at, token) =>
        {
            var quotation = await LoadAsync(db, id, token);
            if (quotation is null)
            {
                return SalesOrderErrors.QuotationNotFound;
            }

            var customer = await SalesDocumentRules.CustomerAsync(db, quotation.CustomerId, token);
            if (!customer.IsSuccess)
            {
                return customer.Error!;
            }

            var today = DateOnly.FromDateTime(at.UtcDateTime);
            var orderDate = today < quotation.QuotationDate ? quotation.QuotationDate : today;
            var order = new SalesOrder(quotation.OrganizationId, quotation.CustomerId, new SalesOrderHeader(quotation.LocationId, orderDate, null,
                quotation.Currency, quotation.ExchangeRate, customer.Value.PaymentTermId, quotation.PriceListId, quotation.Notes),
                db.Tenant.UserId, at);
            var set = order.SetLines([.. quotation.Lines.OrderBy(l => l.LineNumber).Select(l => l.ToLineData())], quotation.OrderDiscount,
                quotation.Terms);
            if (!set.IsSuccess)
            {
                return set.Error!;
            }

            order.LinkQuotation(quotation.Id);
            await DocumentNumberService.AssignNumberAsync(db, order, orderDate, token);
            var accepted = quotation.Accept(order.Id, order.Number, db.Tenant.UserId, at);
            if (!accepted.IsSuccess)
            {
                return accepted.Error!;
            }

            db.SalesOrders.Add(order);
            return new ConvertedOrder(order.Id, order.Number);
        }, ct);
    }

    private async Task<Result> ChangeAsync(Guid id, Func<Quotation, string?, DateTimeOffset, Result> change, CancellationToken ct)
    {
        if (await guard.CheckAsync(SalesPermissions.Manage, ct) is { } denied)
        {
            return denied;
        }

        return await transactions.RunAsync<bool>(async (db, at, token) =>
        {
            var quotation = await LoadAsync(db, id, token);
            if (quotation is null)
            {
                return SalesOrderErrors.QuotationNotFound;
            }

            var changed = change(quotation, db.Tenant.UserId, at);
            return changed.IsSuccess ? true : changed.Error!;
        }, ct);
    }

    internal static Task<Quotation?> LoadAsync(ErpDbContext db, Guid id, CancellationToken ct) =>
        db.Quotations.Include(q => q.Lines).FirstOrDefaultAsync(q => q.Id == id, ct);

    private static async Task<Result<(Guid OrganizationId, QuotationHeader Header, List<SalesLineData> Lines, SalesPricingTerms Terms)>> CheckAsync(
        ErpDbContext db, QuotationInput input, bool canOverride, IReadOnlyDictionary<Guid, decimal> kept, CancellationToken ct)
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

        if (input.QuotationDate is null || input.ValidUntil is null)
        {
            return Error.Validation("Enter the quotation date and the date it is valid until.");
        }

        var date = DateOnly.FromDateTime(input.QuotationDate.Value);
        var validUntil = DateOnly.FromDateTime(input.ValidUntil.Value);
        if (validUntil < date)
        {
            return SalesOrderErrors.ValidUntilBeforeDate;
        }

        var currency = SalesDocumentRules.Currency(input.Currency, input.ExchangeRate, customer.Value.Customer.CurrencyCode, location.Value.BaseCurrency);
        if (!currency.IsSuccess)
        {
            return currency.Error!;
        }

        var lines = await SalesDocumentRules.PrepareLinesAsync(db, input.Lines, customer.Value, date, currency.Value.Rate, canOverride, kept, ct);
        if (!lines.IsSuccess)
        {
            return lines.Error!;
        }

        var header = new QuotationHeader(location.Value.Id, date, validUntil, currency.Value.Currency, currency.Value.Rate,
            customer.Value.PriceListId, input.Notes);
        return (location.Value.OrganizationId, header, lines.Value.Lines, lines.Value.Terms);
    }
}
