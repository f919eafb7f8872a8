namespace Erp.Web.Features.Purchasing.Payables;

/// <summary>
/// What the tenant owes a supplier in <see cref="Currency"/>: <see cref="Owed"/> = Σ amount due of open and partly paid
/// bills (of which <see cref="Overdue"/> is past its due date); held bills wait for approval and are not owed yet.
/// </summary>
public sealed record SupplierBalance(Guid SupplierId, string Currency, decimal Owed, decimal Overdue, decimal Held, int OpenBills, int HeldBills);

public enum PayableEntryKind
{
    Bill = 1,
    Payment = 2,
}

/// <summary>One movement: a bill is a credit to the supplier (owed more), a payment a debit (owed less); Balance runs on.</summary>
public sealed record PayableStatementEntry(DateOnly Date, PayableEntryKind Kind, Guid DocumentId, string Reference, string Description,
    decimal Debit, decimal Credit, decimal Balance);

public sealed record SupplierStatement(Guid SupplierId, string SupplierCode, string SupplierName, string Currency, DateOnly From, DateOnly To,
    decimal OpeningBalance, IReadOnlyList<PayableStatementEntry> Entries, decimal ClosingBalance)
{
    public decimal TotalDebit => Entries.Sum(e => e.Debit);
    public decimal TotalCredit => Entries.Sum(e => e.Credit);
}

/// <summary>Amounts due to one supplier by days past the due date as of a date, in the organization's base currency.</summary>
public sealed record PayableAgingRow(Guid SupplierId, string SupplierCode, string SupplierName, decimal Current, decimal Days1To30,
    decimal Days31To60, decimal Days61To90, decimal Over90, decimal Total);

public sealed record PayableAgingTotals(decimal Current, decimal Days1To30, decimal Days31To60, decimal Days61To90, decimal Over90, decimal Total);

public sealed record PayableAgingQuery(DateOnly AsOf, string? Search = null, string? Sort = null, bool Desc = false);

public sealed record PayableAgingExportRows(IAsyncEnumerable<PayableAgingRow> Rows);
