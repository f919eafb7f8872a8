using Erp.Data;
using Erp.Domain.Common;
using Erp.Domain.Sales;
using Erp.Domain.Sales.Invoices;
using Erp.Web.Infrastructure.Grids;
using Erp.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Sales.Receivables;

/// <summary>
/// Customer balances, statements and the aging report. Every sum runs in the database over the stored amounts
/// (invoice gross and amount due, payment and credit note totals) and the (TenantId, CustomerId, Status, DueDate) index.
/// </summary>
public sealed class ReceivableQueries(IDbContextFactory<ErpDbContext> dbFactory, PermissionGuard guard, TimeProvider clock)
{
    public static readonly Error CustomerNotFound = Error.NotFound("The customer");

    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public async Task<Result<CustomerBalance>> BalanceAsync(Guid customerId, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(SalesPermissions.View, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var customer = await db.Customers.AsNoTracking().Where(c => c.Id == customerId)
            .Select(c => new { c.OpeningBalance, c.CurrencyCode }).FirstOrDefaultAsync(ct);
        if (customer is null)
        {
            return CustomerNotFound;
        }

        var today = Today;
        var invoices = Posted(db).Where(i => i.CustomerId == customerId);
        var invoiced = await invoices.SumAsync(i => i.GrossTotal, ct);
        var open = await invoices.SumAsync(i => i.AmountDue, ct);
        var overdue = await invoices.Where(i => i.DueDate < today).SumAsync(i => i.AmountDue, ct);
        var notes = db.CreditNotes.AsNoTracking().Where(c => c.CustomerId == customerId);
        var credited = await notes.SumAsync(c => c.GrossTotal, ct);
        var payments = db.CustomerPayments.AsNoTracking().Where(p => p.CustomerId == customerId);
        var paid = await payments.SumAsync(p => p.Amount, ct);
        var credit = await payments.SumAsync(p => p.UnallocatedAmount, ct) + await notes.SumAsync(c => c.UnappliedAmount, ct);
        return new CustomerBalance(customerId, customer.CurrencyCode, customer.OpeningBalance, invoiced, credited, paid, open, credit, overdue);
    }

    /// <summary>
    /// The statement for [<paramref name="from"/>, <paramref name="to"/>]: the balance brought forward, each invoice (debit),
    /// credit note and payment (credits) in date order with the running balance, and the closing balance.
    /// </summary>
    public async Task<Result<CustomerStatement>> StatementAsync(Guid customerId, DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(SalesPermissions.View, ct) is { } denied)
        {
            return denied;
        }

        if (to < from)
        {
            return Error.Validation("The statement cannot end before it starts.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var customer = await db.Customers.AsNoTracking().FirstOrDefaultAsync(c => c.Id == customerId, ct);
        if (customer is null)
        {
            return CustomerNotFound;
        }

        var invoices = Posted(db).Where(i => i.CustomerId == customerId);
        var notes = db.CreditNotes.AsNoTracking().Where(c => c.CustomerId == customerId);
        var payments = db.CustomerPayments.AsNoTracking().Where(p => p.CustomerId == customerId);

        // The customer's opening balance counts from its as-of date (no date: from the start).
        var openingDate = customer.OpeningBalanceDate ?? DateOnly.MinValue;
        var opening = (openingDate < from ? customer.OpeningBalance : 0m)
            + await invoices.Where(i => i.InvoiceDate < from).SumAsync(i => i.GrossTotal, ct)
            - await notes.Where(c => c.CreditDate < from).SumAsync(c => c.GrossTotal, ct)
            - await payments.Where(p => p.PaymentDate < from).SumAsync(p => p.Amount, ct);

        var moves = new List<(DateOnly Date, StatementEntryKind Kind, Guid? Id, string Reference, string Description, decimal Debit, decimal Credit)>();
        if (customer.OpeningBalance != 0m && openingDate >= from && openingDate <= to)
        {
            moves.Add((openingDate, StatementEntryKind.OpeningBalance, null, "", "Opening balance",
                Math.Max(customer.OpeningBalance, 0m), Math.Max(-customer.OpeningBalance, 0m)));
        }

        moves.AddRange((await invoices.Where(i => i.InvoiceDate >= from && i.InvoiceDate <= to)
                .Select(i => new { i.InvoiceDate, i.Id, i.Number, i.DueDate, i.GrossTotal }).ToListAsync(ct))
            .Select(i => (i.InvoiceDate, StatementEntryKind.Invoice, (Guid?)i.Id, i.Number,
                $"Invoice, due {i.DueDate:yyyy-MM-dd}", i.GrossTotal, 0m)));
        moves.AddRange((await notes.Where(c => c.CreditDate >= from && c.CreditDate <= to)
                .Select(c => new { c.CreditDate, c.Id, c.Number, c.InvoiceNumber, c.GrossTotal }).ToListAsync(ct))
            .Select(c => (c.CreditDate, StatementEntryKind.CreditNote, (Guid?)c.Id, c.Number, $"Credit note on {c.InvoiceNumber}", 0m, c.GrossTotal)));
        moves.AddRange((await payments.Where(p => p.PaymentDate >= from && p.PaymentDate <= to)
                .Select(p => new { p.PaymentDate, p.Id, p.Number, p.MethodName, p.Reference, p.Amount }).ToListAsync(ct))
            .Select(p => (p.PaymentDate, StatementEntryKind.Payment, (Guid?)p.Id, p.Number,
                p.Reference is null ? $"Payment ({p.MethodName})" : $"Payment ({p.MethodName}, {p.Reference})", 0m, p.Amount)));

        var running = opening;
        var entries = new List<StatementEntry>(moves.Count);
        foreach (var move in moves.OrderBy(m => m.Date).ThenBy(m => m.Kind).ThenBy(m => m.Reference, StringComparer.Ordinal))
        {
            running += move.Debit - move.Credit;
            entries.Add(new StatementEntry(move.Date, move.Kind, move.Id, move.Reference, move.Description, move.Debit, move.Credit, running));
        }

        var organization = await db.Organizations.AsNoTracking().OrderBy(o => o.ParentId != null).ThenBy(o => o.CreatedAt)
            .Select(o => o.Name).FirstOrDefaultAsync(ct) ?? "";
        return new CustomerStatement(customer.Id, customer.Code, customer.Name, customer.Billing.IsEmpty ? null : customer.Billing.ToString(),
            customer.CurrencyCode, organization, from, to, opening, entries, running);
    }

    public async Task<Result<Paged<AgingRow>>> AgingAsync(AgingQuery query, int page, int pageSize, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(SalesPermissions.View, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var open = Open(db, query.AsOf);
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var pattern = Like.Contains(query.Search);
            open = open.Where(i => EF.Functions.Like(i.CustomerName, pattern, "\\") || EF.Functions.Like(i.CustomerCode, pattern, "\\"));
        }

        var total = await open.Select(i => i.CustomerId).Distinct().CountAsync(ct);
        var rows = await Sort(Rows(db, open, query.AsOf), query).Skip(Math.Max(0, page) * pageSize).Take(pageSize).ToListAsync(ct);
        return new Paged<AgingRow>(rows, total);
    }

    public async Task<Result<AgingTotals>> AgingTotalsAsync(AgingQuery query, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(SalesPermissions.View, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var open = Open(db, query.AsOf);
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var pattern = Like.Contains(query.Search);
            open = open.Where(i => EF.Functions.Like(i.CustomerName, pattern, "\\") || EF.Functions.Like(i.CustomerCode, pattern, "\\"));
        }

        var (d1, d30, d60, d90) = Bounds(query.AsOf);
        var totals = await open.GroupBy(_ => 1).Select(g => new AgingTotals(
            g.Sum(i => i.DueDate >= d1 ? i.AmountDue : 0m),
            g.Sum(i => i.DueDate < d1 && i.DueDate >= d30 ? i.AmountDue : 0m),
            g.Sum(i => i.DueDate < d30 && i.DueDate >= d60 ? i.AmountDue : 0m),
            g.Sum(i => i.DueDate < d60 && i.DueDate >= d90 ? i.AmountDue : 0m),
            g.Sum(i => i.DueDate < d90 ? i.AmountDue : 0m),
            g.Sum(i => i.AmountDue))).FirstOrDefaultAsync(ct);
        return totals ?? new AgingTotals(0m, 0m, 0m, 0m, 0m, 0m);
    }

    public async Task<Result<AgingExportRows>> AgingExportAsync(AgingQuery query, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(SalesPermissions.View, ct) is { } denied)
        {
            return denied;
        }

        return new AgingExportRows(StreamAgingAsync(query, ct));
    }

    private async IAsyncEnumerable<AgingRow> StreamAgingAsync(AgingQuery query,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var open = Open(db, query.AsOf);
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var pattern = Like.Contains(query.Search);
            open = open.Where(i => EF.Functions.Like(i.CustomerName, pattern, "\\") || EF.Functions.Like(i.CustomerCode, pattern, "\\"));
        }

        await foreach (var row in Sort(Rows(db, open, query.AsOf), query).AsAsyncEnumerable().WithCancellation(ct))
        {
            yield return row;
        }
    }

