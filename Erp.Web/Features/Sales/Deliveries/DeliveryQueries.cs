using Erp.Data;
using Erp.Domain.Common;
using Erp.Domain.Sales;
using Erp.Domain.Sales.Deliveries;
using Erp.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Sales.Deliveries;

public sealed record DeliveryRow(Guid Id, string Number, DateOnly Date, DeliveryStatus Status, int Lines, decimal Quantity);

public sealed record DeliveryLineDetails(int LineNumber, string Sku, string ProductName, string UnitCode, decimal Quantity);

public sealed record DeliveryDetails(Guid Id, string Number, DeliveryStatus Status, string OrganizationName, Guid SalesOrderId,
    string OrderNumber, string CustomerCode, string CustomerName, string ShippingAddress, string LocationName, DateOnly Date, string? Note,
    IReadOnlyList<DeliveryLineDetails> Lines);

/// <summary>An order's deliveries (the Deliveries tab) and one delivery note (the PDF).</summary>
public sealed class DeliveryQueries(IDbContextFactory<ErpDbContext> dbFactory, PermissionGuard guard)
{
    public static readonly Error NotFound = Error.NotFound("The delivery");

    public async Task<Result<IReadOnlyList<DeliveryRow>>> OfOrderAsync(Guid orderId, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(SalesPermissions.View, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Deliveries.AsNoTracking().Where(d => d.SalesOrderId == orderId).OrderBy(d => d.Number)
            .Select(d => new DeliveryRow(d.Id, d.Number, d.DeliveryDate, d.Status, d.Lines.Count, d.Lines.Sum(l => l.Quantity)))
            .ToListAsync(ct);
    }

    public async Task<Result<DeliveryDetails>> GetAsync(Guid id, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(SalesPermissions.View, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var delivery = await db.Deliveries.AsNoTracking().Include(d => d.Lines).FirstOrDefaultAsync(d => d.Id == id, ct);
        if (delivery is null)
        {
            return NotFound;
        }

        var organization = await db.Organizations.AsNoTracking().Where(o => o.Id == delivery.OrganizationId).Select(o => o.Name).FirstAsync(ct);
        var order = await db.SalesOrders.AsNoTracking().Where(o => o.Id == delivery.SalesOrderId).Select(o => o.Number).FirstAsync(ct);
        var customer = await db.Customers.AsNoTracking().IgnoreQueryFilters([ErpDbContext.SoftDeleteFilter])
            .FirstAsync(c => c.Id == delivery.CustomerId, ct);
        var location = await db.Locations.AsNoTracking().IgnoreQueryFilters([ErpDbContext.SoftDeleteFilter])
            .Where(l => l.Id == delivery.LocationId).Select(l => l.Name).FirstAsync(ct);
        var address = customer.Shipping.ToString();
        return new DeliveryDetails(delivery.Id, delivery.Number, delivery.Status, organization, delivery.SalesOrderId, order, customer.Code,
            customer.Name, address, location, delivery.DeliveryDate, delivery.Note,
            [.. delivery.Lines.OrderBy(l => l.LineNumber).Select(l => new DeliveryLineDetails(l.LineNumber, l.Sku, l.ProductName, l.UnitCode, l.Quantity))]);
    }
}
