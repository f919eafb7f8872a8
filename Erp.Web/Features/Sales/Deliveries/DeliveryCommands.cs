using Erp.Data;
using Erp.Data.Documents;
using Erp.Data.Inventory;
using Erp.Domain.Common;
using Erp.Domain.Inventory;
using Erp.Domain.Sales;
using Erp.Domain.Sales.Deliveries;
using Erp.Domain.Sales.Orders;
using Erp.Web.Features.Inventory.Ledger;
using Erp.Web.Features.Inventory.Receipts;
using Erp.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Sales.Deliveries;

/// <summary>What to ship for an order: from where, when, and per order line the quantity in base units (0 = not now).</summary>
public sealed record DeliveryInput(Guid OrderId, Guid? LocationId, DateOnly? Date, string? Carrier, string? TrackingNumber,
    string? Note, IReadOnlyList<DeliveryLineInput> Lines);

public sealed record DeliveryLineInput(Guid OrderLineId, decimal Quantity);

public sealed record DeliveryShipped(Guid Id, string Number);

/// <summary>
/// Picks and ships sales orders. A delivery takes its number when first saved; shipping takes the stock out through
/// the ledger at its valued cost (from the order's reservation when shipped from the order's location, else the
/// reservation is released there and the stock taken where it is) and records the delivered quantities on the order.
/// </summary>
public sealed class DeliveryCommands(StockTransactions transactions, PermissionGuard guard)
{
    /// <summary>Saves a draft delivery (the pick list) without moving stock.</summary>
    public async Task<Result<Guid>> CreateAsync(DeliveryInput input, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(SalesPermissions.Deliver, ct) is { } denied)
        {
            return denied;
        }

