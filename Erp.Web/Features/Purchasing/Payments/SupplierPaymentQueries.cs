using Erp.Data;
using Erp.Domain.Common;
using Erp.Domain.Purchasing;
using Erp.Domain.Purchasing.Bills;
using Erp.Domain.Purchasing.Payments;
using Erp.Domain.Sales.Payments;
using Erp.Web.Features.Sales.Payments;
using Erp.Web.Infrastructure.Grids;
using Erp.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Purchasing.Payments;

public sealed record SupplierPaymentListQuery(string? Search = null, Guid? SupplierId = null, string? Sort = null, bool Desc = false);

public sealed record SupplierPaymentRow(Guid Id, string Number, DateOnly Date, Guid SupplierId, string SupplierName, string Method,
    string? Reference, string Currency, decimal Amount);

public sealed record SupplierPaymentExportRows(IAsyncEnumerable<SupplierPaymentRow> Rows);

/// <summary>A bill the payment form can pay.</summary>
public sealed record PayableBillRow(Guid Id, string Number, string SupplierInvoiceNumber, DateOnly BillDate, DateOnly DueDate, string Currency,
    decimal Gross, decimal AmountDue);

public sealed record PaymentMethodOption(Guid Id, string Name);

/// <summary>Supplier payments for the list and its Excel export, and what the payment form offers (methods, payable bills).</summary>
public sealed class SupplierPaymentQueries(IDbContextFactory<ErpDbContext> dbFactory, PermissionGuard guard)
{
    public async Task<Result<Paged<SupplierPaymentRow>>> ListAsync(SupplierPaymentListQuery query, int page, int pageSize,
        CancellationToken ct = default)
    {
        if (await guard.CheckAsync(PurchasingPermissions.View, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = Filter(db, query);
        var total = await rows.CountAsync(ct);
        var items = await Project(Sort(rows, query)).Skip(Math.Max(0, page) * pageSize).Take(pageSize).ToListAsync(ct);
        return new Paged<SupplierPaymentRow>(items, total);
    }

    public async Task<Result<SupplierPaymentExportRows>> ExportAsync(SupplierPaymentListQuery query, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(PurchasingPermissions.View, ct) is { } denied)
        {
            return denied;
        }

        return new SupplierPaymentExportRows(StreamAsync(query, ct));
    }

    /// <summary>The tenant's active payment methods that move money (the standard ones are added on first use).</summary>
    public async Task<Result<IReadOnlyList<PaymentMethodOption>>> MethodsAsync(CancellationToken ct = default)
    {
        if (await guard.CheckAsync(PurchasingPermissions.Pay, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await PaymentMethodService.EnsureStandardAsync(db, ct);
        return await db.PaymentMethods.AsNoTracking()
            .Where(m => m.IsActive && m.Kind != PaymentMethodKind.StoreCredit && m.Kind != PaymentMethodKind.Voucher)
            .OrderBy(m => m.Kind).ThenBy(m => m.Name).Select(m => new PaymentMethodOption(m.Id, m.Name)).ToListAsync(ct);
    }

    /// <summary>The supplier's open and partly paid bills, oldest due first.</summary>
    public async Task<Result<IReadOnlyList<PayableBillRow>>> PayableBillsAsync(Guid supplierId, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(PurchasingPermissions.View, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.SupplierBills.AsNoTracking()
            .Where(b => b.SupplierId == supplierId && (b.Status == SupplierBillStatus.Open || b.Status == SupplierBillStatus.PartiallyPaid))
            .OrderBy(b => b.DueDate).ThenBy(b => b.BillDate).ThenBy(b => b.Number)
            .Select(b => new PayableBillRow(b.Id, b.Number, b.SupplierInvoiceNumber, b.BillDate, b.DueDate, b.Currency, b.GrossTotal, b.AmountDue))
            .ToListAsync(ct);
    }

    private async IAsyncEnumerable<SupplierPaymentRow> StreamAsync(SupplierPaymentListQuery query,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await foreach (var row in Project(Sort(Filter(db, query), query)).AsAsyncEnumerable().WithCancellation(ct))
        {
            yield return row;
        }
    }

    private static IQueryable<SupplierPayment> Filter(ErpDbContext db, SupplierPaymentListQuery query)
    {
        var payments = db.SupplierPayments.AsNoTracking();
        if (query.SupplierId is { } supplierId)
        {
            payments = payments.Where(p => p.SupplierId == supplierId);
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var pattern = Like.Contains(query.Search);
            payments = payments.Where(p => EF.Functions.Like(p.Number, pattern, "\\") || EF.Functions.Like(p.SupplierName, pattern, "\\")
                                           || (p.Reference != null && EF.Functions.Like(p.Reference, pattern, "\\")));
        }

        return payments;
    }

    private static IQueryable<SupplierPayment> Sort(IQueryable<SupplierPayment> rows, SupplierPaymentListQuery query) =>
        (query.Sort, query.Desc) switch
        {
            ("number", false) => rows.OrderBy(r => r.Number),
            ("number", true) => rows.OrderByDescending(r => r.Number),
            ("supplier", false) => rows.OrderBy(r => r.SupplierName).ThenByDescending(r => r.Number),
            ("supplier", true) => rows.OrderByDescending(r => r.SupplierName).ThenByDescending(r => r.Number),
            ("amount", false) => rows.OrderBy(r => r.Amount).ThenByDescending(r => r.Number),
            ("amount", true) => rows.OrderByDescending(r => r.Amount).ThenByDescending(r => r.Number),
            ("date", false) => rows.OrderBy(r => r.PaymentDate).ThenBy(r => r.Number),
            _ => rows.OrderByDescending(r => r.PaymentDate).ThenByDescending(r => r.Number),
        };

    private static IQueryable<SupplierPaymentRow> Project(IQueryable<SupplierPayment> rows) =>
        rows.Select(p => new SupplierPaymentRow(p.Id, p.Number, p.PaymentDate, p.SupplierId, p.SupplierName, p.MethodName, p.Reference,
            p.Currency, p.Amount));
}
