using Erp.Data;
using Erp.Data.Documents;
using Erp.Domain.Common;
using Erp.Domain.Platform;
using Erp.Domain.Purchasing;
using Erp.Domain.Purchasing.Orders;
using Erp.Web.Features.Inventory.Ledger;
using Erp.Web.Features.Platform.Notifications;
using Erp.Web.Features.Purchasing.Shared;
using Erp.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Purchasing.Orders;

/// <summary>
/// Creates and edits draft purchase orders and moves them through their life: submit (approved at once under the
/// tenant's threshold, else waiting for an approver, who is notified), approve, reject, send, cancel, close. Every
/// write runs in one transaction: a refusal changes nothing.
/// </summary>
public sealed class PurchaseOrderCommands(StockTransactions transactions, PermissionGuard guard, NotificationService notifications)
{
    public static readonly Error NotFound = Error.NotFound("The purchase order");

    public async Task<Result<Guid>> CreateAsync(PurchaseOrderInput input, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(PurchasingPermissions.Order, ct) is { } denied)
        {
            return denied;
        }

        return await transactions.RunAsync<Guid>(async (db, at, token) =>
        {
            var built = await CheckAsync(db, input, at, token);
            if (!built.IsSuccess)
            {
                return built.Error!;
            }

            var (party, header, lines) = built.Value;
            var buyer = await PurchaseOrderBuilder.UserNameAsync(db, db.Tenant.UserId, token);
            var order = new PurchaseOrder(party.OrganizationId, party.Snapshot, header, PurchaseOrderSource.Manual, db.Tenant.UserId, buyer, at);
            order.SetLines(lines);
            await DocumentNumberService.AssignNumberAsync(db, order, header.OrderDate, token);
            db.PurchaseOrders.Add(order);
            return order.Id;
        }, ct);
    }

    /// <summary>Changes a draft (supplier, delivery, dates, currency, lines).</summary>
    public async Task<Result> UpdateAsync(Guid id, PurchaseOrderInput input, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(PurchasingPermissions.Order, ct) is { } denied)
        {
            return denied;
        }

        return await transactions.RunAsync<bool>(async (db, at, token) =>
        {
            var order = await LoadAsync(db, id, token);
            if (order is null)
            {
                return NotFound;
            }

            if (order.Status != PurchaseOrderStatus.Draft)
            {
                return PurchasingErrors.NotDraft("purchase order", order.Status.ToString());
            }

            var built = await CheckAsync(db, input, at, token);
            if (!built.IsSuccess)
            {
                return built.Error!;
            }

            var (party, header, lines) = built.Value;
            if (party.OrganizationId != order.OrganizationId)
            {
                return Error.Validation("The delivery location must belong to the order's organization.");
            }

            order.SetSupplier(party.Snapshot);
            order.Edit(header);
            order.SetLines(lines);
            return true;
        }, ct);
    }

    /// <summary>Submits a draft: Approved under the threshold (compared with the base net total), else PendingApproval.</summary>
    public async Task<Result<PurchaseOrderStatus>> SubmitAsync(Guid id, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(PurchasingPermissions.Order, ct) is { } denied)
        {
            return denied;
        }

        var number = "";
        var result = await transactions.RunAsync<PurchaseOrderStatus>(async (db, at, token) =>
        {
            var order = await LoadAsync(db, id, token);
            if (order is null)
            {
                return NotFound;
            }

            var settings = await PurchasingRules.SettingsAsync(db, token);
            number = order.Number;
            var submitted = order.Submit(settings.OrderApprovalThreshold, db.Tenant.UserId, at);
            return submitted.IsSuccess ? order.Status : submitted.Error!;
        }, ct);

        if (result.IsSuccess && result.Value == PurchaseOrderStatus.PendingApproval)
        {
            await notifications.NotifyPermissionHoldersAsync(PurchasingPermissions.Approve,
                new NotificationMessage($"Approve purchase order {number}", $"Purchase order {number} waits for approval.",
                    PurchaseOrderQueries.DetailUrl(id), NotificationLevel.Warning), ct: ct);
        }

        return result;
    }

    /// <summary>
    /// Approves an order waiting for approval; a draft is submitted and approved in one step by a holder of
    /// Purchasing.Approve (whatever its total).
    /// </summary>
    public async Task<Result> ApproveAsync(Guid id, string? note = null, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(PurchasingPermissions.Approve, ct) is { } denied)
        {
            return denied;
        }

        return await RunOnOrderAsync(id, (db, order, at) =>
        {
            if (order.Status == PurchaseOrderStatus.Draft)
            {
                var submitted = order.Submit(0m, db.Tenant.UserId, at);
                if (!submitted.IsSuccess)
                {
                    return submitted;
                }
            }

            return order.Approve(db.Tenant.UserId, at, note);
        }, ct);
    }

    /// <summary>Sends an order waiting for approval back to draft, with the reason.</summary>
    public async Task<Result> RejectAsync(Guid id, string? reason, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(PurchasingPermissions.Approve, ct) is { } denied)
        {
            return denied;
        }

        return await RunOnOrderAsync(id, (db, order, at) => order.Reject(db.Tenant.UserId, at, reason), ct);
    }

    /// <summary>Marks an approved order sent (its PDF is the document sent); sending again keeps the first time.</summary>
    public async Task<Result> SendAsync(Guid id, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(PurchasingPermissions.Order, ct) is { } denied)
        {
            return denied;
        }

        return await RunOnOrderAsync(id, (db, order, at) => order.MarkSent(db.Tenant.UserId, at), ct);
    }

    /// <summary>Cancels an order nothing was received against (refused with <see cref="PurchasingErrors.AlreadyReceived"/>).</summary>
    public async Task<Result> CancelAsync(Guid id, string? reason, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(PurchasingPermissions.Order, ct) is { } denied)
        {
            return denied;
        }

        return await RunOnOrderAsync(id, (db, order, at) => order.Cancel(db.Tenant.UserId, at, reason), ct);
    }

    /// <summary>Closes an order: nothing more is expected.</summary>
    public async Task<Result> CloseAsync(Guid id, string? reason, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(PurchasingPermissions.Order, ct) is { } denied)
        {
            return denied;
        }

        return await RunOnOrderAsync(id, (db, order, at) => order.Close(db.Tenant.UserId, at, reason), ct);
    }

    private async Task<Result> RunOnOrderAsync(Guid id, Func<ErpDbContext, PurchaseOrder, DateTimeOffset, Result> change, CancellationToken ct) =>
        await transactions.RunAsync<bool>(async (db, at, token) =>
        {
            var order = await LoadAsync(db, id, token);
            if (order is null)
            {
                return NotFound;
            }

            var changed = change(db, order, at);
            return changed.IsSuccess ? true : changed.Error!;
        }, ct);

    internal static Task<PurchaseOrder?> LoadAsync(ErpDbContext db, Guid id, CancellationToken ct) =>
        db.PurchaseOrders.Include(o => o.Lines).FirstOrDefaultAsync(o => o.Id == id, ct);

    private static async Task<Result<(OrderParty, PurchaseOrderHeader, List<PurchaseOrderLineData>)>> CheckAsync(ErpDbContext db,
        PurchaseOrderInput input, DateTimeOffset at, CancellationToken ct)
    {
        var party = await PurchaseOrderBuilder.PartyAsync(db, input.SupplierId, input.LocationId, ct);
        if (!party.IsSuccess)
        {
            return party.Error!;
        }

        var currency = string.IsNullOrWhiteSpace(input.Currency) ? party.Value.BaseCurrency : input.Currency.Trim().ToUpperInvariant();
        var used = await PurchasingRules.CheckCurrencyAsync(db, currency, ct);
        if (!used.IsSuccess)
        {
            return used.Error!;
        }

        if (currency != party.Value.BaseCurrency && input.ExchangeRate <= 0m)
        {
            return Error.Validation("The exchange rate must be greater than zero.");
        }

        var date = input.OrderDate ?? DateOnly.FromDateTime(at.UtcDateTime);
        if (input.ExpectedDate is { } expected && expected < date)
        {
            return Error.Validation("The expected date cannot be before the order date.");
        }

        var lines = await PurchaseOrderBuilder.LinesAsync(db, party.Value.Supplier.Id, currency,
            [.. input.Lines.Select(l => (l.ProductId, l.Quantity, l.UnitPrice, l.TaxRatePercent, (Guid?)null))], ct);
        if (!lines.IsSuccess)
        {
            return lines.Error!;
        }

        var header = PurchaseOrderBuilder.Header(party.Value, date, input.ExpectedDate, currency, input.ExchangeRate, input.Notes);
        return (party.Value, header, lines.Value);
    }
}
