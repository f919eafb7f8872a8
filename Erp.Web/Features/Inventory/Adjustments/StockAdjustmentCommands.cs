using Erp.Data;
using Erp.Data.Documents;
using Erp.Data.Inventory;
using Erp.Domain.Common;
using Erp.Domain.Inventory;
using Erp.Domain.Inventory.Adjustments;
using Erp.Domain.Inventory.Valuation;
using Erp.Domain.Platform;
using Erp.Web.Features.Inventory.Ledger;
using Erp.Web.Features.Inventory.Receipts;
using Erp.Web.Features.Platform.Notifications;
using Erp.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Inventory.Adjustments;

/// <summary>
/// Stock adjustments and scrap: drafts are numbered when first saved; "post" posts a draft whose value is below the
/// tenant's approval threshold and otherwise submits it and notifies the approvers; an approver (not the submitter)
/// approves (posts) or rejects (back to draft, with a reason).
/// </summary>
public sealed class StockAdjustmentCommands(StockTransactions transactions, PermissionGuard guard, NotificationService notifications)
{
    public static readonly Error NotFound = Error.NotFound("The adjustment");

    public async Task<Result<Guid>> CreateAsync(StockAdjustmentInput input, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(InventoryPermissions.Manage, ct) is { } denied)
        {
            return denied;
        }

