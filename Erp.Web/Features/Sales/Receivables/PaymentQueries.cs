using Erp.Data;
using Erp.Domain.Common;
using Erp.Domain.Sales;
using Erp.Domain.Sales.Receivables;
using Erp.Web.Infrastructure.Grids;
using Erp.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Sales.Receivables;

/// <summary>Customer payments for the list and its Excel export; filtered, sorted and paged in SQL.</summary>
public sealed class PaymentQueries(IDbContextFactory<ErpDbContext> dbFactory, PermissionGuard guard)
{
    public async Task<Result<Paged<PaymentRow>>> ListAsync(PaymentListQuery query, int page, int pageSize, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(SalesPermissions.View, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = Filter(db, query);
        var total = await rows.CountAsync(ct);
        var items = await Project(Sort(rows, query)).Skip(Math.Max(0, page) * pageSize).Take(pageSize).ToListAsync(ct);
        return new Paged<PaymentRow>(items, total);
    }

    public async Task<Result<PaymentExportRows>> ExportAsync(PaymentListQuery query, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(SalesPermissions.View, ct) is { } denied)
        {
            return denied;
        }

        return new PaymentExportRows(StreamAsync(query, ct));
    }

    private async IAsyncEnumerable<PaymentRow> StreamAsync(PaymentListQuery query,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await foreach (var row in Project(Sort(Filter(db, query), query)).AsAsyncEnumerable().WithCancellation(ct))
        {
            yield return row;
        }
    }

    private static IQueryable<CustomerPayment> Filter(ErpDbContext db, PaymentListQuery query)
    {
        var payments = db.CustomerPayments.AsNoTracking();
        if (query.CustomerId is { } customerId)
        {
            payments = payments.Where(p => p.CustomerId == customerId);
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var pattern = Like.Contains(query.Search);
            payments = payments.Where(p => EF.Functions.Like(p.Number, pattern, "\\") || EF.Functions.Like(p.CustomerName, pattern, "\\")
                                           || (p.Reference != null && EF.Functions.Like(p.Reference, pattern, "\\")));
        }

        return payments;
    }

    private static IQueryable<CustomerPayment> Sort(IQueryable<CustomerPayment> rows, PaymentListQuery query) =>
        (query.Sort, query.Desc) switch
        {
            ("number", false) => rows.OrderBy(r => r.Number),
            ("number", true) => rows.OrderByDescending(r => r.Number),
            ("customer", false) => rows.OrderBy(r => r.CustomerName).ThenByDescending(r => r.Number),
            ("customer", true) => rows.OrderByDescending(r => r.CustomerName).ThenByDescending(r => r.Number),
            ("amount", false) => rows.OrderBy(r => r.Amount).ThenByDescending(r => r.Number),
            ("amount", true) => rows.OrderByDescending(r => r.Amount).ThenByDescending(r => r.Number),
            ("date", false) => rows.OrderBy(r => r.PaymentDate).ThenBy(r => r.Number),
            _ => rows.OrderByDescending(r => r.PaymentDate).ThenByDescending(r => r.Number),
        };

    private static IQueryable<PaymentRow> Project(IQueryable<CustomerPayment> rows) =>
        rows.Select(p => new PaymentRow(p.Id, p.Number, p.PaymentDate, p.CustomerId, p.CustomerName, p.MethodName, p.Reference, p.Currency,
            p.Amount, p.AllocatedAmount, p.UnallocatedAmount));
}
