using Erp.Data;
using Erp.Domain.Common;
using Erp.Domain.Sales;
using Erp.Domain.Sales.Customers;
using Erp.Domain.Pos.Sales;
using Erp.Domain.Sales.Invoices;
using Erp.Domain.Sales.Payments;
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
        var invoiced = await invoices.SumAsync(i => i.GrossTotal, ct) + await SpentAtTills(db, customerId).SumAsync(t => t.Amount, ct);
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
            - await payments.Where(p => p.PaymentDate < from).SumAsync(p => p.Amount, ct)
            + (await SpentAtTills(db, customerId).Select(t => new { t.SoldAt, t.Amount }).ToListAsync(ct))
                .Where(t => DateOnly.FromDateTime(t.SoldAt.UtcDateTime) < from).Sum(t => t.Amount);

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
        moves.AddRange((await SpentAtTills(db, customerId).ToListAsync(ct))
            .Select(t => (Date: DateOnly.FromDateTime(t.SoldAt.UtcDateTime), t))
            .Where(t => t.Date >= from && t.Date <= to)
            .Select(t => (t.Date, StatementEntryKind.StoreCreditSpent, (Guid?)t.t.SaleId, t.t.Number, "Store credit spent at the till", t.t.Amount, 0m)));

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

    /// <summary>
    /// A page of the aging report: the page of customers with open invoices comes from the customers' name or code order
    /// (each checked for an open invoice on its index), then only those customers' invoices are summed into buckets.
    /// </summary>
    public async Task<Result<Paged<AgingRow>>> AgingAsync(AgingQuery query, int page, int pageSize, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(SalesPermissions.View, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var customers = CustomersWithOpen(db, query);
        var total = await customers.CountAsync(ct);
        var pageOf = await SortCustomers(customers, query).Skip(Math.Max(0, page) * pageSize).Take(pageSize)
            .Select(c => new { c.Id, c.Code, c.Name }).ToListAsync(ct);
        var ids = pageOf.Select(c => c.Id).ToList();
        var buckets = await Buckets(Open(db, query.AsOf).Where(i => ids.Contains(i.CustomerId)), query.AsOf)
            .ToDictionaryAsync(b => b.CustomerId, ct);
        var rows = pageOf.Select(c => buckets.TryGetValue(c.Id, out var b)
            ? b.Row(c.Code, c.Name)
            : new AgingRow(c.Id, c.Code, c.Name, 0m, 0m, 0m, 0m, 0m, 0m)).ToList();
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
            var matching = CustomersWithOpen(db, query).Select(c => c.Id);
            open = open.Where(i => matching.Contains(i.CustomerId));
        }

        // One row per bucket (GROUP BY the bucket) sums each invoice once: cheaper than five conditional sums per invoice.
        var (d1, d30, d60, d90) = (query.AsOf, query.AsOf.AddDays(-30), query.AsOf.AddDays(-60), query.AsOf.AddDays(-90));
        var sums = await open
            .GroupBy(i => i.DueDate >= d1 ? 0 : i.DueDate >= d30 ? 1 : i.DueDate >= d60 ? 2 : i.DueDate >= d90 ? 3 : 4)
            .Select(g => new { Bucket = g.Key, Cents = g.Sum(i => i.Cents) })
            .ToDictionaryAsync(b => b.Bucket, b => b.Cents / 100m, ct);
        var bucket = (int b) => sums.GetValueOrDefault(b);
        return new AgingTotals(bucket(0), bucket(1), bucket(2), bucket(3), bucket(4), sums.Values.Sum());
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
        var buckets = await Buckets(Open(db, query.AsOf), query.AsOf).ToDictionaryAsync(b => b.CustomerId, ct);
        var customers = SortCustomers(CustomersWithOpen(db, query), query).Select(c => new { c.Id, c.Code, c.Name });
        await foreach (var customer in customers.AsAsyncEnumerable().WithCancellation(ct))
        {
            if (buckets.TryGetValue(customer.Id, out var b))
            {
                yield return b.Row(customer.Code, customer.Name);
            }
        }
    }

    private static IQueryable<SalesInvoice> Posted(ErpDbContext db) => db.SalesInvoices.AsNoTracking()
        .Where(i => i.Status == SalesInvoiceStatus.Posted || i.Status == SalesInvoiceStatus.PartiallyPaid || i.Status == SalesInvoiceStatus.Paid);

    /// <summary>Invoices with something due, dated on or before the as-of date: customer, due date and amount due in cents.</summary>
    private static IQueryable<OpenAmount> Open(ErpDbContext db, DateOnly asOf) => db.SalesInvoices.AsNoTracking()
        .Where(i => (i.Status == SalesInvoiceStatus.Posted || i.Status == SalesInvoiceStatus.PartiallyPaid) && i.InvoiceDate <= asOf)
        .Select(i => new OpenAmount { CustomerId = i.CustomerId, DueDate = i.DueDate, Cents = i.AmountDueCents });

    /// <summary>Customers (deleted ones too) with an open invoice as of the date, matching the search on name or code.</summary>
    private static IQueryable<Customer> CustomersWithOpen(ErpDbContext db, AgingQuery query)
    {
        var open = Open(db, query.AsOf);
        var customers = db.Customers.AsNoTracking().IgnoreQueryFilters([ErpDbContext.SoftDeleteFilter])
            .Where(c => open.Any(i => i.CustomerId == c.Id));
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var pattern = Like.Contains(query.Search);
            customers = customers.Where(c => EF.Functions.Like(c.Name, pattern, "\\") || EF.Functions.Like(c.Code, pattern, "\\"));
        }

        return customers;
    }

    private static IQueryable<Customer> SortCustomers(IQueryable<Customer> customers, AgingQuery query) =>
        (query.Sort, query.Desc) switch
        {
            ("code", false) => customers.OrderBy(c => c.Code),
            ("code", true) => customers.OrderByDescending(c => c.Code),
            ("name", true) => customers.OrderByDescending(c => c.Name).ThenByDescending(c => c.Id),
            _ => customers.OrderBy(c => c.Name).ThenBy(c => c.Id),
        };

    /// <summary>Due on or after d1 (= as of) is current; before d1 back to d30 is 1–30 days overdue; and so on. Sums in cents.</summary>
    private static IQueryable<CustomerBuckets> Buckets(IQueryable<OpenAmount> open, DateOnly asOf)
    {
        var (d1, d30, d60, d90) = (asOf, asOf.AddDays(-30), asOf.AddDays(-60), asOf.AddDays(-90));
        return open.GroupBy(i => i.CustomerId).Select(g => new CustomerBuckets(g.Key,
            g.Sum(i => i.DueDate >= d1 ? i.Cents : 0L),
            g.Sum(i => i.DueDate < d1 && i.DueDate >= d30 ? i.Cents : 0L),
            g.Sum(i => i.DueDate < d30 && i.DueDate >= d60 ? i.Cents : 0L),
            g.Sum(i => i.DueDate < d60 && i.DueDate >= d90 ? i.Cents : 0L),
            g.Sum(i => i.DueDate < d90 ? i.Cents : 0L),
            g.Sum(i => i.Cents)));
    }

    /// <summary>Member-initialized (not a record) so that EF can keep translating what follows the projection.</summary>
    private sealed class OpenAmount
    {
        public Guid CustomerId { get; init; }
        public DateOnly DueDate { get; init; }
        public long Cents { get; init; }
    }

    private sealed record CustomerBuckets(Guid CustomerId, long Current, long Days1To30, long Days31To60, long Days61To90, long Over90,
        long Total)
    {
        public AgingRow Row(string code, string name) => new(CustomerId, code, name, Current / 100m, Days1To30 / 100m,
            Days31To60 / 100m, Days61To90 / 100m, Over90 / 100m, Total / 100m);
    }

    /// <summary>Store credit the customer spent at the tills: debits, since it uses up credit they held.</summary>
    private static IQueryable<TillCreditSpent> SpentAtTills(ErpDbContext db, Guid customerId) =>
        from payment in db.PosSalePayments.AsNoTracking()
        join sale in db.PosSales.AsNoTracking() on payment.SaleId equals sale.Id
        where sale.CustomerId == customerId && sale.Status == PosSaleStatus.Completed && payment.Kind == PaymentMethodKind.StoreCredit
        select new TillCreditSpent { SaleId = sale.Id, Number = sale.Number, SoldAt = sale.SoldAt, Amount = payment.Amount };

    private sealed class TillCreditSpent
    {
        public Guid SaleId { get; init; }
        public string Number { get; init; } = "";
        public DateTimeOffset SoldAt { get; init; }
        public decimal Amount { get; init; }
    }
}
