using Erp.Data;
using Erp.Data.Documents;
using Erp.Data.Inventory;
using Erp.Domain.Catalog;
using Erp.Domain.Common;
using Erp.Domain.Inventory;
using Erp.Domain.Sales;
using Erp.Domain.Sales.Invoices;
using Erp.Domain.Sales.Pricing;
using Erp.Domain.Sales.Receivables;
using Erp.Web.Features.Inventory.Ledger;
using Erp.Web.Features.Inventory.Receipts;
using Erp.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Sales.Invoices;

public sealed class CreditNoteInput
{
    public Guid InvoiceId { get; set; }
    public CreditNoteKind Kind { get; set; } = CreditNoteKind.Return;
    public DateTime? Date { get; set; } = DateTime.Today;

    /// <summary>Where returned goods go back into stock (returns only).</summary>
    public Guid? ReturnLocationId { get; set; }

    public string? Reason { get; set; }
    public List<CreditNoteLineInput> Lines { get; set; } = [];
}

/// <summary>
/// One invoice line to credit: a return gives <see cref="Quantity"/>; a price correction gives <see cref="Amount"/>, in the
/// invoice's price terms (tax included when the invoice's prices include tax).
/// </summary>
public sealed class CreditNoteLineInput
{
    public Guid InvoiceLineId { get; set; }
    public decimal Quantity { get; set; }
    public decimal Amount { get; set; }
}

/// <summary>
/// Issues credit notes against posted invoices. A return brings the goods back into stock through the ledger at the
/// line's unit cost; a price correction moves no stock. The credit goes against the invoice's amount due first; what
/// is left is customer credit.
/// </summary>
public sealed class CreditNoteCommands(StockTransactions transactions, PermissionGuard guard)
{
    public async Task<Result<InvoicePosted>> CreateAsync(CreditNoteInput input, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(SalesPermissions.Invoice, ct) is { } denied)
        {
            return denied;
        }

