namespace Erp.Web.Features.Sales.Receivables;

/// <summary>
/// A customer's position: <see cref="Balance"/> = opening balance + posted invoices − credit notes − payments.
/// <see cref="OpenInvoices"/> is what open invoices still ask; <see cref="Credit"/> is money or credit not yet set against any invoice.
/// </summary>
public sealed record CustomerBalance(Guid CustomerId, string Currency, decimal OpeningBalance, decimal Invoiced, decimal Credited,
    decimal Paid, decimal OpenInvoices, decimal Credit, decimal Overdue)
{
    public decimal Balance => OpeningBalance + Invoiced - Credited - Paid;
}

public enum StatementEntryKind
{
    OpeningBalance = 0,
    Invoice = 1,
    CreditNote = 2,
    Payment = 3,

    /// <summary>Store credit spent at a till (a debit: the credit is used up).</summary>
    StoreCreditSpent = 4,
}

/// <summary>One movement of a statement: a debit raises what the customer owes, a credit lowers it.</summary>
public sealed record StatementEntry(DateOnly Date, StatementEntryKind Kind, Guid? DocumentId, string Reference, string Description,
    decimal Debit, decimal Credit, decimal Balance);

public sealed record CustomerStatement(Guid CustomerId, string CustomerCode, string CustomerName, string? CustomerAddress, string Currency,
    string OrganizationName, DateOnly From, DateOnly To, decimal OpeningBalance, IReadOnlyList<StatementEntry> Entries, decimal ClosingBalance)
{
    public decimal TotalDebit => Entries.Sum(e => e.Debit);
    public decimal TotalCredit => Entries.Sum(e => e.Credit);
}

/// <summary>Amounts due by days past the due date, as of a date (current = not yet due).</summary>
public sealed record AgingRow(Guid CustomerId, string CustomerCode, string CustomerName, decimal Current, decimal Days1To30,
    decimal Days31To60, decimal Days61To90, decimal Over90, decimal Total);

public sealed record AgingTotals(decimal Current, decimal Days1To30, decimal Days31To60, decimal Days61To90, decimal Over90, decimal Total);

public sealed record AgingQuery(DateOnly AsOf, string? Search = null, string? Sort = null, bool Desc = false);

public sealed record AgingExportRows(IAsyncEnumerable<AgingRow> Rows);

public sealed record PaymentListQuery(string? Search = null, Guid? CustomerId = null, string? Sort = null, bool Desc = false);

public sealed record PaymentRow(Guid Id, string Number, DateOnly Date, Guid CustomerId, string CustomerName, string Method,
    string? Reference, string Currency, decimal Amount, decimal Allocated, decimal Unallocated);

public sealed record PaymentExportRows(IAsyncEnumerable<PaymentRow> Rows);
