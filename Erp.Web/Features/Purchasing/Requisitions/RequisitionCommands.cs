using Erp.Data;
using Erp.Data.Documents;
using Erp.Domain.Catalog;
using Erp.Domain.Common;
using Erp.Domain.Platform;
using Erp.Domain.Purchasing;
using Erp.Domain.Purchasing.Orders;
using Erp.Domain.Purchasing.Requisitions;
using Erp.Web.Features.Inventory.Ledger;
using Erp.Web.Features.Platform.Notifications;
using Erp.Web.Features.Purchasing.Orders;
using Erp.Web.Features.Purchasing.Shared;
using Erp.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Purchasing.Requisitions;

/// <summary>
/// Requisitions: drafts for a location, submit (approved at once under the tenant's threshold, else waiting for an
/// approver other than the requester, who are notified), approve, reject, cancel, and the conversion of approved lines
/// into draft purchase orders, one per (supplier, delivery location). Every refusal changes nothing.
/// </summary>
public sealed class RequisitionCommands(StockTransactions transactions, PermissionGuard guard, NotificationService notifications)
{
    public static readonly Error NotFound = Error.NotFound("The requisition");

    public async Task<Result<Guid>> CreateAsync(RequisitionInput input, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(PurchasingPermissions.Request, ct) is { } denied)
        {
            return denied;
        }

