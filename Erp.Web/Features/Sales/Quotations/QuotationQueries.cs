using Erp.Data;
using Erp.Domain.Common;
using Erp.Domain.Sales;
using Erp.Domain.Sales.Orders;
using Erp.Domain.Sales.Pricing;
using Erp.Domain.Sales.Quotations;
using Erp.Web.Infrastructure.Grids;
using Erp.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Sales.Quotations;

/// <summary>Quotations for the list, its Excel export, the detail page and the PDF.</summary>
public sealed class QuotationQueries(IDbContextFactory<ErpDbContext> dbFactory, PermissionGuard guard)
{
    public static string DetailUrl(Guid id) => $"/sales/quotations/{id}";

    public async Task<Result<Paged<QuotationRow>>> ListAsync(QuotationListQuery query, int page, int pageSize, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(SalesPermissions.View, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = Rows(db, query);
        var total = await rows.CountAsync(ct);
        var items = await Sort(rows, query).Skip(Math.Max(0, page) * pageSize).Take(pageSize).ToListAsync(ct);
        return new Paged<QuotationRow>(items, total);
    }

    public async Task<Result<QuotationExportRows>> ExportAsync(QuotationListQuery query, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(SalesPermissions.View, ct) is { } denied)
        {
            return denied;
        }

        return new QuotationExportRows(StreamAsync(query, ct));
    }

    public async Task<Result<QuotationDetails>> GetAsync(Guid id, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(SalesPermissions.View, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var quotation = await db.Quotations.AsNoTracking().Include(q => q.Lines).FirstOrDefaultAsync(q => q.Id == id, ct);
        if (quotation is null)
        {
            return SalesOrderErrors.QuotationNotFound;
        }

        var organization = await db.Organizations.AsNoTracking().Where(o => o.Id == quotation.OrganizationId).Select(o => o.Name).FirstAsync(ct);
        var customer = await db.Customers.AsNoTracking().IgnoreQueryFilters([ErpDbContext.SoftDeleteFilter])
            .Where(c => c.Id == quotation.CustomerId).Select(c => new { c.Code, c.Name }).FirstAsync(ct);
        var location = await db.Locations.AsNoTracking().IgnoreQueryFilters([ErpDbContext.SoftDeleteFilter])
            .Where(l => l.Id == quotation.LocationId).Select(l => l.Name).FirstAsync(ct);
        var list = quotation.PriceListId is { } listId
            ? await db.PriceLists.AsNoTracking().IgnoreQueryFilters([ErpDbContext.SoftDeleteFilter]).Where(l => l.Id == listId).Select(l => l.Name).FirstOrDefaultAsync(ct)
            : null;
        var order = quotation.SalesOrderId is { } orderId
            ? await db.SalesOrders.AsNoTracking().Where(o => o.Id == orderId).Select(o => o.Number).FirstOrDefaultAsync(ct)
            : null;
        var lines = quotation.Lines.OrderBy(l => l.LineNumber).Select(l => new QuotationLineDetails(l.Id, l.LineNumber, l.ProductId, l.Sku,
            l.ProductName, l.UnitCode, l.Quantity, l.UnitPrice, l.Discount, l.TaxRatePercent, l.Net, l.Tax, l.Gross)).ToList();
        var taxes = lines.GroupBy(l => l.TaxRatePercent).OrderBy(g => g.Key)
            .Select(g => new RateTotals(g.Key, g.Sum(l => l.Net), g.Sum(l => l.Tax))).ToList();
        return new QuotationDetails(quotation.Id, quotation.Number, quotation.Status, organization, quotation.CustomerId, customer.Code,
            customer.Name, quotation.LocationId, location, quotation.QuotationDate, quotation.ValidUntil, quotation.Currency,
            quotation.ExchangeRate, list, quotation.PricesIncludeTax, quotation.TaxExempt, quotation.OrderDiscount, quotation.Notes,
            quotation.Net, quotation.Tax, quotation.Gross, quotation.TotalDiscount, taxes, quotation.SalesOrderId, order,
            quotation.AllowedNext, lines);
    }

    private async IAsyncEnumerable<QuotationRow> StreamAsync(QuotationListQuery query,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await foreach (var row in Sort(Rows(db, query), query).AsAsyncEnumerable().WithCancellation(ct))
        {
            yield return row;
        }
    }

    private static IQueryable<Projection> Rows(ErpDbContext db, QuotationListQuery query)
    {
        var quotations = db.Quotations.AsNoTracking();
        if (query.Status is { } status)
        {
            quotations = quotations.Where(q => q.Status == status);
        }

        if (query.CustomerId is { } customerId)
        {
            quotations = quotations.Where(q => q.CustomerId == customerId);
        }

        if (query.From is { } from)
        {
            quotations = quotations.Where(q => q.QuotationDate >= from);
        }

        if (query.To is { } to)
        {
            quotations = quotations.Where(q => q.QuotationDate <= to);
        }

        var projected = quotations.Select(q => new Projection
        {
            Id = q.Id, Number = q.Number, QuotationDate = q.QuotationDate, ValidUntil = q.ValidUntil, Status = q.Status,
            CustomerCode = db.Customers.IgnoreQueryFilters(DeletedToo).Where(c => c.Id == q.CustomerId).Select(c => c.Code).FirstOrDefault() ?? "",
            CustomerName = db.Customers.IgnoreQueryFilters(DeletedToo).Where(c => c.Id == q.CustomerId).Select(c => c.Name).FirstOrDefault() ?? "",
            Currency = q.Currency, Gross = q.Gross, Lines = q.Lines.Count,
        });
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var pattern = Like.Contains(query.Search);
            projected = projected.Where(q => EF.Functions.Like(q.Number, pattern, "\\") || EF.Functions.Like(q.CustomerName, pattern, "\\")
                                             || EF.Functions.Like(q.CustomerCode, pattern, "\\"));
        }

        return projected;
    }

