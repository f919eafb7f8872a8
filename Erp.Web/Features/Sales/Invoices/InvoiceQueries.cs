using Erp.Data;
using Erp.Domain.Common;
using Erp.Domain.Sales;
using Erp.Domain.Sales.Invoices;
using Erp.Web.Infrastructure.Grids;
using Erp.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Sales.Invoices;

/// <summary>Invoices for the list, its Excel export, the detail page and the PDF; filtered, sorted and paged in SQL.</summary>
public sealed class InvoiceQueries(IDbContextFactory<ErpDbContext> dbFactory, PermissionGuard guard, TimeProvider clock)
{
    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public async Task<Result<Paged<InvoiceRow>>> ListAsync(InvoiceListQuery query, int page, int pageSize, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(SalesPermissions.View, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = Filter(db, query, Today);
        var total = await rows.CountAsync(ct);
        var items = await Project(Sort(rows, query), Today).Skip(Math.Max(0, page) * pageSize).Take(pageSize).ToListAsync(ct);
        return new Paged<InvoiceRow>(items, total);
    }

    public async Task<Result<InvoiceExportRows>> ExportAsync(InvoiceListQuery query, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(SalesPermissions.View, ct) is { } denied)
        {
            return denied;
        }

        return new InvoiceExportRows(StreamAsync(query, ct));
    }