    private static IQueryable<SalesInvoice> Posted(ErpDbContext db) => db.SalesInvoices.AsNoTracking()
        .Where(i => i.Status == SalesInvoiceStatus.Posted || i.Status == SalesInvoiceStatus.PartiallyPaid || i.Status == SalesInvoiceStatus.Paid);

    /// <summary>Invoices with something due, dated on or before the as-of date.</summary>
    private static IQueryable<SalesInvoice> Open(ErpDbContext db, DateOnly asOf) => db.SalesInvoices.AsNoTracking()
        .Where(i => (i.Status == SalesInvoiceStatus.Posted || i.Status == SalesInvoiceStatus.PartiallyPaid) && i.InvoiceDate <= asOf);

    /// <summary>Due on or after d1 (= as of) is current; before d1 back to d30 is 1–30 days overdue; and so on.</summary>
    private static (DateOnly D1, DateOnly D30, DateOnly D60, DateOnly D90) Bounds(DateOnly asOf) =>
        (asOf, asOf.AddDays(-30), asOf.AddDays(-60), asOf.AddDays(-90));

    private sealed class AgingProjection
    {
        public Guid CustomerId { get; init; }
        public string Code { get; init; } = "";
        public string Name { get; init; } = "";
        public decimal Current { get; init; }
        public decimal Days1To30 { get; init; }
        public decimal Days31To60 { get; init; }
        public decimal Days61To90 { get; init; }
        public decimal Over90 { get; init; }
        public decimal Total { get; init; }
    }

