using Erp.Data;
using Erp.Domain.Common;
using Erp.Domain.Sales;
using Erp.Domain.Sales.Orders;
using Erp.Domain.Sales.Pricing;
using Erp.Web.Infrastructure.Grids;
using Erp.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Sales.Orders;

/// <summary>Sales orders for the list, its Excel export, the detail page, the PDF and the customer's Orders tab.</summary>
public sealed class SalesOrderQueries(IDbContextFactory<ErpDbContext> dbFactory, PermissionGuard guard)
{
    public static string DetailUrl(Guid id) => $"/sales/orders/{id}";

    public async Task<Result<Paged<SalesOrderRow>>> ListAsync(SalesOrderListQuery query, int page, int pageSize, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(SalesPermissions.View, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = Rows(db, query);
        var total = await rows.CountAsync(ct);
        var items = await Sort(rows, query).Skip(Math.Max(0, page) * pageSize).Take(pageSize).ToListAsync(ct);
        return new Paged<SalesOrderRow>(items, total);
    }

    public async Task<Result<SalesOrderExportRows>> ExportAsync(SalesOrderListQuery query, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(SalesPermissions.View, ct) is { } denied)
        {
            return denied;
        }

        return new SalesOrderExportRows(StreamAsync(query, ct));
    }

    public async Task<Result<SalesOrderDetails>> GetAsync(Guid id, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(SalesPermissions.View, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var order = await db.SalesOrders.AsNoTracking().Include(o => o.Lines).FirstOrDefaultAsync(o => o.Id == id, ct);
        if (order is null)
        {
            return SalesOrderErrors.OrderNotFound;
        }

        var organization = await db.Organizations.AsNoTracking().Where(o => o.Id == order.OrganizationId)
            .Select(o => new { o.Name, o.BaseCurrency }).FirstAsync(ct);
        var customer = await db.Customers.AsNoTracking().IgnoreQueryFilters([ErpDbContext.SoftDeleteFilter])
            .Where(c => c.Id == order.CustomerId).Select(c => new { c.Code, c.Name }).FirstAsync(ct);
        var location = await db.Locations.AsNoTracking().IgnoreQueryFilters([ErpDbContext.SoftDeleteFilter])
            .Where(l => l.Id == order.LocationId).Select(l => l.Name).FirstAsync(ct);
        var term = order.PaymentTermId is { } termId
            ? await db.PaymentTerms.AsNoTracking().IgnoreQueryFilters([ErpDbContext.SoftDeleteFilter]).Where(t => t.Id == termId).Select(t => t.Name).FirstOrDefaultAsync(ct)
            : null;
        var list = order.PriceListId is { } listId
            ? await db.PriceLists.AsNoTracking().IgnoreQueryFilters([ErpDbContext.SoftDeleteFilter]).Where(l => l.Id == listId).Select(l => l.Name).FirstOrDefaultAsync(ct)
            : null;
        var quotation = order.QuotationId is { } quotationId
            ? await db.Quotations.AsNoTracking().Where(q => q.Id == quotationId).Select(q => q.Number).FirstOrDefaultAsync(ct)
            : null;
        var lines = order.Lines.OrderBy(l => l.LineNumber).Select(l => new SalesOrderLineDetails(l.Id, l.LineNumber, l.ProductId, l.Sku,
            l.ProductName, l.UnitCode, l.Quantity, l.UnitPrice, l.PriceOverridden, l.Discount, l.TaxRatePercent, l.Amount, l.LineDiscount,
            l.OrderDiscountShare, l.Net, l.Tax, l.Gross, l.DeliveredQuantity, l.InvoicedQuantity)).ToList();
        var taxes = lines.GroupBy(l => l.TaxRatePercent).OrderBy(g => g.Key)
            .Select(g => new RateTotals(g.Key, g.Sum(l => l.Net), g.Sum(l => l.Tax))).ToList();
        return new SalesOrderDetails(order.Id, order.Number, order.Status, order.OrganizationId, organization.Name, order.CustomerId,
            customer.Code, customer.Name, order.LocationId, location, order.OrderDate, order.RequestedDeliveryDate, order.Currency,
            order.ExchangeRate, organization.BaseCurrency, order.PaymentTermId, term, list, order.PricesIncludeTax, order.TaxExempt,
            order.OrderDiscount, order.Notes, order.Net, order.Tax, order.Gross, order.TotalDiscount, taxes, order.QuotationId, quotation,
            order.ApprovalReason, order.SubmittedBy, order.AllowedNext, lines);
    }

    private async IAsyncEnumerable<SalesOrderRow> StreamAsync(SalesOrderListQuery query,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await foreach (var row in Sort(Rows(db, query), query).AsAsyncEnumerable().WithCancellation(ct))
        {
            yield return row;
        }
    }

    private static IQueryable<Projection> Rows(ErpDbContext db, SalesOrderListQuery query)
    {
        var orders = db.SalesOrders.AsNoTracking();
        if (query.Status is { } status)
        {
            orders = orders.Where(o => o.Status == status);
        }

        if (query.CustomerId is { } customerId)
        {
            orders = orders.Where(o => o.CustomerId == customerId);
        }

        if (query.From is { } from)
        {
            orders = orders.Where(o => o.OrderDate >= from);
        }

        if (query.To is { } to)
        {
            orders = orders.Where(o => o.OrderDate <= to);
        }

        var projected = orders.Select(o => new Projection
        {
            Id = o.Id, Number = o.Number, OrderDate = o.OrderDate, Status = o.Status,
            CustomerCode = db.Customers.IgnoreQueryFilters(DeletedToo).Where(c => c.Id == o.CustomerId).Select(c => c.Code).FirstOrDefault() ?? "",
            CustomerName = db.Customers.IgnoreQueryFilters(DeletedToo).Where(c => c.Id == o.CustomerId).Select(c => c.Name).FirstOrDefault() ?? "",
            Location = db.Locations.IgnoreQueryFilters(DeletedToo).Where(l => l.Id == o.LocationId).Select(l => l.Name).FirstOrDefault() ?? "",
            Currency = o.Currency, Gross = o.Gross, Lines = o.Lines.Count,
        });
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var pattern = Like.Contains(query.Search);
            projected = projected.Where(o => EF.Functions.Like(o.Number, pattern, "\\") || EF.Functions.Like(o.CustomerName, pattern, "\\")
                                             || EF.Functions.Like(o.CustomerCode, pattern, "\\"));
        }

        return projected;
    }

