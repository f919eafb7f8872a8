using Erp.Data;
using Erp.Domain.Common;
using Erp.Domain.Inventory.Valuation;
using Erp.Domain.Purchasing;
using Erp.Domain.Purchasing.Bills;
using Erp.Domain.Purchasing.Suppliers;
using Erp.Web.Infrastructure.Grids;
using Erp.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Purchasing.Payables;

/// <summary>
/// Supplier balances, statements and the payables aging. Sums run in the database over the bills' stored amount due
/// (and, for the aging, amount due × the bill's exchange rate), on the (TenantId, Status, DueDate, SupplierId) index.
/// </summary>
public sealed class PayableQueries(IDbContextFactory<ErpDbContext> dbFactory, PermissionGuard guard, TimeProvider clock)
{
    public static readonly Error SupplierNotFound = Error.NotFound("The supplier");

    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>The supplier's balance in <paramref name="currency"/> (default: the supplier's currency).</summary>
    public async Task<Result<SupplierBalance>> BalanceAsync(Guid supplierId, string? currency = null, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(PurchasingPermissions.View, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var supplierCurrency = await db.Suppliers.AsNoTracking().Where(s => s.Id == supplierId).Select(s => s.CurrencyCode).FirstOrDefaultAsync(ct);
        if (supplierCurrency is null)
        {
            return SupplierNotFound;
        }

        var code = string.IsNullOrWhiteSpace(currency) ? supplierCurrency : currency.Trim().ToUpperInvariant();
        var today = Today;
        var bills = db.SupplierBills.AsNoTracking().Where(b => b.SupplierId == supplierId && b.Currency == code);
        var open = bills.Where(b => b.Status == SupplierBillStatus.Open || b.Status == SupplierBillStatus.PartiallyPaid);
        var held = bills.Where(b => b.Status == SupplierBillStatus.Held);
        return new SupplierBalance(supplierId, code,
            await open.SumAsync(b => b.AmountDue, ct),
            await open.Where(b => b.DueDate < today).SumAsync(b => b.AmountDue, ct),
            await held.SumAsync(b => b.AmountDue, ct),
            await open.CountAsync(ct),
            await held.CountAsync(ct));
    }

    /// <summary>
    /// The statement for [<paramref name="from"/>, <paramref name="to"/>] in the supplier's currency: the balance brought
    /// forward, each approved bill (credit) and payment (debit) in date order with the running balance, and the closing
    /// balance. Held and cancelled bills are not on it (not owed).
    /// </summary>
    public async Task<Result<SupplierStatement>> StatementAsync(Guid supplierId, DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(PurchasingPermissions.View, ct) is { } denied)
        {
            return denied;
        }

        if (to < from)
        {
            return Error.Validation("The statement cannot end before it starts.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var supplier = await db.Suppliers.AsNoTracking().FirstOrDefaultAsync(s => s.Id == supplierId, ct);
        if (supplier is null)
        {
            return SupplierNotFound;
        }

        var currency = supplier.CurrencyCode;
        var bills = db.SupplierBills.AsNoTracking().Where(b => b.SupplierId == supplierId && b.Currency == currency
            && (b.Status == SupplierBillStatus.Open || b.Status == SupplierBillStatus.PartiallyPaid || b.Status == SupplierBillStatus.Paid));
        var payments = db.SupplierPayments.AsNoTracking().Where(p => p.SupplierId == supplierId && p.Currency == currency);
        var opening = await bills.Where(b => b.BillDate < from).SumAsync(b => b.GrossTotal, ct)
            - await payments.Where(p => p.PaymentDate < from).SumAsync(p => p.Amount, ct);

        var moves = new List<(DateOnly Date, PayableEntryKind Kind, Guid Id, string Reference, string Description, decimal Debit, decimal Credit)>();
        moves.AddRange((await bills.Where(b => b.BillDate >= from && b.BillDate <= to)
                .Select(b => new { b.BillDate, b.Id, b.Number, b.SupplierInvoiceNumber, b.DueDate, b.GrossTotal }).ToListAsync(ct))
            .Select(b => (b.BillDate, PayableEntryKind.Bill, b.Id, b.Number,
                $"Invoice {b.SupplierInvoiceNumber}, due {b.DueDate:yyyy-MM-dd}", 0m, b.GrossTotal)));
        moves.AddRange((await payments.Where(p => p.PaymentDate >= from && p.PaymentDate <= to)
                .Select(p => new { p.PaymentDate, p.Id, p.Number, p.MethodName, p.Reference, p.Amount }).ToListAsync(ct))
            .Select(p => (p.PaymentDate, PayableEntryKind.Payment, p.Id, p.Number,
                p.Reference is null ? $"Payment ({p.MethodName})" : $"Payment ({p.MethodName}, {p.Reference})", p.Amount, 0m)));

        var running = opening;
        var entries = new List<PayableStatementEntry>(moves.Count);
        foreach (var move in moves.OrderBy(m => m.Date).ThenBy(m => m.Kind).ThenBy(m => m.Reference, StringComparer.Ordinal))
        {
            running += move.Credit - move.Debit;
            entries.Add(new PayableStatementEntry(move.Date, move.Kind, move.Id, move.Reference, move.Description, move.Debit, move.Credit, running));
        }

        return new SupplierStatement(supplier.Id, supplier.Code, supplier.Name, currency, from, to, opening, entries, running);
    }

    /// <summary>A page of the aging: suppliers with payable bills as of the date in name/code order, their amounts by bucket.</summary>
    public async Task<Result<Paged<PayableAgingRow>>> AgingAsync(PayableAgingQuery query, int page, int pageSize, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(PurchasingPermissions.View, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var suppliers = SuppliersWithOpen(db, query);
        var total = await suppliers.CountAsync(ct);
        var pageOf = await SortSuppliers(suppliers, query).Skip(Math.Max(0, page) * pageSize).Take(pageSize)
            .Select(s => new { s.Id, s.Code, s.Name }).ToListAsync(ct);
        var ids = pageOf.Select(s => s.Id).ToList();
        var buckets = await BucketsAsync(Open(db, query.AsOf).Where(b => ids.Contains(b.SupplierId)), query.AsOf, ct);
        return new Paged<PayableAgingRow>([.. pageOf.Select(s => Row(buckets, s.Id, s.Code, s.Name))], total);
    }

    /// <summary>The report's totals: the sums of every supplier's (rounded) amounts.</summary>
    public async Task<Result<PayableAgingTotals>> AgingTotalsAsync(PayableAgingQuery query, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(PurchasingPermissions.View, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var open = Open(db, query.AsOf);
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var matching = SuppliersWithOpen(db, query).Select(s => s.Id);
            open = open.Where(b => matching.Contains(b.SupplierId));
        }

        var rows = (await BucketsAsync(open, query.AsOf, ct)).Values.ToList();
        return new PayableAgingTotals(rows.Sum(r => r.Current), rows.Sum(r => r.Days1To30), rows.Sum(r => r.Days31To60),
            rows.Sum(r => r.Days61To90), rows.Sum(r => r.Over90), rows.Sum(r => r.Total));
    }

    public async Task<Result<PayableAgingExportRows>> AgingExportAsync(PayableAgingQuery query, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(PurchasingPermissions.View, ct) is { } denied)
        {
            return denied;
        }

        return new PayableAgingExportRows(StreamAgingAsync(query, ct));
    }

    private async IAsyncEnumerable<PayableAgingRow> StreamAgingAsync(PayableAgingQuery query,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var buckets = await BucketsAsync(Open(db, query.AsOf), query.AsOf, ct);
        var suppliers = SortSuppliers(SuppliersWithOpen(db, query), query).Select(s => new { s.Id, s.Code, s.Name });
        await foreach (var supplier in suppliers.AsAsyncEnumerable().WithCancellation(ct))
        {
            yield return Row(buckets, supplier.Id, supplier.Code, supplier.Name);
        }
    }

    private static PayableAgingRow Row(Dictionary<Guid, PayableAgingRow> buckets, Guid id, string code, string name) =>
        buckets.TryGetValue(id, out var row)
            ? row with { SupplierCode = code, SupplierName = name }
            : new PayableAgingRow(id, code, name, 0m, 0m, 0m, 0m, 0m, 0m);

    /// <summary>Open and partly paid bills dated on or before the as-of date: supplier, due date, amount due in the base currency.</summary>
    private static IQueryable<OpenAmount> Open(ErpDbContext db, DateOnly asOf) => db.SupplierBills.AsNoTracking()
        .Where(b => (b.Status == SupplierBillStatus.Open || b.Status == SupplierBillStatus.PartiallyPaid) && b.BillDate <= asOf)
        .Select(b => new OpenAmount { SupplierId = b.SupplierId, DueDate = b.DueDate, Amount = b.AmountDue * b.ExchangeRate });

    private static IQueryable<Supplier> SuppliersWithOpen(ErpDbContext db, PayableAgingQuery query)
    {
        var open = Open(db, query.AsOf);
        var suppliers = db.Suppliers.AsNoTracking().IgnoreQueryFilters([ErpDbContext.SoftDeleteFilter])
            .Where(s => open.Any(b => b.SupplierId == s.Id));
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var pattern = Like.Contains(query.Search);
            suppliers = suppliers.Where(s => EF.Functions.Like(s.Name, pattern, "\\") || EF.Functions.Like(s.Code, pattern, "\\"));
        }

        return suppliers;
    }

    private static IQueryable<Supplier> SortSuppliers(IQueryable<Supplier> suppliers, PayableAgingQuery query) =>
        (query.Sort, query.Desc) switch
        {
            ("code", false) => suppliers.OrderBy(s => s.Code),
            ("code", true) => suppliers.OrderByDescending(s => s.Code),
            ("name", true) => suppliers.OrderByDescending(s => s.Name).ThenByDescending(s => s.Id),
            _ => suppliers.OrderBy(s => s.Name).ThenBy(s => s.Id),
        };

    /// <summary>
    /// Due on or after the as-of date is current; 1–30 days before it is 1–30 overdue; and so on. Summed per supplier in
    /// the database, each sum rounded to the cent (half away from zero).
    /// </summary>
    private static async Task<Dictionary<Guid, PayableAgingRow>> BucketsAsync(IQueryable<OpenAmount> open, DateOnly asOf, CancellationToken ct)
    {
        var (d1, d30, d60, d90) = (asOf, asOf.AddDays(-30), asOf.AddDays(-60), asOf.AddDays(-90));
        var sums = await open.GroupBy(b => b.SupplierId).Select(g => new
        {
            SupplierId = g.Key,
            Current = g.Sum(b => b.DueDate >= d1 ? b.Amount : 0m),
            Days1To30 = g.Sum(b => b.DueDate < d1 && b.DueDate >= d30 ? b.Amount : 0m),
            Days31To60 = g.Sum(b => b.DueDate < d30 && b.DueDate >= d60 ? b.Amount : 0m),
            Days61To90 = g.Sum(b => b.DueDate < d60 && b.DueDate >= d90 ? b.Amount : 0m),
            Over90 = g.Sum(b => b.DueDate < d90 ? b.Amount : 0m),
        }).ToListAsync(ct);
        return sums.ToDictionary(s => s.SupplierId, s =>
        {
            var (c, a, b, d, e) = (R(s.Current), R(s.Days1To30), R(s.Days31To60), R(s.Days61To90), R(s.Over90));
            return new PayableAgingRow(s.SupplierId, "", "", c, a, b, d, e, c + a + b + d + e);
        });
    }

    private static decimal R(decimal value) => CostRounding.Value(value);

    /// <summary>Member-initialized (not a record) so that EF can keep translating what follows the projection.</summary>
    private sealed class OpenAmount
    {
        public Guid SupplierId { get; init; }
        public DateOnly DueDate { get; init; }
        public decimal Amount { get; init; }
    }
}