        return await transactions.RunAsync<Guid>(async (db, at, token) =>
        {
            var created = await AddAsync(db, input, at, token);
            return created.IsSuccess ? created.Value.Delivery.Id : created.Error!;
        }, ct);
    }

    /// <summary>Saves and ships in one transaction: the delivery's number, or nothing at all.</summary>
    public async Task<Result<DeliveryShipped>> CreateAndShipAsync(DeliveryInput input, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(SalesPermissions.Deliver, ct) is { } denied)
        {
            return denied;
        }

        return await transactions.RunAsync<DeliveryShipped>(async (db, at, token) =>
        {
            var created = await AddAsync(db, input, at, token);
            if (!created.IsSuccess)
            {
                return created.Error!;
            }

            var (delivery, order) = created.Value;
            var shipped = await ShipAsync(db, delivery, order, at, token);
            return shipped.IsSuccess ? new DeliveryShipped(delivery.Id, delivery.Number) : shipped.Error!;
        }, ct);
    }

    public async Task<Result<string>> ShipAsync(Guid id, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(SalesPermissions.Deliver, ct) is { } denied)
        {
            return denied;
        }

        return await transactions.RunAsync<string>(async (db, at, token) =>
        {
            var delivery = await db.Deliveries.Include(d => d.Lines).FirstOrDefaultAsync(d => d.Id == id, token);
            if (delivery is null)
            {
                return DeliveryErrors.NotFound;
            }

            var order = await LoadOrderAsync(db, delivery.SalesOrderId, token);
            if (order is null)
            {
                return DeliveryErrors.OrderNotFound;
            }

            var shipped = await ShipAsync(db, delivery, order, at, token);
            return shipped.IsSuccess ? delivery.Number : shipped.Error!;
        }, ct);
    }

    /// <summary>Cancels a draft delivery (a pick list not shipped); shipped deliveries are returned through a credit note.</summary>
    public async Task<Result> CancelAsync(Guid id, string? reason, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(SalesPermissions.Deliver, ct) is { } denied)
        {
            return denied;
        }

        return await transactions.RunAsync<bool>(async (db, at, token) =>
        {
            var delivery = await db.Deliveries.FirstOrDefaultAsync(d => d.Id == id, token);
            if (delivery is null)
            {
                return DeliveryErrors.NotFound;
            }

            var cancelled = delivery.Cancel(db.Tenant.UserId, at, reason);
            return cancelled.IsSuccess ? true : cancelled.Error!;
        }, ct);
    }

    internal static async Task<Result<(Delivery Delivery, SalesOrder Order)>> AddAsync(ErpDbContext db, DeliveryInput input,
        DateTimeOffset at, CancellationToken ct)
    {
        var order = await LoadOrderAsync(db, input.OrderId, ct);
        if (order is null)
        {
            return DeliveryErrors.OrderNotFound;
        }

        if (!order.HoldsReservations)
        {
            return DeliveryErrors.OrderNotDeliverable(order.Number, order.Status.ToString());
        }

        var location = await InventoryDocumentRules.LocationAsync(db, input.LocationId ?? order.LocationId, ct);
        if (!location.IsSuccess)
        {
            return location.Error!;
        }

        if (location.Value.OrganizationId != order.OrganizationId)
        {
            return DeliveryErrors.OtherOrganization;
        }

        var lines = new List<DeliveryLineData>();
        foreach (var asked in input.Lines.Where(l => l.Quantity != 0m))
        {
            var line = order.Lines.FirstOrDefault(l => l.Id == asked.OrderLineId);
            if (line is null)
            {
                return DeliveryErrors.UnknownOrderLine(input.Lines.ToList().IndexOf(asked) + 1);
            }

            if (asked.Quantity < 0m)
            {
                return DeliveryErrors.QuantityNotPositive(line.Sku);
            }

            if (asked.Quantity > line.RemainingQuantity)
            {
                return DeliveryErrors.OverDelivery(line.Sku, line.RemainingQuantity, asked.Quantity);
            }

            lines.Add(new DeliveryLineData(line.Id, line.ProductId, line.Sku, line.ProductName, line.UnitCode, asked.Quantity));
        }

        var header = new DeliveryHeader(location.Value.Id, input.Date ?? DateOnly.FromDateTime(at.UtcDateTime), input.Carrier,
            input.TrackingNumber, input.Note);
        var delivery = new Delivery(order.OrganizationId, order.Id, order.CustomerId, header, db.Tenant.UserId, at);
        var set = delivery.SetLines(lines);
        if (!set.IsSuccess)
        {
            return set.Error!;
        }

        await DocumentNumberService.AssignNumberAsync(db, delivery, header.DeliveryDate, ct);
        db.Deliveries.Add(delivery);
        return (delivery, order);
    }

    internal static async Task<Result> ShipAsync(ErpDbContext db, Delivery delivery, SalesOrder order, DateTimeOffset at,
        CancellationToken ct)
    {
        var userId = db.Tenant.UserId;
        var shipped = delivery.Ship(userId, at);
        if (!shipped.IsSuccess)
        {
            return shipped;
        }

        var recorded = order.RecordDelivery([.. delivery.Lines.Select(l => (l.OrderLineId, l.Quantity))], userId, at,
            $"Delivery {delivery.Number}");
        if (!recorded.IsSuccess)
        {
            return recorded;
        }

        // Shipped from where the order reserved: the ledger takes the reserved stock. From elsewhere: the reservation is
        // given back at the order's location and the stock is taken (and checked) where it is.
        var fromReservation = delivery.LocationId == order.LocationId;
        if (!fromReservation)
        {
            var released = await StockLedger.ReserveAsync(db, [.. delivery.Lines.Select(l =>
                new StockReservation(l.ProductId, order.LocationId, -l.Quantity))], ct);
            if (!released.IsSuccess)
            {
                return released;
            }
        }

        var changes = delivery.Lines.Select(l => new StockChange(l.ProductId, delivery.LocationId, -l.Quantity, MovementKind.Sale,
            SourceLineId: l.Id, Note: $"Order {order.Number}", FromReservation: fromReservation)).ToList();
        var posted = await StockLedger.PostAsync(db, new StockSource(delivery.DocumentType, delivery.Id, delivery.Number), changes,
            at, ct);
        if (!posted.IsSuccess)
        {
            return posted.Error!;
        }

        foreach (var line in delivery.Lines)
        {
            line.RecordCost(Math.Abs(posted.Value.Where(m => m.SourceLineId == line.Id).Sum(m => m.Value)));
        }

        return Result.Success();
    }

    private static Task<SalesOrder?> LoadOrderAsync(ErpDbContext db, Guid id, CancellationToken ct) =>
        db.SalesOrders.Include(o => o.Lines).FirstOrDefaultAsync(o => o.Id == id, ct);
}
