using Erp.Data;
using Erp.Data.Inventory;
using Erp.Domain.Common;
using Erp.Domain.Inventory;
using Erp.Domain.Inventory.Valuation;
using Erp.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Inventory.Settings;

/// <summary>The settings form.</summary>
public sealed class InventorySettingsInput
{
    public CostingMethod CostingMethod { get; set; } = CostingMethod.MovingAverage;
    public bool AllowNegativeStock { get; set; }
    public decimal ApprovalThreshold { get; set; }
    public decimal DefaultReorderPoint { get; set; }
}

public sealed record AdjustmentReasonRow(Guid Id, string Name, bool IsActive);

/// <summary>
/// The tenant's inventory settings (one row, created on first save; defaults until then) and its adjustment reasons.
/// The five standard reasons are created the first time a tenant's reasons are read.
/// </summary>
public sealed class InventorySettingsService(IDbContextFactory<ErpDbContext> dbFactory, PermissionGuard guard)
{
    public async Task<Result<InventorySettingsInput>> GetAsync(CancellationToken ct = default)
    {
        if (await guard.CheckAsync(InventoryPermissions.View, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var settings = await StockLedger.SettingsAsync(db, ct);
        return new InventorySettingsInput
        {
            CostingMethod = settings.CostingMethod,
            AllowNegativeStock = settings.AllowNegativeStock,
            ApprovalThreshold = settings.ApprovalThreshold,
            DefaultReorderPoint = settings.DefaultReorderPoint,
        };
    }

    public async Task<Result> SaveAsync(InventorySettingsInput input, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(InventoryPermissions.Configure, ct) is { } denied)
        {
            return denied;
        }

        if (!Enum.IsDefined(input.CostingMethod))
        {
            return Error.Validation("Choose a costing method.");
        }

        if (input.ApprovalThreshold < 0m || input.DefaultReorderPoint < 0m)
        {
            return Error.Validation("Thresholds cannot be negative.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var settings = await db.InventorySettings.FirstOrDefaultAsync(ct);
        if (settings is null)
        {
            db.InventorySettings.Add(new InventorySettings(input.CostingMethod, input.AllowNegativeStock, input.ApprovalThreshold,
                input.DefaultReorderPoint));
        }
        else
        {
            settings.Update(input.CostingMethod, input.AllowNegativeStock, input.ApprovalThreshold, input.DefaultReorderPoint);
        }

        var saved = await SaveChangesAsync(db, ct);
        if (!saved.IsSuccess)
        {
            return saved;
        }

        // Products without a reorder point of their own follow the default: their stock status changes with it.
        await StockStatusRefresh.ApplyDefaultReorderPointAsync(db, input.DefaultReorderPoint, ct);
        await transaction.CommitAsync(ct);
        return saved;
    }

    /// <summary>The tenant's reasons by name (active only unless asked); seeds the standard five for a tenant that has none.</summary>
    public async Task<IReadOnlyList<AdjustmentReasonRow>> ReasonsAsync(bool includeInactive = false, CancellationToken ct = default)
    {
        if (!await guard.HasAsync(InventoryPermissions.View, ct))
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (!await db.AdjustmentReasons.IgnoreQueryFilters([ErpDbContext.SoftDeleteFilter]).AnyAsync(ct))
        {
            db.AdjustmentReasons.AddRange(AdjustmentReason.StandardNames.Select(n => new AdjustmentReason(n)));
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                // Another screen seeded them at the same moment; theirs are as good as ours.
                db.ChangeTracker.Clear();
            }
        }

        return await db.AdjustmentReasons.AsNoTracking().Where(r => includeInactive || r.IsActive).OrderBy(r => r.Name)
            .Select(r => new AdjustmentReasonRow(r.Id, r.Name, r.IsActive)).ToListAsync(ct);
    }

    public async Task<Result<Guid>> AddReasonAsync(string? name, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(InventoryPermissions.Configure, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var checkedName = await CheckNameAsync(db, null, name, ct);
        if (!checkedName.IsSuccess)
        {
            return checkedName.Error!;
        }

        var reason = new AdjustmentReason(checkedName.Value);
        db.AdjustmentReasons.Add(reason);
        var saved = await SaveChangesAsync(db, ct);
        return saved.IsSuccess ? reason.Id : saved.Error!;
    }

    public async Task<Result> RenameReasonAsync(Guid id, string? name, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(InventoryPermissions.Configure, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var reason = await db.AdjustmentReasons.FirstOrDefaultAsync(r => r.Id == id, ct);
        if (reason is null)
        {
            return Error.NotFound("The reason");
        }

        var checkedName = await CheckNameAsync(db, id, name, ct);
        if (!checkedName.IsSuccess)
        {
            return checkedName.Error!;
        }

        reason.Rename(checkedName.Value);
        return await SaveChangesAsync(db, ct);
    }

    /// <summary>Deactivated reasons are no longer offered; documents that used them keep the name they had.</summary>
    public async Task<Result> SetReasonActiveAsync(Guid id, bool active, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(InventoryPermissions.Configure, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var reason = await db.AdjustmentReasons.FirstOrDefaultAsync(r => r.Id == id, ct);
        if (reason is null)
        {
            return Error.NotFound("The reason");
        }

        reason.SetActive(active);
        return await SaveChangesAsync(db, ct);
    }

    private static async Task<Result<string>> CheckNameAsync(ErpDbContext db, Guid? id, string? name, CancellationToken ct)
    {
        var trimmed = name?.Trim() ?? "";
        if (trimmed.Length is 0 or > 100)
        {
            return Error.Validation("Enter a reason name (at most 100 characters).");
        }

        // A tenant has a handful of reasons: compare names case-insensitively in memory, the same on both providers.
        var names = await db.AdjustmentReasons.IgnoreQueryFilters([ErpDbContext.SoftDeleteFilter])
            .Where(r => r.Id != id).Select(r => r.Name).ToListAsync(ct);
        var taken = names.Contains(trimmed, StringComparer.OrdinalIgnoreCase);
        return taken ? Error.Validation($"There is already a reason called \"{trimmed}\".") : trimmed;
    }

    private static async Task<Result> SaveChangesAsync(ErpDbContext db, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return Result.Success();
        }
        catch (DbUpdateConcurrencyException)
        {
            return CommonErrors.ChangedByAnotherUser;
        }
    }
}