    public async Task<Result<InvoiceDetails>> GetAsync(Guid id, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(SalesPermissions.View, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var invoice = await db.SalesInvoices.AsNoTracking().Include(i => i.Lines).FirstOrDefaultAsync(i => i.Id == id, ct);
        if (invoice is null)
        {
            return InvoiceErrors.NotFound;
        }

        var issuer = await db.Organizations.AsNoTracking().Where(o => o.Id == invoice.OrganizationId)
            .Select(o => new InvoiceIssuer(o.Name, o.LegalName, o.TaxId, o.Address, o.Email, o.Phone)).FirstAsync(ct);
        var location = invoice.StockLocationId is { } locationId
            ? await db.Locations.AsNoTracking().Where(l => l.Id == locationId).Select(l => l.Name).FirstOrDefaultAsync(ct)
            : null;
        var lines = invoice.Lines.OrderBy(l => l.LineNumber).Select(l => new InvoiceLineDetails(l.Id, l.LineNumber, l.ProductId, l.Sku,
            l.Description, l.Quantity, l.UnitPrice, l.DiscountKind, l.DiscountValue, l.TaxRatePercent, l.UnitCost, l.Amount, l.LineDiscount,
            l.OrderDiscount, l.Net, l.Tax, l.Gross, l.CreditedQuantity, l.CreditedNet, l.CreditedTax)).ToList();
        var taxes = lines.GroupBy(l => l.TaxRatePercent).OrderBy(g => g.Key)
            .Select(g => new InvoiceTaxLine(g.Key, g.Sum(l => l.Net), g.Sum(l => l.Tax))).ToList();
        var settlements = await SettlementsAsync(db, id, ct);
        var notes = await db.CreditNotes.AsNoTracking().Where(c => c.InvoiceId == id).OrderBy(c => c.Number)
            .Select(c => new InvoiceCreditNoteRow(c.Id, c.Number, c.CreditDate, c.Kind, c.GrossTotal, c.Reason)).ToListAsync(ct);
        var overdue = invoice.Status is SalesInvoiceStatus.Posted or SalesInvoiceStatus.PartiallyPaid && invoice.DueDate < Today;
        return new InvoiceDetails(invoice.Id, invoice.Number, invoice.Status, invoice.OrganizationId, issuer, invoice.CustomerId,
            invoice.CustomerCode, invoice.CustomerName, invoice.CustomerTaxId, invoice.CustomerAddress, invoice.TaxExempt, invoice.InvoiceDate,
            invoice.PaymentTermId, invoice.PaymentTermName, invoice.DueDate, invoice.Currency, invoice.ExchangeRate, invoice.PricesIncludeTax,
            invoice.OrderDiscountKind, invoice.OrderDiscountValue, invoice.Notes, invoice.UpdateStock, invoice.StockLocationId, location,
            invoice.SourceOrderId, invoice.NetTotal, invoice.TaxTotal, invoice.GrossTotal, invoice.DiscountTotal, invoice.PaidAmount,
            invoice.CreditedAmount, invoice.AmountDue, invoice.PostedAt, overdue, invoice.AllowedNext, lines, taxes, settlements, notes);
    }

    /// <summary>A customer's open invoices (oldest due first), for allocating a payment or credit.</summary>
    public async Task<Result<IReadOnlyList<InvoiceRow>>> OpenForCustomerAsync(Guid customerId, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(SalesPermissions.View, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var open = db.SalesInvoices.AsNoTracking().Where(i => i.CustomerId == customerId
            && (i.Status == SalesInvoiceStatus.Posted || i.Status == SalesInvoiceStatus.PartiallyPaid))
            .OrderBy(i => i.DueDate).ThenBy(i => i.Number);
        return await Project(open, Today).ToListAsync(ct);
    }

    private static async Task<List<InvoiceSettlement>> SettlementsAsync(ErpDbContext db, Guid invoiceId, CancellationToken ct)
    {
        var payments = await (from a in db.ReceivableAllocations.AsNoTracking()
                              join p in db.CustomerPayments.AsNoTracking() on a.PaymentId equals p.Id
                              where a.InvoiceId == invoiceId
                              select new InvoiceSettlement(p.Id, "Payment", p.Number, a.Date, a.Amount, p.MethodName)).ToListAsync(ct);
        var credits = await (from a in db.ReceivableAllocations.AsNoTracking()
                             join c in db.CreditNotes.AsNoTracking() on a.CreditNoteId equals c.Id
                             where a.InvoiceId == invoiceId
                             select new InvoiceSettlement(c.Id, "Credit note", c.Number, a.Date, a.Amount, null)).ToListAsync(ct);
        return [.. payments.Concat(credits).OrderBy(s => s.Date).ThenBy(s => s.Number, StringComparer.Ordinal)];
    }

    private async IAsyncEnumerable<InvoiceRow> StreamAsync(InvoiceListQuery query,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await foreach (var row in Project(Sort(Filter(db, query, Today), query), Today).AsAsyncEnumerable().WithCancellation(ct))
        {
            yield return row;
        }
    }

    private static IQueryable<SalesInvoice> Filter(ErpDbContext db, InvoiceListQuery query, DateOnly today)
    {
        var invoices = db.SalesInvoices.AsNoTracking();
        if (query.Status is { } status)
        {
            invoices = invoices.Where(i => i.Status == status);
        }

        if (query.CustomerId is { } customerId)
        {
            invoices = invoices.Where(i => i.CustomerId == customerId);
        }

        if (query.Overdue)
        {
            invoices = invoices.Where(i => (i.Status == SalesInvoiceStatus.Posted || i.Status == SalesInvoiceStatus.PartiallyPaid)
                                           && i.DueDate < today);
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var pattern = Like.Contains(query.Search);
            invoices = invoices.Where(i => EF.Functions.Like(i.Number, pattern, "\\") || EF.Functions.Like(i.CustomerName, pattern, "\\")
                                           || EF.Functions.Like(i.CustomerCode, pattern, "\\"));
        }

        return invoices;
    }

    /// <summary>Whitelisted sort keys; ties break on the id (time-ordered) so pages and the export agree.</summary>
    private static IQueryable<SalesInvoice> Sort(IQueryable<SalesInvoice> rows, InvoiceListQuery query) =>
        (query.Sort, query.Desc) switch
        {
            ("number", false) => rows.OrderBy(r => r.Number).ThenBy(r => r.Id),
            ("number", true) => rows.OrderByDescending(r => r.Number).ThenByDescending(r => r.Id),
            ("customer", false) => rows.OrderBy(r => r.CustomerName).ThenByDescending(r => r.Id),
            ("customer", true) => rows.OrderByDescending(r => r.CustomerName).ThenByDescending(r => r.Id),
            ("due", false) => rows.OrderBy(r => r.DueDate).ThenByDescending(r => r.Id),
            ("due", true) => rows.OrderByDescending(r => r.DueDate).ThenByDescending(r => r.Id),
            ("status", false) => rows.OrderBy(r => r.Status).ThenByDescending(r => r.Id),
            ("status", true) => rows.OrderByDescending(r => r.Status).ThenByDescending(r => r.Id),
            ("gross", false) => rows.OrderBy(r => r.GrossTotal).ThenByDescending(r => r.Id),
            ("gross", true) => rows.OrderByDescending(r => r.GrossTotal).ThenByDescending(r => r.Id),
            ("amountdue", false) => rows.OrderBy(r => r.AmountDue).ThenByDescending(r => r.Id),
            ("amountdue", true) => rows.OrderByDescending(r => r.AmountDue).ThenByDescending(r => r.Id),
            ("date", false) => rows.OrderBy(r => r.InvoiceDate).ThenBy(r => r.Id),
            _ => rows.OrderByDescending(r => r.InvoiceDate).ThenByDescending(r => r.Id),
        };

    private static IQueryable<InvoiceRow> Project(IQueryable<SalesInvoice> rows, DateOnly today) =>
        rows.Select(i => new InvoiceRow(i.Id, i.Number, i.InvoiceDate, i.DueDate, i.Status, i.CustomerId, i.CustomerCode, i.CustomerName,
            i.Currency, i.GrossTotal, i.PaidAmount + i.CreditedAmount, i.Status == SalesInvoiceStatus.Draft ? 0m : i.AmountDue,
            (i.Status == SalesInvoiceStatus.Posted || i.Status == SalesInvoiceStatus.PartiallyPaid) && i.DueDate < today));
}
