using System.Globalization;
using Erp.Data;
using Erp.Data.Documents;
using Erp.Data.Inventory;
using Erp.Data.Sales;
using Erp.Domain.Common;
using Erp.Domain.Sales;
using Erp.Domain.Sales.Orders;
using Erp.Domain.Sales.Pricing;
using Erp.Web.Features.Inventory.Ledger;
using Erp.Web.Features.Inventory.Receipts;
using Erp.Domain.Platform;
using Erp.Web.Features.Platform.Notifications;
using Erp.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Sales.Orders;

public enum ConfirmOutcome
{
    Confirmed = 0,
    AwaitingApproval = 1,
}

/// <summary>
/// Creates and edits draft sales orders, confirms them (or sends them for approval), approves, rejects and cancels.
/// Every write runs in <see cref="StockTransactions"/>: the order, its number, its status history and its stock
/// reservations commit together or not at all.
/// </summary>
public sealed class SalesOrderCommands(StockTransactions transactions, PermissionGuard guard, NotificationService notifications)
{
    public async Task<Result<Guid>> CreateAsync(SalesOrderInput input, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(SalesPermissions.Manage, ct) is { } denied)
        {
            return denied;
        }

        var canOverride = await guard.HasAsync(SalesPermissions.PriceOverride, ct);
        return await transactions.RunAsync<Guid>(async (db, at, token) =>
        {
            var checkedInput = await SalesOrderChecks.CheckAsync(db, input, canOverride, new Dictionary<Guid, decimal>(), token);
            if (!checkedInput.IsSuccess)
            {
                return checkedInput.Error!;
            }

            var (organizationId, header, lines, terms) = checkedInput.Value;
            var order = new SalesOrder(organizationId, input.CustomerId!.Value, header, db.Tenant.UserId, at);
            var set = order.SetLines(lines, new Discount(input.OrderDiscountKind, input.OrderDiscountValue), terms);
            if (!set.IsSuccess)
            {
                return set.Error!;
            }

            await DocumentNumberService.AssignNumberAsync(db, order, header.OrderDate, token);
            db.SalesOrders.Add(order);
            return order.Id;
        }, ct);
    }

    /// <summary>Changes a draft; the prices its lines already had are kept without Sales.PriceOverride (e.g. as quoted).</summary>
    public async Task<Result> UpdateAsync(Guid id, SalesOrderInput input, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(SalesPermissions.Manage, ct) is { } denied)
        {
            return denied;
        }

        var canOverride = await guard.HasAsync(SalesPermissions.PriceOverride, ct);
        return await transactions.RunAsync<bool>(async (db, _, token) =>
        {
            var order = await LoadAsync(db, id, token);
            if (order is null)
            {
                return SalesOrderErrors.OrderNotFound;
            }

            if (order.Status != SalesOrderStatus.Draft)
            {
                return SalesOrderErrors.NotDraft("sales order", order.Status.ToString());
            }

            var kept = order.Lines.GroupBy(l => l.ProductId).ToDictionary(g => g.Key, g => g.First().UnitPrice);
            var checkedInput = await SalesOrderChecks.CheckAsync(db, input, canOverride, kept, token);
            if (!checkedInput.IsSuccess)
            {
                return checkedInput.Error!;
            }

            var (organizationId, header, lines, terms) = checkedInput.Value;
            if (organizationId != order.OrganizationId)
            {
                return Error.Validation("The ship-from location must belong to the order's organization.");
            }

            if (input.CustomerId != order.CustomerId)
            {
                return Error.Validation("The customer of an order cannot change; cancel it and create a new one.");
            }

            order.Edit(header);
            var set = order.SetLines(lines, new Discount(input.OrderDiscountKind, input.OrderDiscountValue), terms);
            return set.IsSuccess ? true : set.Error!;
        }, ct);
    }

    /// <summary>
    /// Confirms a draft: over the customer's credit limit or over the discount threshold it waits for approval (approvers
    /// are notified); otherwise it is confirmed and its stock reserved, or refused with the ledger's reason.
    /// </summary>
    public async Task<Result<ConfirmOutcome>> ConfirmAsync(Guid id, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(SalesPermissions.Manage, ct) is { } denied)
        {
            return denied;
        }

        var number = "";
        var reason = "";
        var result = await transactions.RunAsync<ConfirmOutcome>(async (db, at, token) =>
        {
            var order = await LoadAsync(db, id, token);
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

            number = order.Number;
            reason = await SalesOrderChecks.ApprovalReasonAsync(db, order, customer.Value.Customer.CreditLimit, token) ?? "";
            if (reason.Length > 0)
            {
                var submitted = order.Submit(db.Tenant.UserId, at, reason);
                return submitted.IsSuccess ? ConfirmOutcome.AwaitingApproval : submitted.Error!;
            }

            var confirmed = order.Confirm(db.Tenant.UserId, at);
            if (!confirmed.IsSuccess)
            {
                return confirmed.Error!;
            }

            var reserved = await ReserveAsync(db, order, 1m, token);
            return reserved.IsSuccess ? ConfirmOutcome.Confirmed : reserved.Error!;
        }, ct);

        if (result.IsSuccess && result.Value == ConfirmOutcome.AwaitingApproval)
        {
            await notifications.NotifyPermissionHoldersAsync(SalesPermissions.Approve,
                new NotificationMessage($"Approve sales order {number}", $"{number} waits for approval: {reason}", SalesOrderQueries.DetailUrl(id),
                    NotificationLevel.Warning), ct: ct);
        }

        return result;
    }

    /// <summary>An approver (never the submitter) confirms a waiting order; its stock is reserved in the same transaction.</summary>
    public async Task<Result> ApproveAsync(Guid id, string? note = null, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(SalesPermissions.Approve, ct) is { } denied)
        {
            return denied;
        }

        return await transactions.RunAsync<bool>(async (db, at, token) =>
        {
            var order = await LoadAsync(db, id, token);
            if (order is null)
            {
                return SalesOrderErrors.OrderNotFound;
            }

            var approved = order.Approve(db.Tenant.UserId, at, note);
            if (!approved.IsSuccess)
            {
                return approved.Error!;
            }

            var reserved = await ReserveAsync(db, order, 1m, token);
            return reserved.IsSuccess ? true : reserved.Error!;
        }, ct);
    }

    /// <summary>An approver sends a waiting order back to draft, with a reason.</summary>
    public async Task<Result> RejectAsync(Guid id, string? reason, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(SalesPermissions.Approve, ct) is { } denied)
        {
            return denied;
        }

        return await transactions.RunAsync<bool>(async (db, at, token) =>
        {
            var order = await LoadAsync(db, id, token);
            if (order is null)
            {
                return SalesOrderErrors.OrderNotFound;
            }

            var rejected = order.Reject(db.Tenant.UserId, at, reason);
            return rejected.IsSuccess ? true : rejected.Error!;
        }, ct);
    }

    /// <summary>Cancels a draft, waiting or confirmed order; a confirmed one gives back exactly its reservations.</summary>
    public async Task<Result> CancelAsync(Guid id, string? reason, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(SalesPermissions.Manage, ct) is { } denied)
        {
            return denied;
        }

        return await transactions.RunAsync<bool>(async (db, at, token) =>
        {
            var order = await LoadAsync(db, id, token);
            if (order is null)
            {
                return SalesOrderErrors.OrderNotFound;
            }

            var held = order.HoldsReservations;
            var cancelled = order.Cancel(db.Tenant.UserId, at, reason);
            if (!cancelled.IsSuccess)
            {
                return cancelled.Error!;
            }

            if (!held)
            {
                return true;
            }

            var released = await ReserveAsync(db, order, -1m, token);
            return released.IsSuccess ? true : released.Error!;
        }, ct);
    }

    internal static Task<SalesOrder?> LoadAsync(ErpDbContext db, Guid id, CancellationToken ct) =>
        db.SalesOrders.Include(o => o.Lines).FirstOrDefaultAsync(o => o.Id == id, ct);

    /// <summary>Reserves (+1) or releases (−1) the order's open quantities at its ship-from location.</summary>
    internal static Task<Result> ReserveAsync(ErpDbContext db, SalesOrder order, decimal sign, CancellationToken ct) =>
        StockLedger.ReserveAsync(db, [.. order.OpenQuantities.Select(q => new StockReservation(q.ProductId, order.LocationId, sign * q.Quantity))], ct);
}
