using Erp.Data;
using Erp.Domain.Common;
using Erp.Domain.Platform;
using Erp.Domain.Sales;
using Erp.Domain.Sales.Customers;
using Erp.Domain.Sales.Deliveries;
using Erp.Domain.Sales.Orders;
using Erp.Web.Infrastructure.Grids;
using Erp.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Sales.Deliveries;

/// <summary>Deliveries and the orders waiting for one, for the lists, the ship form, the detail page and the PDF.</summary>
public sealed class DeliveryQueries(IDbContextFactory<ErpDbContext> dbFactory, PermissionGuard guard)
{
    public async Task<Result<Paged<DeliveryRow>>> ListAsync(DeliveryListQuery query, int page, int pageSize, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(SalesPermissions.Deliver, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = Rows(db, query);
        var total = await rows.CountAsync(ct);
        var items = await Sort(rows, query).Skip(Math.Max(0, page) * pageSize).Take(pageSize).ToListAsync(ct);
        return new Paged<DeliveryRow>(items, total);
    }

    public async Task<Result<DeliveryExportRows>> ExportAsync(DeliveryListQuery query, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(SalesPermissions.Deliver, ct) is { } denied)
        {
            return denied;
        }

        return new DeliveryExportRows(StreamAsync(query, ct));
    }