        return await transactions.RunAsync<InvoicePosted>(async (db, at, token) =>
        {
            var invoice = await InvoiceCommands.LoadAsync(db, input.InvoiceId, token);
            if (invoice is null)
            {
                return InvoiceErrors.NotFound;
            }

            if (!invoice.IsPosted)
            {
                return Error.Validation("Only a posted invoice can be credited.");
            }

            if (input.Date is null)
            {
                return Error.Validation("Enter the credit note date.");
            }

            if (string.IsNullOrWhiteSpace(input.Reason))
            {
                return Error.Validation("Give the reason for the credit note.");
            }

            if (input.Kind == CreditNoteKind.Return)
            {
                var location = await InventoryDocumentRules.LocationAsync(db, input.ReturnLocationId, token);
                if (!location.IsSuccess)
                {
                    return location.Error!;
                }

                if (location.Value.OrganizationId != invoice.OrganizationId)
                {
                    return Error.Validation("The return location must belong to the invoice's organization.");
                }
            }

            var lines = Lines(invoice, input);
            if (!lines.IsSuccess)
            {
                return lines.Error!;
            }

            var note = new CreditNote(invoice, input.Kind, DateOnly.FromDateTime(input.Date.Value), input.ReturnLocationId, input.Reason,
                lines.Value, db.Tenant.UserId, at);
            await DocumentNumberService.AssignNumberAsync(db, note, note.CreditDate, token);
            db.CreditNotes.Add(note);

            if (input.Kind == CreditNoteKind.Return)
            {
                var returned = await ReturnStockAsync(db, note, at, token);
                if (!returned.IsSuccess)
                {
                    return returned.Error!;
                }
            }

            var applied = Math.Min(note.GrossTotal, invoice.Status == SalesInvoiceStatus.Paid ? 0m : invoice.AmountDue);
            if (applied > 0m)
            {
                var settled = invoice.ApplyCredit(applied, db.Tenant.UserId, at, $"Credit note {note.Number}");
                if (!settled.IsSuccess)
                {
                    return settled.Error!;
                }

                note.Apply(applied);
                db.ReceivableAllocations.Add(new ReceivableAllocation(invoice.CustomerId, invoice.Id, null, note.Id, applied, note.CreditDate,
                    db.Tenant.UserId, at));
            }

            await Orders.OrderInvoicing.SyncPaidAsync(db, [invoice.SourceOrderId], at, token);
            return new InvoicePosted(note.Id, note.Number);
        }, ct);
    }

    private static async Task<Result> ReturnStockAsync(ErpDbContext db, CreditNote note, DateTimeOffset at, CancellationToken ct)
    {
        var productLines = note.Lines.Where(l => l.ProductId is not null && l.Quantity > 0m).ToList();
        var ids = productLines.Select(l => l.ProductId!.Value).Distinct().ToList();
        var kits = await db.Products.Where(p => ids.Contains(p.Id) && p.Kind == ProductKind.Kit).Select(p => p.Id).ToListAsync(ct);
        // A kit holds no stock and cannot be received at a cost: its components come back at their current cost.
        var changes = productLines.Select(l => new StockChange(l.ProductId!.Value, note.ReturnLocationId!.Value, l.Quantity,
            MovementKind.SaleReturn, kits.Contains(l.ProductId!.Value) ? null : l.UnitCost, SourceLineId: l.Id)).ToList();
        if (changes.Count == 0)
        {
            return Result.Success();
        }

        var posted = await StockLedger.PostAsync(db, new StockSource(note.DocumentType, note.Id, note.Number), changes, at, ct);
        return posted.IsSuccess ? Result.Success() : posted.Error!;
    }

    /// <summary>What each line credits, checked against what is left of the invoice line.</summary>
    private static Result<List<CreditNoteLineData>> Lines(SalesInvoice invoice, CreditNoteInput input)
    {
        var lines = new List<CreditNoteLineData>();
        foreach (var given in input.Lines.Where(l => l.Quantity != 0m || l.Amount != 0m))
        {
            var line = invoice.Lines.FirstOrDefault(l => l.Id == given.InvoiceLineId);
            if (line is null)
            {
                return Error.Validation("A credited line is not on this invoice.");
            }

            if (lines.Any(l => l.InvoiceLine.Id == line.Id))
            {
                return Error.Validation($"Line {line.LineNumber} is given twice.");
            }

            var credited = input.Kind == CreditNoteKind.Return ? Returned(line, given.Quantity) : Corrected(invoice, line, given.Amount);
            if (!credited.IsSuccess)
            {
                return credited.Error!;
            }

            lines.Add(credited.Value);
        }

        return lines.Count == 0 ? Error.Validation("Credit at least one line.") : lines;
    }

    private static Result<CreditNoteLineData> Returned(SalesInvoiceLine line, decimal quantity)
    {
        if (quantity <= 0m)
        {
            return PricingErrors.LineError(line.LineNumber, PricingErrors.QuantityNotPositive);
        }

        if (quantity > line.RemainingQuantity)
        {
            return new Error("credit_notes.quantity", string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"Line {line.LineNumber}: only {line.RemainingQuantity:0.####} of {line.Sku ?? line.Description} can still be returned ({quantity:0.####} asked)."));
        }

        // The last units take exactly what is left, so rounding never leaves or over-credits a cent.
        if (quantity == line.RemainingQuantity)
        {
            return new CreditNoteLineData(line, quantity, line.RemainingNet, line.RemainingTax);
        }

        var net = Math.Min(MoneyRounding.Round(line.Net * quantity / line.Quantity), line.RemainingNet);
        var tax = Math.Min(MoneyRounding.Round(line.Tax * quantity / line.Quantity), line.RemainingTax);
        return new CreditNoteLineData(line, quantity, net, tax);
    }

    private static Result<CreditNoteLineData> Corrected(SalesInvoice invoice, SalesInvoiceLine line, decimal amount)
    {
        if (amount <= 0m)
        {
            return PricingErrors.LineError(line.LineNumber, Error.Validation("The credited amount must be more than zero."));
        }

        var rate = invoice.TaxExempt ? 0m : line.TaxRatePercent;
        decimal net, tax;
        if (invoice.PricesIncludeTax)
        {
            net = MoneyRounding.Round(amount / (1m + rate / 100m));
            tax = invoice.TaxExempt ? 0m : MoneyRounding.Round(amount) - net;
        }
        else
        {
            net = MoneyRounding.Round(amount);
            tax = MoneyRounding.Round(net * rate / 100m);
        }

        if (net > line.RemainingNet)
        {
            return new Error("credit_notes.amount", string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"Line {line.LineNumber}: at most {line.RemainingNet:0.00} (net) can still be credited."));
        }

        return new CreditNoteLineData(line, 0m, net, Math.Min(tax, line.RemainingTax));
    }
}
