using Erp.Data.Sales;
using Erp.Domain.Common;
using Erp.Domain.Sales;
using Erp.Domain.Sales.Orders;
using Erp.Web.Features.Inventory.Ledger;
using Erp.Web.Features.Sales.Deliveries;
using Erp.Web.Features.Sales.Invoices;
using Erp.Web.Infrastructure.Security;

namespace Erp.Web.Features.Sales.Orders;

/// <summary>What a counter sale produced: the delivery and the posted invoice.</summary>
public sealed record CounterSaleDone(Guid DeliveryId, string DeliveryNumber, Guid InvoiceId, string InvoiceNumber);

/// <summary>
/// A counter sale: a draft order confirmed, delivered in full from its location and invoiced, in one transaction — all
/// of it or nothing. An order that would need approval (credit limit, discount) is refused: it takes the normal way.
/// </summary>
public sealed class CounterSaleCommand(StockTransactions transactions, PermissionGuard guard)
{
    public static Error NeedsApproval(string reason) =>
        new("sales.counter_needs_approval", $"This sale needs approval ({reason}): confirm the order and wait for an approver.");

    public async Task<Result<CounterSaleDone>> CompleteAsync(Guid orderId, CancellationToken ct = default)
    {
        foreach (var permission in new[] { SalesPermissions.Manage, SalesPermissions.Deliver, SalesPermissions.Invoice })
        {
            if (await guard.CheckAsync(permission, ct) is { } denied)
            {
                return denied;
            }
        }

        var overridePrices = await guard.HasAsync(SalesPermissions.PriceOverride, ct);
        return await transactions.RunAsync<CounterSaleDone>(async (db, at, token) =>
        {
            var order = await SalesOrderCommands.LoadAsync(db, orderId, token);
            if (order is null)
            {
                return SalesOrderErrors.OrderNotFound;
            }

            if (order.Status != SalesOrderStatus.Draft)
            {
                return SalesOrderErrors.NotDraft("sales order", order.Status.ToString());
            }

            var customer = await SalesDocumentRules.CustomerAsync(db, order.CustomerId, token);
            if (!customer.IsSuccess)
            {
                return customer.Error!;
            }

            if (await SalesOrderChecks.ApprovalReasonAsync(db, order, customer.Value.Customer.CreditLimit, token) is { } reason)
            {
                return NeedsApproval(reason);
            }

            var confirmed = order.Confirm(db.Tenant.UserId, at);
            var reserved = confirmed.IsSuccess ? await SalesOrderCommands.ReserveAsync(db, order, 1m, token) : confirmed;
            if (!reserved.IsSuccess)
            {
                return reserved.Error!;
            }

            var today = DateTime.Today;
            var delivery = await DeliveryCommands.AddAsync(db, new DeliveryInput(order.Id, order.LocationId, DateOnly.FromDateTime(today),
                null, null, "Counter sale", [.. order.Lines.Select(l => new DeliveryLineInput(l.Id, l.RemainingQuantity))]), at, token);
            if (!delivery.IsSuccess)
            {
                return delivery.Error!;
            }

            var shipped = await DeliveryCommands.ShipAsync(db, delivery.Value.Delivery, order, at, token);
            if (!shipped.IsSuccess)
            {
                return shipped.Error!;
            }

            var input = OrderInvoicing.InputFor(order, InvoiceOn.Delivery, today);
            var invoice = input.IsSuccess ? await InvoiceCommands.AddAsync(db, input.Value, overridePrices, at, token) : input.Error!;
            if (!invoice.IsSuccess)
            {
                return invoice.Error!;
            }

            var posted = await InvoiceCommands.PostAsync(db, invoice.Value, at, token);
            return posted.IsSuccess
                ? new CounterSaleDone(delivery.Value.Delivery.Id, delivery.Value.Delivery.Number, invoice.Value.Id, posted.Value)
                : posted.Error!;
        }, ct);
    }
}