    /// <summary>Whitelisted sort keys; ties break on number so pages and the export agree.</summary>
    private static IQueryable<SalesOrderRow> Sort(IQueryable<Projection> rows, SalesOrderListQuery query) =>
        ((query.Sort, query.Desc) switch
        {
            ("number", false) => rows.OrderBy(r => r.Number),
            ("number", true) => rows.OrderByDescending(r => r.Number),
            ("status", false) => rows.OrderBy(r => r.Status).ThenByDescending(r => r.Number),
            ("status", true) => rows.OrderByDescending(r => r.Status).ThenByDescending(r => r.Number),
            ("customer", false) => rows.OrderBy(r => r.CustomerName).ThenByDescending(r => r.Number),
            ("customer", true) => rows.OrderByDescending(r => r.CustomerName).ThenByDescending(r => r.Number),
            ("gross", false) => rows.OrderBy(r => r.Gross).ThenByDescending(r => r.Number),
            ("gross", true) => rows.OrderByDescending(r => r.Gross).ThenByDescending(r => r.Number),
            ("date", false) => rows.OrderBy(r => r.OrderDate).ThenBy(r => r.Number),
            _ => rows.OrderByDescending(r => r.OrderDate).ThenByDescending(r => r.Number),
        }).Select(r => new SalesOrderRow(r.Id, r.Number, r.OrderDate, r.Status, r.CustomerCode, r.CustomerName, r.Location, r.Currency,
            r.Gross, r.Lines));

    private static readonly string[] DeletedToo = [ErpDbContext.SoftDeleteFilter];

    private sealed class Projection
    {
        public Guid Id { get; init; }
        public string Number { get; init; } = "";
        public DateOnly OrderDate { get; init; }
        public SalesOrderStatus Status { get; init; }
        public string CustomerCode { get; init; } = "";
        public string CustomerName { get; init; } = "";
        public string Location { get; init; } = "";
        public string Currency { get; init; } = "";
        public decimal Gross { get; init; }
        public int Lines { get; init; }
    }
}
