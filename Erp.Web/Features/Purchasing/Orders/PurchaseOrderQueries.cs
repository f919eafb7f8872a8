using Erp.Data;
using Erp.Domain.Common;
using Erp.Domain.Purchasing;
using Erp.Domain.Purchasing.Orders;
using Erp.Web.Infrastructure.Grids;
using Erp.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Purchasing.Orders;

/// <summary>Purchase orders for the list, its Excel export, the detail page and the PDF; filtered, sorted and paged in SQL.</summary>
public sealed class PurchaseOrderQueries(IDbContextFactory<ErpDbContext> dbFactory, PermissionGuard guard)
{
    public const string ListUrl = "/purchasing/orders";
    public const string ProposalsUrl = "/purchasing/orders?source=replenishment&status=Draft";

    public static string DetailUrl(Guid id) => $"/purchasing/orders/{id}";

    public static string PdfUrl(Guid id) => $"/purchasing/orders/{id}/pdf";

    public async Task<Result<Paged<PurchaseOrderRow>>> ListAsync(PurchaseOrderListQuery query, int page, int pageSize, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(PurchasingPermissions.View, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = Rows(db, query);
        var total = await rows.CountAsync(ct);
        var items = await Sort(rows, query).Skip(Math.Max(0, page) * pageSize).Take(pageSize).ToListAsync(ct);
        return new Paged<PurchaseOrderRow>(items, total);
    }

    public async Task<Result<PurchaseOrderExportRows>> ExportAsync(PurchaseOrderListQuery query, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(PurchasingPermissions.View, ct) is { } denied)
        {
            return denied;
        }

        return new PurchaseOrderExportRows(StreamAsync(query, ct));
    }

    public async Task<Result<PurchaseOrderDetails>> GetAsync(Guid id, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(PurchasingPermissions.View, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var order = await db.PurchaseOrders.AsNoTracking().Include(o => o.Lines).FirstOrDefaultAsync(o => o.Id == id, ct);
        if (order is null)
        {
            return PurchaseOrderCommands.NotFound;
        }

        var organization = await db.Organizations.AsNoTracking().Where(o => o.Id == order.OrganizationId)
            .Select(o => new BuyerOrganization(o.Name, o.LegalName, o.Address, o.TaxId, o.Email, o.Phone, o.BaseCurrency)).FirstAsync(ct);
        var location = await db.Locations.AsNoTracking().IgnoreQueryFilters([ErpDbContext.SoftDeleteFilter])
            .Where(l => l.Id == order.LocationId).Select(l => l.Name).FirstOrDefaultAsync(ct) ?? "";
        var lines = order.Lines.OrderBy(l => l.LineNumber).Select(l => new PurchaseOrderLineDetails(l.Id, l.LineNumber, l.ProductId, l.Sku,
            l.SupplierSku, l.Description, l.Quantity, l.UnitPrice, l.TaxRatePercent, l.NetAmount, l.TaxAmount, l.ReceivedQuantity,
            l.RejectedQuantity, l.BilledQuantity)).ToList();
        return new PurchaseOrderDetails(order.Id, order.Number, order.Status, order.Source, organization, order.SupplierId,
            order.SupplierCode, order.SupplierName, order.SupplierTaxId, order.SupplierAddress, order.LocationId, location,
            order.DeliveryAddress, order.OrderDate, order.ExpectedDate, order.Currency, order.ExchangeRate, order.PaymentTermName,
            order.Notes, order.BuyerName, order.ApprovedAt, order.SentAt, order.NetTotal, order.TaxTotal, order.GrossTotal,
            order.AllowedNext, lines);
    }

    private async IAsyncEnumerable<PurchaseOrderRow> StreamAsync(PurchaseOrderListQuery query,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await foreach (var row in Sort(Rows(db, query), query).AsAsyncEnumerable().WithCancellation(ct))
        {
            yield return row;
        }
    }

    private static IQueryable<Projection> Rows(ErpDbContext db, PurchaseOrderListQuery query)
    {
        var orders = db.PurchaseOrders.AsNoTracking();
        if (query.Status is { } status)
        {
            orders = orders.Where(o => o.Status == status);
        }

        if (query.Source is { } source)
        {
            orders = orders.Where(o => o.Source == source);
        }

        if (query.SupplierId is { } supplierId)
        {
            orders = orders.Where(o => o.SupplierId == supplierId);
        }

        if (query.From is { } from)
        {
            orders = orders.Where(o => o.OrderDate >= from);
        }

        if (query.To is { } to)
        {
            orders = orders.Where(o => o.OrderDate <= to);
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var pattern = Like.Contains(query.Search);
            orders = orders.Where(o => EF.Functions.Like(o.Number, pattern, "\\") || EF.Functions.Like(o.SupplierName, pattern, "\\")
                || EF.Functions.Like(o.SupplierCode, pattern, "\\"));
        }

        return orders.Select(o => new Projection
        {
            Id = o.Id, Number = o.Number, OrderDate = o.OrderDate, ExpectedDate = o.ExpectedDate, Status = o.Status, Source = o.Source,
            SupplierCode = o.SupplierCode, SupplierName = o.SupplierName,
            Location = db.Locations.Where(l => l.Id == o.LocationId).Select(l => l.Name).FirstOrDefault() ?? "",
            Currency = o.Currency, NetTotal = o.NetTotal, GrossTotal = o.GrossTotal,
        });
    }

    /// <summary>Whitelisted sort keys; ties break on number so pages and the export agree.</summary>
    private static IQueryable<PurchaseOrderRow> Sort(IQueryable<Projection> rows, PurchaseOrderListQuery query) =>
        ((query.Sort, query.Desc) switch
        {
            ("number", false) => rows.OrderBy(r => r.Number),
            ("number", true) => rows.OrderByDescending(r => r.Number),
            ("status", false) => rows.OrderBy(r => r.Status).ThenByDescending(r => r.Number),
            ("status", true) => rows.OrderByDescending(r => r.Status).ThenByDescending(r => r.Number),
            ("supplier", false) => rows.OrderBy(r => r.SupplierName).ThenByDescending(r => r.Number),
            ("supplier", true) => rows.OrderByDescending(r => r.SupplierName).ThenByDescending(r => r.Number),
            ("expected", false) => rows.OrderBy(r => r.ExpectedDate).ThenBy(r => r.Number),
            ("expected", true) => rows.OrderByDescending(r => r.ExpectedDate).ThenByDescending(r => r.Number),
            ("date", false) => rows.OrderBy(r => r.OrderDate).ThenBy(r => r.Number),
            _ => rows.OrderByDescending(r => r.OrderDate).ThenByDescending(r => r.Number),
        }).Select(r => new PurchaseOrderRow(r.Id, r.Number, r.OrderDate, r.ExpectedDate, r.Status, r.Source, r.SupplierCode, r.SupplierName,
            r.Location, r.Currency, r.NetTotal, r.GrossTotal));

    private sealed class Projection
    {
        public Guid Id { get; init; }
        public string Number { get; init; } = "";
        public DateOnly OrderDate { get; init; }
        public DateOnly? ExpectedDate { get; init; }
        public PurchaseOrderStatus Status { get; init; }
        public PurchaseOrderSource Source { get; init; }
        public string SupplierCode { get; init; } = "";
        public string SupplierName { get; init; } = "";
        public string Location { get; init; } = "";
        public string Currency { get; init; } = "";
        public decimal NetTotal { get; init; }
        public decimal GrossTotal { get; init; }
    }
}
