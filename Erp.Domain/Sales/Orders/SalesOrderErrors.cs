using System.Globalization;
using Erp.Domain.Common;

namespace Erp.Domain.Sales.Orders;

/// <summary>Refusals of quotations, sales orders and deliveries, with stable codes.</summary>
public static class SalesOrderErrors
{
    public static readonly Error OrderNotFound = Error.NotFound("The sales order");
    public static readonly Error QuotationNotFound = Error.NotFound("The quotation");
    public static readonly Error NoLines = new("sales.no_lines", "Add at least one line.");
    public static readonly Error ApproverIsSubmitter = new("sales.approver_is_submitter",
        "You submitted this order; another person with the Approve permission must approve it.");
    public static readonly Error NeedsReturn = new("sales.needs_return",
        "Part of this order has been delivered: it cannot be cancelled, the goods need a return.");
    public static readonly Error NeedsCreditNote = new("sales.needs_credit_note",
        "Part of this order is invoiced: credit the invoice first, then cancel.");

    public static Error OverInvoice(string sku, decimal left, decimal asked, InvoiceOn invoiceOn) =>
        new("sales.over_invoice", invoiceOn == InvoiceOn.Delivery
            ? string.Create(CultureInfo.InvariantCulture,
                $"{sku}: only {left:0.####} delivered and not yet invoiced, not {asked:0.####} (this business invoices delivered quantities).")
            : string.Create(CultureInfo.InvariantCulture, $"{sku}: only {left:0.####} ordered and not yet invoiced, not {asked:0.####}."));

    public static readonly Error PriceOverrideDenied = new("sales.price_override",
        "Changing a line's price needs the Sales.PriceOverride permission.");
    public static readonly Error LocationRequired = new("sales.location_required", "Choose the location the order ships from.");
    public static readonly Error CustomerRequired = new("sales.customer_required", "Choose the customer.");
    public static readonly Error ValidUntilBeforeDate = new("sales.valid_until", "\"Valid until\" cannot be before the quotation date.");
    public static readonly Error RequestedBeforeOrder = new("sales.requested_date",
        "The requested delivery date cannot be before the order date.");

    public static Error NotDraft(string document, string status) =>
        new("sales.not_draft", $"Only draft {document}s can be changed; this one is {status}.");

    public static Error BelowCost(string sku, decimal price, decimal cost) =>
        new("sales.below_cost", string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"The price of {sku} ({price:0.00##}) is below its cost ({cost:0.00##}); selling below cost needs the Sales.PriceOverride permission."));

    public static Error OnLine(int line, Error error) => error with { Message = $"Line {line}: {error.Message}" };
}