    /// <summary>Confirmed orders with something left to ship, oldest requested date first: the warehouse's queue.</summary>
    public async Task<Result<Paged<OrderToShipRow>>> ToShipAsync(string? search, int page, int pageSize, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(SalesPermissions.Deliver, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var orders = db.SalesOrders.AsNoTracking()
            .Where(o => o.Status != SalesOrderStatus.Draft && o.Status != SalesOrderStatus.PendingApproval
                && o.Status != SalesOrderStatus.Cancelled && o.Lines.Any(l => l.Quantity > l.DeliveredQuantity));
        if (!string.IsNullOrWhiteSpace(search))
        {
            var pattern = Like.Contains(search);
            orders = orders.Where(o => EF.Functions.Like(o.Number, pattern, "\\")
                || db.Customers.Any(c => c.Id == o.CustomerId && EF.Functions.Like(c.Name, pattern, "\\")));
        }

        var total = await orders.CountAsync(ct);
        var items = await orders
            .OrderBy(o => o.RequestedDeliveryDate ?? o.OrderDate).ThenBy(o => o.Number)
            .Skip(Math.Max(0, page) * pageSize).Take(pageSize)
            .Select(o => new OrderToShipRow(o.Id, o.Number, o.OrderDate, o.RequestedDeliveryDate,
                db.Customers.Where(c => c.Id == o.CustomerId).Select(c => c.Name).FirstOrDefault() ?? "",
                db.Locations.Where(l => l.Id == o.LocationId).Select(l => l.Name).FirstOrDefault() ?? "",
                o.Lines.Any(l => l.DeliveredQuantity > 0m),
                o.Lines.Count(l => l.Quantity > l.DeliveredQuantity),
                o.Lines.Where(l => l.Quantity > l.DeliveredQuantity).Sum(l => l.Quantity - l.DeliveredQuantity)))
            .ToListAsync(ct);
        return new Paged<OrderToShipRow>(items, total);
    }

    /// <summary>The ship form of an order: every line with what is left to deliver.</summary>
    public async Task<Result<DeliveryDraft>> DraftForAsync(Guid orderId, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(SalesPermissions.Deliver, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var order = await db.SalesOrders.AsNoTracking().Include(o => o.Lines).FirstOrDefaultAsync(o => o.Id == orderId, ct);
        if (order is null)
        {
            return DeliveryErrors.OrderNotFound;
        }

        if (!order.HoldsReservations)
        {
            return DeliveryErrors.OrderNotDeliverable(order.Number, order.Status.ToString());
        }

        var customer = await db.Customers.AsNoTracking().FirstAsync(c => c.Id == order.CustomerId, ct);
        var location = await db.Locations.AsNoTracking().Where(l => l.Id == order.LocationId).Select(l => l.Name).FirstAsync(ct);
        var lines = order.Lines.OrderBy(l => l.LineNumber).Select(l => new DeliveryDraftLine(l.Id, l.LineNumber, l.Sku,
            l.ProductName, l.UnitCode, l.Quantity, l.DeliveredQuantity, l.RemainingQuantity)).ToList();
        var locations = await db.Locations.AsNoTracking()
            .Where(l => l.OrganizationId == order.OrganizationId && l.Kind != LocationKind.Transit)
            .OrderBy(l => l.Name).Select(l => new ShipFromOption(l.Id, l.Name)).ToListAsync(ct);
        return new DeliveryDraft(order.Id, order.Number, customer.Name, ShipToOf(customer), order.OrganizationId, order.LocationId,
            location, locations, lines);
    }

    public async Task<Result<DeliveryDetails>> GetAsync(Guid id, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(SalesPermissions.Deliver, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var delivery = await db.Deliveries.AsNoTracking().Include(d => d.Lines).FirstOrDefaultAsync(d => d.Id == id, ct);
        if (delivery is null)
        {
            return DeliveryErrors.NotFound;
        }

        var order = await db.SalesOrders.AsNoTracking().Include(o => o.Lines).FirstAsync(o => o.Id == delivery.SalesOrderId, ct);
        var customer = await db.Customers.AsNoTracking().IgnoreQueryFilters([ErpDbContext.SoftDeleteFilter])
            .FirstAsync(c => c.Id == delivery.CustomerId, ct);
        var organization = await db.Organizations.AsNoTracking().Where(o => o.Id == delivery.OrganizationId)
            .Select(o => new { Name = o.LegalName ?? o.Name, o.Address }).FirstAsync(ct);
        var location = await db.Locations.AsNoTracking().Where(l => l.Id == delivery.LocationId).Select(l => l.Name).FirstAsync(ct);
        var orderLines = order.Lines.ToDictionary(l => l.Id);
        var lines = delivery.Lines.OrderBy(l => l.LineNumber).Select(l =>
        {
            var ordered = orderLines.GetValueOrDefault(l.OrderLineId);
            return new DeliveryLineDetails(l.LineNumber, l.OrderLineId, l.Sku, l.ProductName, l.UnitCode, ordered?.Quantity ?? 0m,
                l.Quantity, ordered?.RemainingQuantity ?? 0m, l.UnitCost, l.CostValue);
        }).ToList();
        return new DeliveryDetails(delivery.Id, delivery.Number, delivery.Status, delivery.OrganizationId, organization.Name,
            organization.Address, order.Id, order.Number, customer.Id, customer.Code, customer.Name, ShipToOf(customer),
            delivery.LocationId, location, delivery.DeliveryDate, delivery.Carrier, delivery.TrackingNumber, delivery.Note,
            delivery.ShippedAt, delivery.AllowedNext, lines);
    }

    /// <summary>The deliveries of one order, newest first (the order's Deliveries tab).</summary>
    public async Task<Result<IReadOnlyList<DeliveryRow>>> OfOrderAsync(Guid orderId, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(SalesPermissions.View, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var all = new DeliveryListQuery(null, null, null, false);
        return await Sort(Rows(db, all).Where(r => r.OrderId == orderId), all).ToListAsync(ct);
    }

    private static string ShipToOf(Customer c)
    {
        var parts = c.ShippingSameAsBilling
            ? new[] { c.BillingLine1, c.BillingLine2, Join(c.BillingPostalCode, c.BillingCity), c.BillingState, c.BillingCountry }
            : [c.ShippingLine1, c.ShippingLine2, Join(c.ShippingPostalCode, c.ShippingCity), c.ShippingState, c.ShippingCountry];
        return string.Join("\n", parts.Where(p => !string.IsNullOrWhiteSpace(p)));
    }

    private static string? Join(string? postalCode, string? city) =>
        string.Join(" ", new[] { postalCode, city }.Where(p => !string.IsNullOrWhiteSpace(p)));

    private async IAsyncEnumerable<DeliveryRow> StreamAsync(DeliveryListQuery query,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await foreach (var row in Sort(Rows(db, query), query).AsAsyncEnumerable().WithCancellation(ct))
        {
            yield return row;
        }
    }

    private static IQueryable<Projection> Rows(ErpDbContext db, DeliveryListQuery query)
    {
        var deliveries = db.Deliveries.AsNoTracking();
        if (query.Status is { } status)
        {
            deliveries = deliveries.Where(d => d.Status == status);
        }

        var projected = deliveries.Select(d => new Projection
        {
            Id = d.Id, Number = d.Number, Date = d.DeliveryDate, Status = d.Status, OrderId = d.SalesOrderId,
            OrderNumber = db.SalesOrders.Where(o => o.Id == d.SalesOrderId).Select(o => o.Number).FirstOrDefault() ?? "",
            Customer = db.Customers.Where(c => c.Id == d.CustomerId).Select(c => c.Name).FirstOrDefault() ?? "",
            Location = db.Locations.Where(l => l.Id == d.LocationId).Select(l => l.Name).FirstOrDefault() ?? "",
            Lines = d.Lines.Count, Quantity = d.Lines.Sum(l => l.Quantity),
        });
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var pattern = Like.Contains(query.Search);
            projected = projected.Where(r => EF.Functions.Like(r.Number, pattern, "\\")
                || EF.Functions.Like(r.OrderNumber, pattern, "\\") || EF.Functions.Like(r.Customer, pattern, "\\"));
        }

        return projected;
    }

    /// <summary>Whitelisted sort keys; ties break on number so pages and the export agree.</summary>
    private static IQueryable<DeliveryRow> Sort(IQueryable<Projection> rows, DeliveryListQuery query) =>
        ((query.Sort, query.Desc) switch
        {
            ("number", false) => rows.OrderBy(r => r.Number),
            ("number", true) => rows.OrderByDescending(r => r.Number),
            ("status", false) => rows.OrderBy(r => r.Status).ThenByDescending(r => r.Number),
            ("status", true) => rows.OrderByDescending(r => r.Status).ThenByDescending(r => r.Number),
            ("customer", false) => rows.OrderBy(r => r.Customer).ThenByDescending(r => r.Number),
            ("customer", true) => rows.OrderByDescending(r => r.Customer).ThenByDescending(r => r.Number),
            ("order", false) => rows.OrderBy(r => r.OrderNumber).ThenByDescending(r => r.Number),
            ("order", true) => rows.OrderByDescending(r => r.OrderNumber).ThenByDescending(r => r.Number),
            ("date", false) => rows.OrderBy(r => r.Date).ThenBy(r => r.Number),
            _ => rows.OrderByDescending(r => r.Date).ThenByDescending(r => r.Number),
        }).Select(r => new DeliveryRow(r.Id, r.Number, r.Date, r.Status, r.OrderId, r.OrderNumber, r.Customer, r.Location, r.Lines,
            r.Quantity));

    private sealed class Projection
    {
        public Guid Id { get; init; }
        public string Number { get; init; } = "";
        public DateOnly Date { get; init; }
        public DeliveryStatus Status { get; init; }
        public Guid OrderId { get; init; }
        public string OrderNumber { get; init; } = "";
        public string Customer { get; init; } = "";
        public string Location { get; init; } = "";
        public int Lines { get; init; }
        public decimal Quantity { get; init; }
    }
}