        return await transactions.RunAsync<Guid>(async (db, at, token) =>
        {
            var checkedInput = await CheckAsync(db, input, at, token);
            if (!checkedInput.IsSuccess)
            {
                return checkedInput.Error!;
            }

            var (organizationId, header, lines) = checkedInput.Value;
            var name = await PurchaseOrderBuilder.UserNameAsync(db, db.Tenant.UserId, token);
            var requisition = new PurchaseRequisition(organizationId, header, db.Tenant.UserId,
                string.IsNullOrWhiteSpace(name) ? "System" : name, at);
            requisition.SetLines(lines);
            await DocumentNumberService.AssignNumberAsync(db, requisition, header.RequestDate, token);
            db.PurchaseRequisitions.Add(requisition);
            return requisition.Id;
        }, ct);
    }

    public async Task<Result> UpdateAsync(Guid id, RequisitionInput input, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(PurchasingPermissions.Request, ct) is { } denied)
        {
            return denied;
        }

        return await transactions.RunAsync<bool>(async (db, at, token) =>
        {
            var requisition = await LoadAsync(db, id, token);
            if (requisition is null)
            {
                return NotFound;
            }

            if (requisition.Status != RequisitionStatus.Draft)
            {
                return PurchasingErrors.NotDraft("requisition", requisition.Status.ToString());
            }

            var checkedInput = await CheckAsync(db, input, at, token);
            if (!checkedInput.IsSuccess)
            {
                return checkedInput.Error!;
            }

            var (organizationId, header, lines) = checkedInput.Value;
            if (organizationId != requisition.OrganizationId)
            {
                return Error.Validation("The location must belong to the requisition's organization.");
            }

            requisition.Edit(header);
            requisition.SetLines(lines);
            return true;
        }, ct);
    }

    /// <summary>Submits a draft: Approved under the tenant's RequisitionApprovalThreshold, else PendingApproval (approvers notified).</summary>
    public async Task<Result<RequisitionStatus>> SubmitAsync(Guid id, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(PurchasingPermissions.Request, ct) is { } denied)
        {
            return denied;
        }

        var number = "";
        var result = await transactions.RunAsync<RequisitionStatus>(async (db, at, token) =>
        {
            var requisition = await LoadAsync(db, id, token);
            if (requisition is null)
            {
                return NotFound;
            }

            number = requisition.Number;
            var settings = await PurchasingRules.SettingsAsync(db, token);
            var submitted = requisition.Submit(settings.RequisitionApprovalThreshold, db.Tenant.UserId, at);
            return submitted.IsSuccess ? requisition.Status : submitted.Error!;
        }, ct);

        if (result.IsSuccess && result.Value == RequisitionStatus.PendingApproval)
        {
            await notifications.NotifyPermissionHoldersAsync(PurchasingPermissions.Approve,
                new NotificationMessage($"Approve requisition {number}", $"Requisition {number} waits for approval.",
                    RequisitionQueries.DetailUrl(id), NotificationLevel.Warning), ct: ct);
        }

        return result;
    }

    /// <summary>Approves a waiting requisition; the requester cannot (<see cref="PurchasingErrors.SelfApproval"/>).</summary>
    public async Task<Result> ApproveAsync(Guid id, string? note = null, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(PurchasingPermissions.Approve, ct) is { } denied)
        {
            return denied;
        }

        return await RunAsync(id, (db, r, at) => r.Status == RequisitionStatus.PendingApproval
            ? r.Approve(db.Tenant.UserId, at, note)
            : Error.Validation($"Only a requisition waiting for approval can be approved; {r.Number} is {r.Status}."), ct);
    }

    public async Task<Result> RejectAsync(Guid id, string? reason, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(PurchasingPermissions.Approve, ct) is { } denied)
        {
            return denied;
        }

        return await RunAsync(id, (db, r, at) => r.Reject(db.Tenant.UserId, at, reason), ct);
    }

    public async Task<Result> CancelAsync(Guid id, string? reason, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(PurchasingPermissions.Request, ct) is { } denied)
        {
            return denied;
        }

        return await RunAsync(id, (db, r, at) => r.Cancel(db.Tenant.UserId, at, reason), ct);
    }

    /// <summary>
    /// Turns the approved, not yet ordered lines of the requisitions into draft purchase orders (source Requisition):
    /// one per (supplier, delivery location), the supplier being the line's own else the product's preferred one. A line
    /// with neither refuses the whole conversion, naming its SKU. Returns the new orders' ids.
    /// </summary>
    public async Task<Result<IReadOnlyList<Guid>>> ConvertToOrdersAsync(IReadOnlyCollection<Guid> requisitionIds, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(PurchasingPermissions.Order, ct) is { } denied)
        {
            return denied;
        }

        if (requisitionIds.Count == 0)
        {
            return Error.Validation("Choose at least one approved requisition.");
        }

        return await transactions.RunAsync<IReadOnlyList<Guid>>(async (db, at, token) =>
        {
            var ids = requisitionIds.Distinct().ToList();
            var requisitions = await db.PurchaseRequisitions.Include(r => r.Lines).Where(r => ids.Contains(r.Id)).ToListAsync(token);
            if (requisitions.Count != ids.Count)
            {
                return NotFound;
            }

            if (requisitions.FirstOrDefault(r => r.Status != RequisitionStatus.Approved) is { } notApproved)
            {
                return Error.Validation($"Requisition {notApproved.Number} is {notApproved.Status}: only approved requisitions are ordered.");
            }

            var open = requisitions.SelectMany(r => r.Lines.Where(l => l.PurchaseOrderId is null).Select(l => (Requisition: r, Line: l))).ToList();
            if (open.Count == 0)
            {
                return Error.Validation("Every line of these requisitions is already on a purchase order.");
            }

            var productIds = open.Select(o => o.Line.ProductId).Distinct().ToList();
            var preferred = await db.SupplierProducts.AsNoTracking().Where(s => s.IsPreferred && productIds.Contains(s.ProductId))
                .ToDictionaryAsync(s => s.ProductId, s => s.SupplierId, token);
            var withSupplier = new List<(PurchaseRequisition Requisition, PurchaseRequisitionLine Line, Guid SupplierId)>();
            foreach (var (requisition, line) in open.OrderBy(o => o.Requisition.Number, StringComparer.Ordinal).ThenBy(o => o.Line.LineNumber))
            {
                var supplierId = line.SupplierId ?? (preferred.TryGetValue(line.ProductId, out var p) ? p : (Guid?)null);
                if (supplierId is null)
                {
                    return Error.Validation($"{line.Sku} on requisition {requisition.Number} has no supplier: choose one on the line or set a preferred supplier for the product.");
                }

                withSupplier.Add((requisition, line, supplierId.Value));
            }

            var userId = db.Tenant.UserId;
            var buyer = await PurchaseOrderBuilder.UserNameAsync(db, userId, token);
            var today = DateOnly.FromDateTime(at.UtcDateTime);
            var orderIds = new List<Guid>();
            foreach (var group in withSupplier.GroupBy(w => (w.SupplierId, w.Requisition.LocationId)))
            {
                var party = await PurchaseOrderBuilder.PartyAsync(db, group.Key.SupplierId, group.Key.LocationId, token);
                if (!party.IsSuccess)
                {
                    return party.Error!;
                }

                var currency = party.Value.BaseCurrency;
                var lines = await PurchaseOrderBuilder.LinesAsync(db, group.Key.SupplierId, currency,
                    [.. group.Select(g => ((Guid?)g.Line.ProductId, g.Line.Quantity, (decimal?)null, (decimal?)null, (Guid?)g.Line.Id))], token);
                if (!lines.IsSuccess)
                {
                    return lines.Error!;
                }

                var numbers = string.Join(", ", group.Select(g => g.Requisition.Number).Distinct());
                var order = new PurchaseOrder(party.Value.OrganizationId, party.Value.Snapshot,
                    PurchaseOrderBuilder.Header(party.Value, today, null, currency, 1m, $"From requisition {numbers}"),
                    PurchaseOrderSource.Requisition, userId, buyer, at);
                order.SetLines(lines.Value);
                await DocumentNumberService.AssignNumberAsync(db, order, today, token);
                db.PurchaseOrders.Add(order);
                orderIds.Add(order.Id);
                foreach (var (requisition, line, _) in group)
                {
                    var marked = requisition.MarkOrdered(line.Id, order.Id, userId, at);
                    if (!marked.IsSuccess)
                    {
                        return marked.Error!;
                    }
                }
            }

            return orderIds;
        }, ct);
    }

    private async Task<Result> RunAsync(Guid id, Func<ErpDbContext, PurchaseRequisition, DateTimeOffset, Result> change, CancellationToken ct) =>
        await transactions.RunAsync<bool>(async (db, at, token) =>
        {
            var requisition = await LoadAsync(db, id, token);
            if (requisition is null)
            {
                return NotFound;
            }

            var changed = change(db, requisition, at);
            return changed.IsSuccess ? true : changed.Error!;
        }, ct);

    private static Task<PurchaseRequisition?> LoadAsync(ErpDbContext db, Guid id, CancellationToken ct) =>
        db.PurchaseRequisitions.Include(r => r.Lines).FirstOrDefaultAsync(r => r.Id == id, ct);

    private static async Task<Result<(Guid, RequisitionHeader, List<RequisitionLineData>)>> CheckAsync(ErpDbContext db, RequisitionInput input,
        DateTimeOffset at, CancellationToken ct)
    {
        if (input.LocationId is null)
        {
            return Error.Validation("Choose the location the items are for.");
        }

        var location = await db.Locations.AsNoTracking().Where(l => l.Id == input.LocationId && l.Kind != LocationKind.Transit)
            .Select(l => new { l.Id, l.OrganizationId }).FirstOrDefaultAsync(ct);
        if (location is null)
        {
            return Error.Validation("The location does not exist.");
        }

        var baseCurrency = await db.Organizations.AsNoTracking().Where(o => o.Id == location.OrganizationId)
            .Select(o => o.BaseCurrency).FirstAsync(ct);
        var date = input.RequestDate ?? DateOnly.FromDateTime(at.UtcDateTime);
        if (input.NeededBy is { } needed && needed < date)
        {
            return Error.Validation("The needed-by date cannot be before the request date.");
        }

        if (input.Lines.Count == 0)
        {
            return PurchasingErrors.NoLines;
        }

        var ids = input.Lines.Where(l => l.ProductId is not null).Select(l => l.ProductId!.Value).Distinct().ToList();
        var products = await db.Products.AsNoTracking().Where(p => ids.Contains(p.Id))
            .Select(p => new { p.Id, p.Sku, p.Name, p.VariantLabel, p.Kind, p.Cost }).ToDictionaryAsync(p => p.Id, ct);
        var supplierIds = input.Lines.Where(l => l.SupplierId is not null).Select(l => l.SupplierId!.Value).Distinct().ToList();
        var suppliers = await db.Suppliers.AsNoTracking().Where(s => supplierIds.Contains(s.Id)).Select(s => s.Id).ToListAsync(ct);
        var items = await db.SupplierProducts.AsNoTracking().Include(s => s.PriceBreaks).Where(s => ids.Contains(s.ProductId)).ToListAsync(ct);
        var lines = new List<RequisitionLineData>(input.Lines.Count);
        for (var i = 0; i < input.Lines.Count; i++)
        {
            var line = input.Lines[i];
            if (line.ProductId is not { } productId || !products.TryGetValue(productId, out var product))
            {
                return Error.Validation($"Line {i + 1}: choose a product.");
            }

            if (product.Kind is not (ProductKind.Simple or ProductKind.Variant))
            {
                return Error.Validation($"Line {i + 1}: {product.Sku} holds no stock of its own (a kit or a product with variants).");
            }

            if (line.Quantity <= 0m)
            {
                return Error.Validation($"Line {i + 1}: {PurchasingErrors.QuantityNotPositive.Message}");
            }

            if (line.EstimatedUnitCost is < 0m)
            {
                return Error.Validation($"Line {i + 1}: {PurchasingErrors.PriceNegative.Message}");
            }

            if (line.SupplierId is { } supplierId && !suppliers.Contains(supplierId))
            {
                return Error.Validation($"Line {i + 1}: the supplier does not exist.");
            }

            var source = items.FirstOrDefault(s => s.ProductId == productId && (line.SupplierId is { } chosen ? s.SupplierId == chosen : s.IsPreferred));
            var estimate = line.EstimatedUnitCost
                ?? (source is not null && source.Currency == baseCurrency ? source.PriceFor(line.Quantity) : product.Cost);
            var name = product.VariantLabel is null ? product.Name : $"{product.Name} ({product.VariantLabel})";
            lines.Add(new RequisitionLineData(productId, product.Sku, name, line.Quantity, estimate, line.SupplierId, line.Note));
        }

        return (location.OrganizationId, new RequisitionHeader(location.Id, date, input.NeededBy, input.Reason), lines);
    }
}
