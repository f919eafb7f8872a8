using Erp.Data;
using Erp.Data.Documents;
using Erp.Data.Inventory;
using Erp.Data.Sales;
using Erp.Domain.Catalog;
using Erp.Domain.Common;
using Erp.Domain.Inventory;
using Erp.Domain.Inventory.Valuation;
using Erp.Domain.Sales;
using Erp.Domain.Sales.Invoices;
using Erp.Domain.Sales.Pricing;
using Erp.Domain.Sales.Taxes;
using Erp.Web.Features.Inventory.Ledger;
using Erp.Web.Features.Inventory.Receipts;
using Erp.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Sales.Invoices;

/// <summary>A posted invoice: its id and the number it took.</summary>
public sealed record InvoicePosted(Guid Id, string Number);

/// <summary>
/// Creates, edits, posts and cancels sales invoices. Drafts have no number; posting takes the next number (so the
/// sequence has no gaps), fixes the invoice, and for a direct invoice with "update stock" issues its product lines
/// from the chosen location at their valued cost — all in one transaction.
/// </summary>
public sealed class InvoiceCommands(StockTransactions transactions, PermissionGuard guard)
{
    public async Task<Result<Guid>> CreateDraftAsync(InvoiceInput input, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(SalesPermissions.Invoice, ct) is { } denied)
        {
            return denied;
        }