        return await transactions.RunAsync<Guid>(async (db, at, token) =>
        {
            var checkedInput = await CheckAsync(db, input, token);
            if (!checkedInput.IsSuccess)
            {
                return checkedInput.Error!;
            }

            var (organizationId, header, lines) = checkedInput.Value;
            var adjustment = new StockAdjustment(input.Kind, organizationId, header, db.Tenant.UserId, at);
            adjustment.SetLines(lines);
            await DocumentNumberService.AssignNumberAsync(db, adjustment, header.DocumentDate, token);
            db.StockAdjustments.Add(adjustment);
            return adjustment.Id;
        }, ct);
    }

    public async Task<Result> UpdateAsync(Guid id, StockAdjustmentInput input, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(InventoryPermissions.Manage, ct) is { } denied)
        {
            return denied;
        }

        return await transactions.RunAsync<bool>(async (db, _, token) =>
        {
            var adjustment = await LoadAsync(db, id, token);
            if (adjustment is null)
            {
                return NotFound;
            }

            if (adjustment.Status != StockAdjustmentStatus.Draft)
            {
                return InventoryDocumentErrors.NotDraft(adjustment.Title, adjustment.Status.ToString());
            }

            input.Kind = adjustment.Kind;
            var checkedInput = await CheckAsync(db, input, token);
            if (!checkedInput.IsSuccess)
            {
                return checkedInput.Error!;
            }

            var (organizationId, header, lines) = checkedInput.Value;
            if (organizationId != adjustment.OrganizationId)
            {
                return Error.Validation("The location must belong to the adjustment's organization.");
            }

            adjustment.Edit(header);
            adjustment.SetLines(lines);
            return true;
        }, ct);
    }

    /// <summary>Posts a draft below the approval threshold; a draft at or above it is submitted for approval instead.</summary>
    public async Task<Result<AdjustmentPostOutcome>> PostAsync(Guid id, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(InventoryPermissions.Manage, ct) is { } denied)
        {
            return denied;
        }

        string number = "";
        string title = "";
        var result = await transactions.RunAsync<AdjustmentPostOutcome>(async (db, at, token) =>
        {
            var adjustment = await LoadAsync(db, id, token);
            if (adjustment is null)
            {
                return NotFound;
            }

            if (adjustment.Status != StockAdjustmentStatus.Draft)
            {
                return InventoryDocumentErrors.NotDraft(adjustment.Title, adjustment.Status.ToString());
            }

            adjustment.Reestimate(await CurrentCostsAsync(db, adjustment.LocationId, adjustment.Lines.Select(l => l.ProductId), token));
            var settings = await StockLedger.SettingsAsync(db, token);
            (number, title) = (adjustment.Number, adjustment.Title);
            if (adjustment.NeedsApproval(settings.ApprovalThreshold))
            {
                var submitted = adjustment.Submit(db.Tenant.UserId, at);
                return submitted.IsSuccess ? AdjustmentPostOutcome.AwaitingApproval : submitted.Error!;
            }

            var posted = await PostToLedgerAsync(db, adjustment, at, null, token);
            return posted.IsSuccess ? AdjustmentPostOutcome.Posted : posted.Error!;
        }, ct);

        if (result.IsSuccess && result.Value == AdjustmentPostOutcome.AwaitingApproval)
        {
            await notifications.NotifyPermissionHoldersAsync(InventoryPermissions.Approve,
                new NotificationMessage($"Approve {title} {number}",
                    $"{number} needs approval: its value reaches the approval threshold.", StockAdjustmentQueries.DetailUrl(id),
                    NotificationLevel.Warning), ct: ct);
        }

        return result;
    }

    /// <summary>An approver posts a submitted adjustment; the submitter cannot approve their own.</summary>
    public async Task<Result> ApproveAsync(Guid id, string? note = null, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(InventoryPermissions.Approve, ct) is { } denied)
        {
            return denied;
        }

        return await transactions.RunAsync<bool>(async (db, at, token) =>
        {
            var adjustment = await LoadAsync(db, id, token);
            if (adjustment is null)
            {
                return NotFound;
            }

            if (adjustment.Status != StockAdjustmentStatus.Submitted)
            {
                return new Error("inventory.not_submitted", $"Only submitted adjustments can be approved; this one is {adjustment.Status.ToString().ToLowerInvariant()}.");
            }

            var posted = await PostToLedgerAsync(db, adjustment, at, note, token);
            return posted.IsSuccess ? true : posted.Error!;
        }, ct);
    }

    /// <summary>An approver sends a submitted adjustment back to draft, with a reason.</summary>
    public async Task<Result> RejectAsync(Guid id, string? reason, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(InventoryPermissions.Approve, ct) is { } denied)
        {
            return denied;
        }

        return await transactions.RunAsync<bool>(async (db, at, token) =>
        {
            var adjustment = await LoadAsync(db, id, token);
            if (adjustment is null)
            {
                return NotFound;
            }

            var rejected = adjustment.Reject(db.Tenant.UserId, at, reason);
            return rejected.IsSuccess ? true : rejected.Error!;
        }, ct);
    }

    public async Task<Result> CancelAsync(Guid id, string? reason, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(InventoryPermissions.Manage, ct) is { } denied)
        {
            return denied;
        }

        return await transactions.RunAsync<bool>(async (db, at, token) =>
        {
            var adjustment = await LoadAsync(db, id, token);
            if (adjustment is null)
            {
                return NotFound;
            }

            var cancelled = adjustment.Cancel(db.Tenant.UserId, at, reason);
            return cancelled.IsSuccess ? true : cancelled.Error!;
        }, ct);
    }

    private static async Task<Result> PostToLedgerAsync(ErpDbContext db, StockAdjustment adjustment, DateTimeOffset at, string? note,
        CancellationToken ct)
    {
        var moved = adjustment.Post(db.Tenant.UserId, at, note);
        if (!moved.IsSuccess)
        {
            return moved;
        }

        var changes = adjustment.Lines.Select(l => new StockChange(l.ProductId, adjustment.LocationId, l.BaseQuantity,
            adjustment.Kind == AdjustmentKind.Scrap ? MovementKind.Scrap
                : l.BaseQuantity > 0m ? MovementKind.AdjustmentIn : MovementKind.AdjustmentOut,
            l.BaseUnitCost, SourceLineId: l.Id, Note: adjustment.ReasonName)).ToList();
        var posted = await StockLedger.PostAsync(db, new StockSource(adjustment.DocumentType, adjustment.Id, adjustment.Number), changes, at, ct);
        if (!posted.IsSuccess)
        {
            return posted.Error!;
        }

        adjustment.RecordPostedValues(posted.Value.Where(m => m.SourceLineId is not null)
            .GroupBy(m => m.SourceLineId!.Value).ToDictionary(g => g.Key, g => g.Sum(m => m.Value)));
        return Result.Success();
    }

    private static Task<StockAdjustment?> LoadAsync(ErpDbContext db, Guid id, CancellationToken ct) =>
        db.StockAdjustments.Include(a => a.Lines).FirstOrDefaultAsync(a => a.Id == id, ct);

    /// <summary>Current cost per base unit at the location (average or FIFO value per unit), else the product's cost.</summary>
    private static async Task<Dictionary<Guid, decimal>> CurrentCostsAsync(ErpDbContext db, Guid locationId, IEnumerable<Guid> productIds,
        CancellationToken ct)
    {
        var ids = productIds.Distinct().ToList();
        var costs = await db.Products.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Cost, ct);
        var levels = await db.StockLevels.AsNoTracking().Where(l => l.LocationId == locationId && ids.Contains(l.ProductId)).ToListAsync(ct);
        foreach (var level in levels.Where(l => l.OnHand > 0m || l.LastUnitCost > 0m))
        {
            costs[level.ProductId] = level.UnitCost;
        }

        return costs;
    }

    private static async Task<Result<(Guid, StockAdjustmentHeader, List<StockAdjustmentLineData>)>> CheckAsync(
        ErpDbContext db, StockAdjustmentInput input, CancellationToken ct)
    {
        if (!Enum.IsDefined(input.Kind))
        {
            return Error.Validation("Choose adjustment or scrap.");
        }

        var location = await InventoryDocumentRules.LocationAsync(db, input.LocationId, ct);
        if (!location.IsSuccess)
        {
            return location.Error!;
        }

        var reason = input.ReasonId is null ? null : await db.AdjustmentReasons.AsNoTracking()
            .Where(r => r.Id == input.ReasonId && r.IsActive).Select(r => new { r.Id, r.Name }).FirstOrDefaultAsync(ct);
        if (reason is null)
        {
            return InventoryDocumentErrors.UnknownReason;
        }

        if (input.Date is null)
        {
            return Error.Validation("Enter the adjustment date.");
        }

        if (input.Lines.Count == 0)
        {
            return InventoryErrors.NoLines;
        }

        var scrap = input.Kind == AdjustmentKind.Scrap;
        var costs = await CurrentCostsAsync(db, location.Value.Id, input.Lines.Where(l => l.ProductId is not null).Select(l => l.ProductId!.Value), ct);
        var lines = new List<StockAdjustmentLineData>(input.Lines.Count);
        for (var i = 0; i < input.Lines.Count; i++)
        {
            var line = input.Lines[i];
            var problem = LineProblem(line, scrap);
            if (problem is not null)
            {
                return InventoryDocumentRules.OnLine(i + 1, problem);
            }

            var quantity = scrap ? -line.Quantity : line.Quantity;
            var converted = await InventoryDocumentRules.ConvertAsync(db, i + 1, line.ProductId, line.UnitId, quantity, ct);
            if (!converted.IsSuccess)
            {
                return converted.Error!;
            }

            decimal? baseUnitCost = line.UnitCost is { } cost ? CostRounding.UnitCost(cost / converted.Value.FactorOf(quantity)) : null;
            lines.Add(new StockAdjustmentLineData(line.ProductId!.Value, converted.Value.UnitId, quantity, line.UnitCost,
                converted.Value.BaseQuantity, baseUnitCost, costs.GetValueOrDefault(line.ProductId!.Value)));
        }

        return (location.Value.OrganizationId,
            new StockAdjustmentHeader(location.Value.Id, reason.Id, reason.Name, DateOnly.FromDateTime(input.Date.Value), input.Note),
            lines);
    }

    private static Error? LineProblem(StockAdjustmentLineInput line, bool scrap)
    {
        if (scrap && line.Quantity <= 0m)
        {
            return InventoryDocumentErrors.ScrapIncreases;
        }

        if (line.Quantity == 0m)
        {
            return Error.Validation("Enter a quantity change other than zero (+ found, − lost).");
        }

        if (line.UnitCost is not null && (scrap || line.Quantity < 0m))
        {
            return InventoryDocumentErrors.CostOnDecrease;
        }

        return line.UnitCost < 0m
            ? Error.Validation("The unit cost cannot be negative.")
            : null;
    }
}