    private static IQueryable<AgingProjection> Rows(ErpDbContext db, IQueryable<SalesInvoice> open, DateOnly asOf)
    {
        var (d1, d30, d60, d90) = Bounds(asOf);
        var sums = open.GroupBy(i => i.CustomerId).Select(g => new
        {
            CustomerId = g.Key,
            Current = g.Sum(i => i.DueDate >= d1 ? i.AmountDue : 0m),
            Days1To30 = g.Sum(i => i.DueDate < d1 && i.DueDate >= d30 ? i.AmountDue : 0m),
            Days31To60 = g.Sum(i => i.DueDate < d30 && i.DueDate >= d60 ? i.AmountDue : 0m),
            Days61To90 = g.Sum(i => i.DueDate < d60 && i.DueDate >= d90 ? i.AmountDue : 0m),
            Over90 = g.Sum(i => i.DueDate < d90 ? i.AmountDue : 0m),
            Total = g.Sum(i => i.AmountDue),
        });
        return from s in sums
               join c in db.Customers.AsNoTracking().IgnoreQueryFilters([ErpDbContext.SoftDeleteFilter]) on s.CustomerId equals c.Id
               select new AgingProjection
               {
                   CustomerId = c.Id, Code = c.Code, Name = c.Name, Current = s.Current, Days1To30 = s.Days1To30,
                   Days31To60 = s.Days31To60, Days61To90 = s.Days61To90, Over90 = s.Over90, Total = s.Total,
               };
    }

    private static IQueryable<AgingRow> Sort(IQueryable<AgingProjection> rows, AgingQuery query) =>
        ((query.Sort, query.Desc) switch
        {
            ("code", false) => rows.OrderBy(r => r.Code),
            ("code", true) => rows.OrderByDescending(r => r.Code),
            ("name", true) => rows.OrderByDescending(r => r.Name).ThenByDescending(r => r.CustomerId),
            _ => rows.OrderBy(r => r.Name).ThenBy(r => r.CustomerId),
        }).Select(r => new AgingRow(r.CustomerId, r.Code, r.Name, r.Current, r.Days1To30, r.Days31To60, r.Days61To90, r.Over90, r.Total));
}
