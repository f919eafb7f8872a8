using System.Globalization;
using Erp.Domain.Common;

namespace Erp.Domain.Sales.Invoices;

/// <summary>Refusals of invoices, credit notes and payments, with stable codes.</summary>
public static class InvoiceErrors
{
    public static readonly Error NotFound = Error.NotFound("The invoice");
    public static readonly Error NoLines = new("invoices.no_lines", "Add at least one line.");
    public static readonly Error PostedNotEditable = new("invoices.posted",
        "A posted invoice cannot be changed: issue a credit note instead.");
    public static readonly Error DescriptionRequired = new("invoices.description", "Give the line a product or a description.");
    public static readonly Error NegativeCost = new("invoices.negative_cost", "A unit cost cannot be negative.");
    public static readonly Error LocationRequired = new("invoices.location", "Choose the location the stock leaves from.");
    public static readonly Error DueBeforeInvoice = new("invoices.due_date", "The due date cannot be before the invoice date.");
    public static readonly Error NotOpen = new("invoices.not_open", "Only a posted invoice that is not fully paid can take a payment or credit.");
    public static readonly Error AmountNotPositive = new("invoices.amount", "The amount must be more than zero.");

    public static Error Overpaid(string number, decimal due) => new("invoices.overpaid",
        string.Create(CultureInfo.InvariantCulture, $"Invoice {number} has only {due:0.00} due: it cannot take more."));
}