    private static IQueryable<QuotationRow> Sort(IQueryable<Projection> rows, QuotationListQuery query) =>
        ((query.Sort, query.Desc) switch
        {
            ("number", false) => rows.OrderBy(r => r.Number),
            ("number", true) => rows.OrderByDescending(r => r.Number),
            ("status", false) => rows.OrderBy(r => r.Status).ThenByDescending(r => r.Number),
            ("status", true) => rows.OrderByDescending(r => r.Status).ThenByDescending(r => r.Number),
            ("customer", false) => rows.OrderBy(r => r.CustomerName).ThenByDescending(r => r.Number),
            ("customer", true) => rows.OrderByDescending(r => r.CustomerName).ThenByDescending(r => r.Number),
            ("validuntil", false) => rows.OrderBy(r => r.ValidUntil).ThenByDescending(r => r.Number),
            ("validuntil", true) => rows.OrderByDescending(r => r.ValidUntil).ThenByDescending(r => r.Number),
            ("gross", false) => rows.OrderBy(r => r.Gross).ThenByDescending(r => r.Number),
            ("gross", true) => rows.OrderByDescending(r => r.Gross).ThenByDescending(r => r.Number),
            ("date", false) => rows.OrderBy(r => r.QuotationDate).ThenBy(r => r.Number),
            _ => rows.OrderByDescending(r => r.QuotationDate).ThenByDescending(r => r.Number),
        }).Select(r => new QuotationRow(r.Id, r.Number, r.QuotationDate, r.ValidUntil, r.Status, r.CustomerCode, r.CustomerName, r.Currency,
            r.Gross, r.Lines));

    private static readonly string[] DeletedToo = [ErpDbContext.SoftDeleteFilter];

    private sealed class Projection
    {
        public Guid Id { get; init; }
        public string Number { get; init; } = "";
        public DateOnly QuotationDate { get; init; }
        public DateOnly ValidUntil { get; init; }
        public QuotationStatus Status { get; init; }
        public string CustomerCode { get; init; } = "";
        public string CustomerName { get; init; } = "";
        public string Currency { get; init; } = "";
        public decimal Gross { get; init; }
        public int Lines { get; init; }
    }
}
