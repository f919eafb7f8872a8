using Erp.Data;
using Erp.Domain.Common;
using Erp.Domain.Purchasing;
using Erp.Domain.Purchasing.Bills;
using Erp.Web.Infrastructure.Grids;
using Erp.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Purchasing.Bills;

/// <summary>Supplier bills for the list (filtered, sorted and paged in SQL), its Excel export and the bill page.</summary>
public sealed class SupplierBillQueries(IDbContextFactory<ErpDbContext> dbFactory, PermissionGuard guard)
{
    public static string DetailUrl(Guid id) => $"/purchasing/bills/{id}";

    public async Task<Result<Paged<BillRow>>> ListAsync(BillListQuery query, int page, int pageSize, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(PurchasingPermissions.View, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = Filter(db, query);
        var total = await rows.CountAsync(ct);
        var items = await Project(Sort(rows, query)).Skip(Math.Max(0, page) * pageSize).Take(pageSize).ToListAsync(ct);
        return new Paged<BillRow>(items, total);
    }

    public async Task<Result<BillExportRows>> ExportAsync(BillListQuery query, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(PurchasingPermissions.View, ct) is { } denied)
        {
            return denied;
        }

        return new BillExportRows(StreamAsync(query, ct));
    }

    public async Task<Result<BillDetail>> GetAsync(Guid id, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(PurchasingPermissions.View, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var bill = await db.SupplierBills.AsNoTracking().Include(b => b.Lines).FirstOrDefaultAsync(b => b.Id == id, ct);
        if (bill is null)
        {
            return SupplierBillCommands.NotFound;
        }

        var payments = await (from allocation in db.PayableAllocations.AsNoTracking()
                              join payment in db.SupplierPayments.AsNoTracking() on allocation.PaymentId equals payment.Id
                              where allocation.BillId == id
                              orderby allocation.Date, payment.Number
                              select new BillPaymentRow(payment.Id, payment.Number, allocation.Date, payment.MethodName, allocation.Amount))
            .ToListAsync(ct);
        return new BillDetail(bill.Id, bill.Number, bill.Status, bill.SupplierId, bill.SupplierCode, bill.SupplierName, bill.SupplierInvoiceNumber,
            bill.BillDate, bill.DueDate, bill.PaymentTermName, bill.Currency, bill.ExchangeRate, bill.PurchaseOrderId, bill.OrderNumber, bill.Notes,
            bill.NetTotal, bill.TaxTotal, bill.GrossTotal, bill.PaidAmount, bill.AmountDue, bill.HoldReason, bill.ApprovedAt,
            [.. bill.Lines.OrderBy(l => l.LineNumber).Select(l => new BillLineRow(l.LineNumber, l.OrderLineId, l.Sku, l.Description, l.Quantity,
                l.UnitPrice, l.TaxRatePercent, l.NetAmount, l.TaxAmount, l.OrderedQuantity, l.ReceivedQuantity, l.PreviouslyBilledQuantity,
                l.OrderUnitPrice, l.MatchIssue))],
            payments);
    }

    private async IAsyncEnumerable<BillRow> StreamAsync(BillListQuery query,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await foreach (var row in Project(Sort(Filter(db, query), query)).AsAsyncEnumerable().WithCancellation(ct))
        {
            yield return row;
        }
    }

    private static IQueryable<SupplierBill> Filter(ErpDbContext db, BillListQuery query)
    {
        var bills = db.SupplierBills.AsNoTracking();
        if (query.Status is { } status)
        {
            bills = bills.Where(b => b.Status == status);
        }

        if (query.SupplierId is { } supplierId)
        {
            bills = bills.Where(b => b.SupplierId == supplierId);
        }

        if (query.DueBefore is { } dueBefore)
        {
            bills = bills.Where(b => b.DueDate <= dueBefore);
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var pattern = Like.Contains(query.Search);
            bills = bills.Where(b => EF.Functions.Like(b.Number, pattern, "\\") || EF.Functions.Like(b.SupplierInvoiceNumber, pattern, "\\")
                                     || EF.Functions.Like(b.SupplierName, pattern, "\\"));
        }

        return bills;
    }

    private static IQueryable<SupplierBill> Sort(IQueryable<SupplierBill> rows, BillListQuery query) =>
        (query.Sort, query.Desc) switch
        {
            ("number", false) => rows.OrderBy(r => r.Number),
            ("number", true) => rows.OrderByDescending(r => r.Number),
            ("supplier", false) => rows.OrderBy(r => r.SupplierName).ThenByDescending(r => r.Number),
            ("supplier", true) => rows.OrderByDescending(r => r.SupplierName).ThenByDescending(r => r.Number),
            ("due", false) => rows.OrderBy(r => r.DueDate).ThenBy(r => r.Number),
            ("due", true) => rows.OrderByDescending(r => r.DueDate).ThenByDescending(r => r.Number),
            ("status", false) => rows.OrderBy(r => r.Status).ThenByDescending(r => r.Number),
            ("status", true) => rows.OrderByDescending(r => r.Status).ThenByDescending(r => r.Number),
            ("date", false) => rows.OrderBy(r => r.BillDate).ThenBy(r => r.Number),
            _ => rows.OrderByDescending(r => r.BillDate).ThenByDescending(r => r.Number),
        };

    private static IQueryable<BillRow> Project(IQueryable<SupplierBill> rows) =>
        rows.Select(b => new BillRow(b.Id, b.Number, b.BillDate, b.DueDate, b.Status, b.SupplierId, b.SupplierCode, b.SupplierName,
            b.SupplierInvoiceNumber, b.OrderNumber, b.Currency, b.GrossTotal, b.PaidAmount, b.AmountDue));
}
