using Erp.Data.Documents;
using Erp.Data.Inventory;
using Erp.Domain.Common;
using Erp.Domain.Inventory;
using Erp.Domain.Sales;
using Erp.Domain.Sales.Deliveries;
using Erp.Domain.Sales.Orders;
using Erp.Web.Features.Inventory.Ledger;
using Erp.Web.Features.Sales.Orders;
using Erp.Web.Infrastructure.Security;

namespace Erp.Web.Features.Sales.Deliveries;

/// <summary>What to ship: per order line, the quantity (lines with 0 are left out).</summary>
public sealed class DeliveryInput
{
    public DateTime? Date { get; set; } = DateTime.Today;
    public string? Note { get; set; }
    public Dictionary<Guid, decimal> Quantities { get; set; } = [];
}

/// <summary>A posted delivery.</summary>
public sealed record DeliveryPosted(Guid Id, string Number);

/// <summary>
/// Delivers a confirmed order, in one transaction: the delivery note and its number, the stock leaving the ship-from location
/// from the order's reservation at its valued cost, the order lines' delivered quantities and the order's status. What
/// is not delivered stays reserved (a backorder).
/// </summary>
public sealed class DeliveryCommands(StockTransactions transactions, PermissionGuard guard)
{
    public async Task<Result<DeliveryPosted>> DeliverAsync(Guid orderId, DeliveryInput input, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(SalesPermissions.Manage, ct) is { } denied)
        {
            return denied;
        }

        return await transactions.RunAsync<DeliveryPosted>(async (db, at, token) =>
        {
            var order = await SalesOrderCommands.LoadAsync(db, orderId, token);
            if (order is null)
            {
                return SalesOrderErrors.OrderNotFound;
            }

            if (input.Date is null)
            {
                return Error.Validation("Enter the delivery date.");
            }

            if (input.Quantities.Any(q => q.Value < 0m))
            {
                return PricingErrors.QuantityNotPositive;
            }

            var shipped = input.Quantities.Where(q => q.Value > 0m).ToList();
            if (shipped.Any(q => order.Lines.All(l => l.Id != q.Key)))
            {
                return Error.NotFound("The order line");
            }

            var delivery = new Delivery(order, DateOnly.FromDateTime(input.Date.Value), input.Note, db.Tenant.UserId, at);
            var lines = order.Lines.OrderBy(l => l.LineNumber).Where(l => shipped.Any(q => q.Key == l.Id))
                .Select(l => (Order: l, Delivery: delivery.AddLine(l, input.Quantities[l.Id]))).ToList();
            await DocumentNumberService.AssignNumberAsync(db, delivery, delivery.DeliveryDate, token);
            var posted = delivery.Post(db.Tenant.UserId, at);
            if (!posted.IsSuccess)
            {
                return posted.Error!;
            }

            var recorded = order.RecordDelivery([.. lines.Select(l => (l.Order.Id, l.Delivery.Quantity))], db.Tenant.UserId, at, delivery.Number);
            if (!recorded.IsSuccess)
            {
                return recorded.Error!;
            }

            var changes = lines.Select(l => new StockChange(l.Order.ProductId, order.LocationId, -l.Delivery.Quantity, MovementKind.Sale,
                SourceLineId: l.Delivery.Id, Note: order.Number, FromReservation: true)).ToList();
            var movements = await StockLedger.PostAsync(db, new StockSource(delivery.DocumentType, delivery.Id, delivery.Number), changes, at, token);
            if (!movements.IsSuccess)
            {
                return movements.Error!;
            }

            foreach (var (_, line) in lines)
            {
                line.SetCostValue(-movements.Value.Where(m => m.SourceLineId == line.Id).Sum(m => m.Value));
            }

            db.Deliveries.Add(delivery);
            return new DeliveryPosted(delivery.Id, delivery.Number);
        }, ct);
    }
}