        var overridePrices = await guard.HasAsync(SalesPermissions.PriceOverride, ct);
        return await transactions.RunAsync<Guid>(async (db, at, token) =>
        {
            var created = await AddAsync(db, input, overridePrices, at, token);
            return created.IsSuccess ? created.Value.Id : created.Error!;
        }, ct);
    }

    /// <summary>Saves a new invoice and posts it at once ("Save and post", counter sales): its number, or nothing at all.</summary>
    public async Task<Result<InvoicePosted>> CreateAndPostAsync(InvoiceInput input, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(SalesPermissions.Invoice, ct) is { } denied)
        {
            return denied;
        }

        var overridePrices = await guard.HasAsync(SalesPermissions.PriceOverride, ct);
        return await transactions.RunAsync<InvoicePosted>(async (db, at, token) =>
        {
            var created = await AddAsync(db, input, overridePrices, at, token);
            if (!created.IsSuccess)
            {
                return created.Error!;
            }

            var posted = await PostAsync(db, created.Value, at, token);
            return posted.IsSuccess ? new InvoicePosted(created.Value.Id, posted.Value) : posted.Error!;
        }, ct);
    }

    /// <summary>Replaces a draft's header and lines. A posted invoice is refused: it is corrected by a credit note.</summary>
    public async Task<Result> UpdateDraftAsync(Guid id, InvoiceInput input, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(SalesPermissions.Invoice, ct) is { } denied)
        {
            return denied;
        }

        var overridePrices = await guard.HasAsync(SalesPermissions.PriceOverride, ct);
        return await transactions.RunAsync<bool>(async (db, _, token) =>
        {
            var invoice = await LoadAsync(db, id, token);
            if (invoice is null)
            {
                return InvoiceErrors.NotFound;
            }

            if (invoice.Status != SalesInvoiceStatus.Draft)
            {
                return InvoiceErrors.PostedNotEditable;
            }

            var filled = await FillAsync(db, invoice, input, overridePrices, token);
            return filled.IsSuccess ? true : filled.Error!;
        }, ct);
    }

    public async Task<Result<string>> PostAsync(Guid id, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(SalesPermissions.Invoice, ct) is { } denied)
        {
            return denied;
        }

        return await transactions.RunAsync<string>(async (db, at, token) =>
        {
            var invoice = await LoadAsync(db, id, token);
            return invoice is null ? InvoiceErrors.NotFound : await PostAsync(db, invoice, at, token);
        }, ct);
    }

    public async Task<Result> CancelAsync(Guid id, string? reason, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(SalesPermissions.Invoice, ct) is { } denied)
        {
            return denied;
        }

        return await transactions.RunAsync<bool>(async (db, at, token) =>
        {
            var invoice = await LoadAsync(db, id, token);
            if (invoice is null)
            {
                return InvoiceErrors.NotFound;
            }

            var cancelled = invoice.Cancel(db.Tenant.UserId, at, reason);
            return cancelled.IsSuccess ? true : cancelled.Error!;
        }, ct);
    }

    internal static Task<SalesInvoice?> LoadAsync(ErpDbContext db, Guid id, CancellationToken ct) =>
        db.SalesInvoices.Include(i => i.Lines).FirstOrDefaultAsync(i => i.Id == id, ct);

    internal static async Task<Result<SalesInvoice>> AddAsync(ErpDbContext db, InvoiceInput input, bool overridePrices,
        DateTimeOffset at, CancellationToken ct)
    {
        var organizationId = await OrganizationAsync(db, input, ct);
        if (!organizationId.IsSuccess)
        {
            return organizationId.Error!;
        }

        var invoice = new SalesInvoice(organizationId.Value, db.Tenant.UserId, at);
        var filled = await FillAsync(db, invoice, input, overridePrices, ct);
        if (!filled.IsSuccess)
        {
            return filled.Error!;
        }

        db.SalesInvoices.Add(invoice);
        return invoice;
    }

    internal static async Task<Result<string>> PostAsync(ErpDbContext db, SalesInvoice invoice, DateTimeOffset at, CancellationToken ct)
    {
        var moved = invoice.Post(db.Tenant.UserId, at);
        if (!moved.IsSuccess)
        {
            return moved.Error!;
        }

        await DocumentNumberService.AssignNumberAsync(db, invoice, invoice.InvoiceDate, ct);
        var linked = await Orders.OrderInvoicing.RecordPostedAsync(db, invoice, at, ct);
        if (!linked.IsSuccess)
        {
            return linked.Error!;
        }

        if (invoice.UpdateStock && invoice.StockLocationId is { } location)
        {
            var stockLines = invoice.Lines.Where(l => l.ProductId is not null).ToList();
            var changes = stockLines.Select(l => new StockChange(l.ProductId!.Value, location, -l.Quantity, MovementKind.Sale,
                SourceLineId: l.Id)).ToList();
            var posted = await StockLedger.PostAsync(db, new StockSource(invoice.DocumentType, invoice.Id, invoice.Number), changes, at, ct);
            if (!posted.IsSuccess)
            {
                return posted.Error!;
            }

            // The cost of what was sold is what the ledger took the stock out at (FIFO or average), per line.
            foreach (var line in stockLines)
            {
                var value = posted.Value.Where(m => m.SourceLineId == line.Id).Sum(m => m.Value);
                invoice.SetUnitCost(line.Id, CostRounding.UnitCost(Math.Abs(value) / line.Quantity));
            }
        }

        return invoice.Number;
    }

    private static async Task<Result<Guid>> OrganizationAsync(ErpDbContext db, InvoiceInput input, CancellationToken ct)
    {
        if (input.OrganizationId is { } given)
        {
            return await db.Organizations.AnyAsync(o => o.Id == given, ct) ? given : Error.NotFound("The organization");
        }

        if (input.UpdateStock && input.StockLocationId is { } locationId)
        {
            var location = await db.Locations.Where(l => l.Id == locationId).Select(l => (Guid?)l.OrganizationId).FirstOrDefaultAsync(ct);
            if (location is { } organizationId)
            {
                return organizationId;
            }
        }

        var top = await db.Organizations.OrderBy(o => o.ParentId != null).ThenBy(o => o.CreatedAt).Select(o => (Guid?)o.Id)
            .FirstOrDefaultAsync(ct);
        return top is { } id ? id : Error.NotFound("The organization");
    }

    /// <summary>Resolves the customer, terms, currency, tax rates and products, then sets the draft's content.</summary>
    private static async Task<Result> FillAsync(ErpDbContext db, SalesInvoice invoice, InvoiceInput input, bool overridePrices,
        CancellationToken ct)
    {
        var rates = await SalesPricing.TaxRatesAsync(db, ct);
        var customer = input.CustomerId is { } customerId ? await db.Customers.AsNoTracking().FirstOrDefaultAsync(c => c.Id == customerId, ct) : null;
        if (customer is null)
        {
            return Error.Validation("Choose the customer.");
        }

        if (input.SourceOrderId is null && customer.EnsureCanOrder() is { IsSuccess: false } blocked)
        {
            return blocked.Error!;
        }

        if (input.InvoiceDate is null)
        {
            return Error.Validation("Enter the invoice date.");
        }

        var invoiceDate = DateOnly.FromDateTime(input.InvoiceDate.Value);
        var termId = input.PaymentTermId ?? customer.PaymentTermId ?? (customer.GroupId is { } groupId
            ? await db.CustomerGroups.Where(g => g.Id == groupId).Select(g => g.DefaultPaymentTermId).FirstOrDefaultAsync(ct)
            : null);
        var term = termId is { } t ? await db.PaymentTerms.AsNoTracking().FirstOrDefaultAsync(p => p.Id == t, ct) : null;
        if (termId is not null && term is null)
        {
            return Error.NotFound("The payment terms");
        }

        var dueDate = input.DueDate is { } due ? DateOnly.FromDateTime(due) : term?.DueDate(invoiceDate) ?? invoiceDate;
        var baseCurrency = await db.Organizations.Where(o => o.Id == invoice.OrganizationId).Select(o => o.BaseCurrency).FirstAsync(ct);
        var currency = string.IsNullOrWhiteSpace(input.Currency) ? customer.CurrencyCode : input.Currency.Trim().ToUpperInvariant();
        var rate = currency == baseCurrency ? 1m : input.ExchangeRate;
        if (input.UpdateStock)
        {
            var location = await InventoryDocumentRules.LocationAsync(db, input.StockLocationId, ct);
            if (!location.IsSuccess)
            {
                return location.Error!;
            }

            if (location.Value.OrganizationId != invoice.OrganizationId)
            {
                return Error.Validation("The stock location must belong to the invoice's organization.");
            }
        }

        var lines = await LinesAsync(db, input.Lines, rates, ct);
        if (!lines.IsSuccess)
        {
            return lines.Error!;
        }

        var settings = await SalesPricing.SettingsAsync(db, ct);
        var header = new InvoiceHeader(invoiceDate, term?.Id, term?.Name, dueDate, currency, rate, input.PricesIncludeTax,
            settings.TaxRounding, new Discount(input.OrderDiscountKind, input.OrderDiscountValue), input.Notes, input.UpdateStock,
            input.StockLocationId, input.SourceOrderId);
        var snapshot = new InvoiceCustomer(customer.Id, customer.Code, customer.Name, customer.TaxId,
            customer.Billing.IsEmpty ? null : customer.Billing.ToString(), customer.TaxExempt);
        var set = invoice.SetContent(snapshot, header, lines.Value);
        if (!set.IsSuccess)
        {
            return set;
        }

        return overridePrices ? Result.Success() : BelowCost(invoice);
    }

    /// <summary>A product line whose net (after every discount) is below its cost needs Sales.PriceOverride.</summary>
    private static Result BelowCost(SalesInvoice invoice)
    {
        // Lines from a sales order were checked when it was priced (and may carry an approved override).
        foreach (var line in invoice.Lines.Where(l => l.ProductId is not null && l.UnitCost > 0m && l.SourceOrderLineId is null))
        {
            var cost = MoneyRounding.Round(line.Quantity * line.UnitCost);
            var net = invoice.ExchangeRate * line.Net;
            if (net < cost)
            {
                return new Error("invoices.below_cost", string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"Line {line.LineNumber}: {line.Sku} would sell below its cost ({line.UnitCost:0.00##} a unit). Only users who may override prices can do that."));
            }
        }

        return Result.Success();
    }

    private static async Task<Result<List<InvoiceLineData>>> LinesAsync(ErpDbContext db, List<InvoiceLineInput> inputs,
        IReadOnlyList<TaxRate> rates, CancellationToken ct)
    {
        if (inputs.Count == 0)
        {
            return InvoiceErrors.NoLines;
        }

        var productIds = inputs.Where(l => l.ProductId is not null).Select(l => l.ProductId!.Value).Distinct().ToList();
        var products = await db.Products.AsNoTracking().Where(p => productIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        var defaultRate = TaxRate.For(null, rates)?.Percent ?? 0m;
        var lines = new List<InvoiceLineData>(inputs.Count);
        for (var i = 0; i < inputs.Count; i++)
        {
            var input = inputs[i];
            if (input.Quantity <= 0m)
            {
                return PricingErrors.LineError(i + 1, PricingErrors.QuantityNotPositive);
            }

            var discount = new Discount(input.DiscountKind, input.DiscountValue);
            if (input.ProductId is { } productId)
            {
                if (!products.TryGetValue(productId, out var product))
                {
                    return PricingErrors.LineError(i + 1, Error.NotFound("The product"));
                }

                if (product.Kind == ProductKind.WithVariants)
                {
                    return PricingErrors.LineError(i + 1, InventoryErrors.ChooseVariant(product.Sku));
                }

                var name = product.VariantLabel is null ? product.Name : $"{product.Name} ({product.VariantLabel})";
                var description = string.IsNullOrWhiteSpace(input.Description) ? name : input.Description.Trim();
                lines.Add(new InvoiceLineData(product.Id, product.Sku, description, input.Quantity, input.UnitPrice, discount,
                    input.TaxRatePercent ?? TaxRate.For(product.TaxCategory, rates)?.Percent ?? 0m, product.Cost, input.SourceOrderLineId,
                    input.SourceDeliveryLineId));
            }
            else
            {
                var percent = input.TaxRatePercent ?? defaultRate;
                lines.Add(new InvoiceLineData(null, null, input.Description?.Trim() ?? "", input.Quantity, input.UnitPrice, discount,
                    percent, 0m, input.SourceOrderLineId, input.SourceDeliveryLineId));
            }
        }

        return lines;
    }
}
