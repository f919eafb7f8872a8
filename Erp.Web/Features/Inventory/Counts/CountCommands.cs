using Erp.Data;
using Erp.Data.Documents;
using Erp.Data.Inventory;
using Erp.Domain.Common;
using Erp.Domain.Inventory;
using Erp.Domain.Inventory.Counts;
using Erp.Domain.Platform;
using Erp.Web.Features.Inventory.Ledger;
using Erp.Web.Features.Inventory.Shared;
using Erp.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Inventory.Counts;

/// <summary>
/// Every change of a stock count, each in its own context and transaction (<see cref="StockTransactions"/>: on SQLite
/// the write lock is held from the start, so scans, counts and postings of one count never interleave; on SQL Server
/// the versioned count/line rows make a concurrent change fail and the work run again on fresh data).
/// </summary>
public sealed class CountCommands(StockTransactions transactions, PermissionGuard guard, InventoryLookups lookups)
{
    public async Task<Result<Guid>> CreateAsync(CountInput input, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(InventoryPermissions.Manage, ct) is { } denied)
        {
            return denied;
        }

        if (Validate(input) is { } invalid)
        {
            return invalid;
        }

        return await transactions.RunAsync<Guid>(async (db, at, ct2) =>
        {
            var location = await ScopeLocationAsync(db, input, ct2);
            if (!location.IsSuccess)
            {
                return location.Error!;
            }

            var currency = await db.Organizations.Where(o => o.Id == location.Value.OrganizationId).Select(o => o.BaseCurrency).FirstAsync(ct2);
            var count = new StockCount(location.Value.OrganizationId, currency, ScopeOf(input), DateOnly.FromDateTime(input.CountDate!.Value),
                input.Note, db.Tenant.UserId, at);
            // Numbered when first saved: the number is on the count sheet the team takes to the shelves.
            await DocumentNumberService.AssignNumberAsync(db, count, count.CountDate, ct2);
            db.StockCounts.Add(count);
            return count.Id;
        }, ct);
    }

    public Task<Result> UpdateDraftAsync(Guid id, CountInput input, CancellationToken ct = default) =>
        RunOnCountAsync(id, null, async (db, count, at, ct2) =>
        {
            if (Validate(input) is { } invalid)
            {
                return invalid;
            }

            var location = await ScopeLocationAsync(db, input, ct2);
            if (!location.IsSuccess)
            {
                return location.Error!;
            }

            if (location.Value.OrganizationId != count.OrganizationId)
            {
                return Error.Validation("Choose a location of the same organization, or cancel this count and start a new one.");
            }

            return count.UpdateDraft(ScopeOf(input), DateOnly.FromDateTime(input.CountDate!.Value), input.Note);
        }, ct);

    /// <summary>Draft → in progress: freezes the expected quantities of everything in scope.</summary>
    public Task<Result> StartAsync(Guid id, CancellationToken ct = default) =>
        RunOnCountAsync(id, null, async (db, count, at, ct2) =>
        {
            if (count.Status != StockCountStatus.Draft)
            {
                return count.Start([], db.Tenant.UserId, at);
            }

            var stock = await CountScopes.StockInScopeAsync(db, count, ct2);
            return count.Start(stock, db.Tenant.UserId, at);
        }, ct);

    /// <summary>Sets a line's counted quantity, entered in <paramref name="unitId"/> (null = the product's unit); null clears it.</summary>
    public Task<Result> SetCountedAsync(Guid id, Guid lineId, decimal? quantity, Guid? unitId = null, CancellationToken ct = default) =>
        RunOnCountAsync(id, lines => lines.Where(l => l.Id == lineId), async (db, count, at, ct2) =>
        {
            if (quantity < 0m)
            {
                return CountErrors.NegativeCount;
            }

            var line = count.Lines.FirstOrDefault(l => l.Id == lineId);
            if (line is null)
            {
                return CountErrors.LineNotFound;
            }

            decimal? counted = quantity;
            if (quantity is { } q && unitId is not null)
            {
                var converted = await StockLedger.ToBaseUnitAsync(db, line.ProductId, unitId, q, ct2);
                if (!converted.IsSuccess)
                {
                    return converted.Error!;
                }

                counted = converted.Value;
            }

            return count.SetCounted(lineId, counted, db.Tenant.UserId, at);
        }, ct);

    /// <summary>
    /// A scanner read <paramref name="code"/> (barcode or SKU): adds 1 to that product's line at
    /// <paramref name="locationId"/> (default: the count's location), adding the line if the product was not frozen.
    /// </summary>
    public async Task<Result<ScanResult>> ScanAsync(Guid id, string? code, Guid? locationId = null, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(InventoryPermissions.Manage, ct) is { } denied)
        {
            return denied;
        }

        var trimmed = code?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return CountErrors.CodeRequired;
        }

        var product = await lookups.FindByCodeAsync(trimmed, ct);
        if (product is null)
        {
            return CountErrors.UnknownCode(trimmed);
        }

        return await transactions.RunAsync<ScanResult>(async (db, at, ct2) =>
        {
            var count = await LoadAsync(db, id, lines => lines.Where(l => l.ProductId == product.Id), ct2);
            if (count is null)
            {
                return CountErrors.NotFound;
            }

            var where = locationId ?? count.LocationId;
            if (!(await CountScopes.LocationIdsAsync(db, count.LocationId, count.IncludeSubLocations, ct2)).Contains(where))
            {
                return CountErrors.LocationOutOfScope;
            }

            var line = count.LineFor(product.Id, where);
            var isNew = line is null;
            if (line is null)
            {
                var expected = count.FrozenAt is { } frozen ? await CountScopes.OnHandAtAsync(db, product.Id, where, frozen, ct2) : 0m;
                var added = count.AddLine(product.Id, where, new ProductSnapshot(product.Name, product.Sku), expected);
                if (!added.IsSuccess)
                {
                    return added.Error!;
                }

                line = added.Value;
                db.StockCountLines.Add(line);
            }

            var counted = count.AddToCount(line.Id, 1m, db.Tenant.UserId, at);
            if (!counted.IsSuccess)
            {
                return counted.Error!;
            }

            var locationName = await db.Locations.Where(l => l.Id == where).Select(l => l.Name).FirstAsync(ct2);
            return new ScanResult(line.Id, line.Sku, line.ProductName, locationName, line.CountedQuantity!.Value, isNew);
        }, ct);
    }

    /// <summary>Counts every uncounted line as zero; returns how many lines that set.</summary>
    public async Task<Result<int>> SetUncountedToZeroAsync(Guid id, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(InventoryPermissions.Manage, ct) is { } denied)
        {
            return denied;
        }

        return await transactions.RunAsync<int>(async (db, at, ct2) =>
        {
            var count = await LoadAsync(db, id, lines => lines.Where(l => l.CountedQuantity == null), ct2);
            return count is null ? CountErrors.NotFound : count.SetUncountedToZero(db.Tenant.UserId, at);
        }, ct);
    }

    public Task<Result> SubmitForReviewAsync(Guid id, CancellationToken ct = default) =>
        RunOnCountAsync(id, null, (db, count, at, _) => Task.FromResult(count.SubmitForReview(db.Tenant.UserId, at)), ct);

    public Task<Result> BackToCountingAsync(Guid id, CancellationToken ct = default) =>
        RunOnCountAsync(id, null, (db, count, at, _) => Task.FromResult(count.BackToCounting(db.Tenant.UserId, at)), ct);

    public Task<Result> CancelAsync(Guid id, string? reason, CancellationToken ct = default) =>
        RunOnCountAsync(id, null, (db, count, at, _) => Task.FromResult(count.Cancel(reason, db.Tenant.UserId, at)), ct);

    /// <summary>
    /// Review → posted, in one transaction: each counted line that differs is adjusted by counted − expected (a count
    /// gain at the current cost, or a count loss valued by the costing method). Uncounted lines do not change.
    /// A second posting is refused and changes nothing.
    /// </summary>
    public Task<Result> PostAsync(Guid id, CancellationToken ct = default) =>
        RunOnCountAsync(id, lines => lines, async (db, count, at, ct2) =>
        {
            var adjustments = count.Post(db.Tenant.UserId, at);
            if (!adjustments.IsSuccess)
            {
                return adjustments.Error!;
            }

            if (adjustments.Value.Count == 0)
            {
                return Result.Success();
            }

            var gains = adjustments.Value.Where(a => a.Quantity > 0m).Select(a => (a.Line.ProductId, a.Line.LocationId)).ToList();
            var costs = await CountScopes.UnitCostsAsync(db, gains, ct2);
            var changes = adjustments.Value.Select(a => new StockChange(a.Line.ProductId, a.Line.LocationId, a.Quantity,
                a.Quantity > 0m ? MovementKind.CountGain : MovementKind.CountLoss,
                UnitCost: a.Quantity > 0m ? costs[(a.Line.ProductId, a.Line.LocationId)] : null,
                SourceLineId: a.Line.Id)).ToList();
            var posted = await StockLedger.PostAsync(db, new StockSource(count.DocumentType, count.Id, count.Number), changes, at, ct2);
            if (!posted.IsSuccess)
            {
                return posted.Error!;
            }

            foreach (var adjustment in adjustments.Value)
            {
                var moved = posted.Value.Where(m => m.SourceLineId == adjustment.Line.Id).ToList();
                StockCount.RecordPosted(adjustment.Line, moved.Sum(m => m.Quantity), moved.Sum(m => m.Value));
            }

            return Result.Success();
        }, ct);

    private async Task<Result> RunOnCountAsync(Guid id, Func<IQueryable<StockCountLine>, IQueryable<StockCountLine>>? lines,
        Func<ErpDbContext, StockCount, DateTimeOffset, CancellationToken, Task<Result>> work, CancellationToken ct)
    {
        if (await guard.CheckAsync(InventoryPermissions.Manage, ct) is { } denied)
        {
            return denied;
        }

        var result = await transactions.RunAsync<bool>(async (db, at, ct2) =>
        {
            var count = await LoadAsync(db, id, lines, ct2);
            if (count is null)
            {
                return CountErrors.NotFound;
            }

            var done = await work(db, count, at, ct2);
            return done.IsSuccess ? true : done.Error!;
        }, ct);
        return result.IsSuccess ? Result.Success() : result.Error!;
    }

    /// <summary>
    /// The count with only the lines the operation needs (a scan needs one product's lines, not a full count's
    /// thousands); null lines = none. Another tenant's id is simply not found.
    /// </summary>
    private static async Task<StockCount?> LoadAsync(ErpDbContext db, Guid id,
        Func<IQueryable<StockCountLine>, IQueryable<StockCountLine>>? lines, CancellationToken ct)
    {
        var count = await db.StockCounts.FirstOrDefaultAsync(c => c.Id == id, ct);
        if (count is not null && lines is not null)
        {
            // Tracked lines are fixed up into the count's line list.
            await lines(db.StockCountLines.Where(l => l.CountId == id)).LoadAsync(ct);
        }

        return count;
    }

    private static Error? Validate(CountInput input)
    {
        if (input.LocationId is null || input.LocationId == Guid.Empty)
        {
            return Error.Validation("Choose the location to count.");
        }

        if (input.CountDate is null)
        {
            return Error.Validation("Enter the count date.");
        }

        return input.Note?.Trim().Length > 500 ? Error.Validation("The note must be at most 500 characters.") : null;
    }

    private static async Task<Result<Location>> ScopeLocationAsync(ErpDbContext db, CountInput input, CancellationToken ct)
    {
        var location = await db.Locations.AsNoTracking().FirstOrDefaultAsync(l => l.Id == input.LocationId, ct);
        if (location is null || location.IsTransit)
        {
            return InventoryErrors.UnknownLocation;
        }

        if (input.CategoryId is { } categoryId && !await db.Categories.AnyAsync(c => c.Id == categoryId, ct))
        {
            return Error.NotFound("The category");
        }

        return location;
    }

    private static CountScope ScopeOf(CountInput input) => new(input.LocationId!.Value, input.IncludeSubLocations, input.CategoryId);
}
