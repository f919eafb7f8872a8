using Erp.Data;
using Erp.Data.Documents;
using Erp.Data.Inventory;
using Erp.Domain.Catalog;
using Erp.Domain.Common;
using Erp.Domain.Inventory;
using Erp.Domain.Inventory.Transfers;
using Erp.Domain.Platform;
using Erp.Web.Features.Inventory.Ledger;
using Erp.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Inventory.Transfers;

/// <summary>What a close wrote off: the quantity still in transit (base units) and its value at cost.</summary>
public sealed record TransferCloseSummary(decimal LostQuantity, decimal LostValue);

/// <summary>
/// Creates, edits, ships, receives, closes and cancels stock transfers. Every use case runs in one transaction
/// (<see cref="StockTransactions"/>); stock moves only through <see cref="StockLedger.PostAsync"/>: source → in transit
/// when shipped, in transit → destination when received, in transit → written off (transit loss) when closed. The value
/// that leaves one location is exactly the value that enters the next.
/// </summary>
public sealed class TransferCommands(StockTransactions transactions, PermissionGuard guard)
{
    public async Task<Result<Guid>> CreateAsync(TransferInput input, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(InventoryPermissions.Manage, ct) is { } denied)
        {
            return denied;
        }

        return await transactions.RunAsync<Guid>(async (db, at, token) =>
        {
            var resolved = await ResolveAsync(db, input, token);
            if (!resolved.IsSuccess)
            {
                return resolved.Error!;
            }

            var (route, date, lines) = resolved.Value;
            var currency = await db.Organizations.Where(o => o.Id == route.FromOrganizationId).Select(o => o.BaseCurrency).FirstAsync(token);
            var transfer = new StockTransfer(route.FromOrganizationId, route, date, input.Note, currency, lines, db.Tenant.UserId, at);
            await DocumentNumberService.AssignNumberAsync(db, transfer, date, token);
            db.StockTransfers.Add(transfer);
            return transfer.Id;
        }, ct);
    }

    /// <summary>Replaces a draft's header and lines; <paramref name="version"/> is the one the user edited.</summary>
    public async Task<Result> UpdateAsync(Guid id, long version, TransferInput input, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(InventoryPermissions.Manage, ct) is { } denied)
        {
            return denied;
        }

        return await transactions.RunAsync<bool>(async (db, at, token) =>
        {
            var transfer = await LoadAsync(db, id, version, token);
            if (!transfer.IsSuccess)
            {
                return transfer.Error!;
            }

            if (transfer.Value.Status != TransferStatus.Draft)
            {
                return TransferErrors.NotDraft;
            }

            var resolved = await ResolveAsync(db, input, token);
            if (!resolved.IsSuccess)
            {
                return resolved.Error!;
            }

            var (route, date, lines) = resolved.Value;
            if (route.FromOrganizationId != transfer.Value.OrganizationId)
            {
                return TransferErrors.OtherOrganization;
            }

            var removed = transfer.Value.UpdateDraft(route, date, input.Note, lines);
            db.StockTransferLines.RemoveRange(removed);
            db.StockTransferLines.AddRange(transfer.Value.Lines);
            // The header row changes too (its version moves on), even when only the lines were edited.
            db.Entry(transfer.Value).State = EntityState.Modified;
            return true;
        }, ct);
    }

    /// <summary>Stock leaves the source and waits in the organization's in-transit location, at the value it left at.</summary>
    public async Task<Result> ShipAsync(Guid id, long? version = null, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(InventoryPermissions.Manage, ct) is { } denied)
        {
            return denied;
        }

        return await transactions.RunAsync<bool>(async (db, at, token) =>
        {
            var loaded = await LoadAsync(db, id, version, token);
            if (!loaded.IsSuccess)
            {
                return loaded.Error!;
            }

            var transfer = loaded.Value;
            var check = transfer.CheckShip();
            if (!check.IsSuccess)
            {
                return check.Error!;
            }

            var transit = await TransitLocations.GetOrCreateAsync(db, transfer.OrganizationId, token);
            var moved = await MoveAsync(db, transfer, transfer.FromLocationId, transit,
                transfer.Lines.Select(l => (l, l.BaseQuantity)).ToList(), at, token);
            if (!moved.IsSuccess)
            {
                return moved.Error!;
            }

            var shipped = transfer.Ship(moved.Value, db.Tenant.UserId, at);
            return shipped.IsSuccess ? true : shipped.Error!;
        }, ct);
    }

    /// <summary>
    /// Receives <paramref name="quantities"/> (base unit, per line id; lines left out receive nothing): stock leaves
    /// transit and enters the destination. More than is outstanding is refused.
    /// </summary>
    public async Task<Result> ReceiveAsync(Guid id, IReadOnlyDictionary<Guid, decimal> quantities, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(InventoryPermissions.Manage, ct) is { } denied)
        {
            return denied;
        }

        return await transactions.RunAsync<bool>(async (db, at, token) =>
        {
            var loaded = await LoadAsync(db, id, null, token);
            if (!loaded.IsSuccess)
            {
                return loaded.Error!;
            }

            var transfer = loaded.Value;
            var check = transfer.CheckReceipt(quantities);
            if (!check.IsSuccess)
            {
                return check.Error!;
            }

            var transit = await TransitLocations.GetOrCreateAsync(db, transfer.OrganizationId, token);
            var lines = transfer.Lines.Where(l => quantities.GetValueOrDefault(l.Id) > 0m).Select(l => (l, quantities[l.Id])).ToList();
            var moved = await MoveAsync(db, transfer, transit, transfer.ToLocationId, lines, at, token);
            if (!moved.IsSuccess)
            {
                return moved.Error!;
            }

            var received = transfer.Receive(moved.Value, db.Tenant.UserId, at);
            return received.IsSuccess ? true : received.Error!;
        }, ct);
    }

    /// <summary>Closes a shipped or partly received transfer: what is still in transit is written off as a transit loss.</summary>
    public async Task<Result<TransferCloseSummary>> CloseAsync(Guid id, string? reason, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(InventoryPermissions.Manage, ct) is { } denied)
        {
            return denied;
        }

        return await transactions.RunAsync<TransferCloseSummary>(async (db, at, token) =>
        {
            var loaded = await LoadAsync(db, id, null, token);
            if (!loaded.IsSuccess)
            {
                return loaded.Error!;
            }

            var transfer = loaded.Value;
            var check = transfer.CheckClose(reason);
            if (!check.IsSuccess)
            {
                return check.Error!;
            }

            var outstanding = transfer.Lines.Where(l => l.Outstanding > 0m).ToList();
            var losses = new List<TransferLineMove>();
            if (outstanding.Count > 0)
            {
                var transit = await TransitLocations.GetOrCreateAsync(db, transfer.OrganizationId, token);
                var posted = await StockLedger.PostAsync(db, Source(transfer),
                    outstanding.Select(l => new StockChange(l.ProductId, transit, -l.Outstanding, MovementKind.TransitLoss,
                        SourceLineId: l.Id, Note: reason?.Trim())).ToList(), at, token);
                if (!posted.IsSuccess)
                {
                    return posted.Error!;
                }

                var values = ValuesByLine(posted.Value);
                losses.AddRange(outstanding.Select(l => new TransferLineMove(l.Id, l.Outstanding, values[l.Id])));
            }

            var closed = transfer.Close(reason, losses, db.Tenant.UserId, at);
            return closed.IsSuccess
                ? new TransferCloseSummary(losses.Sum(l => l.Quantity), losses.Sum(l => l.Value))
                : closed.Error!;
        }, ct);
    }

    /// <summary>Cancels a draft (with a reason); nothing has moved yet.</summary>
    public async Task<Result> CancelAsync(Guid id, string? reason, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(InventoryPermissions.Manage, ct) is { } denied)
        {
            return denied;
        }

        return await transactions.RunAsync<bool>(async (db, at, token) =>
        {
            var loaded = await LoadAsync(db, id, null, token);
            if (!loaded.IsSuccess)
            {
                return loaded.Error!;
            }

            var cancelled = loaded.Value.Cancel(reason, db.Tenant.UserId, at);
            return cancelled.IsSuccess ? true : cancelled.Error!;
        }, ct);
    }

    private static StockSource Source(StockTransfer transfer) => new(transfer.DocumentType, transfer.Id, transfer.Number);

    /// <summary>Value per line of the movements just posted (positive for stock that left).</summary>
    private static Dictionary<Guid, decimal> ValuesByLine(IEnumerable<StockMovement> movements) =>
        movements.GroupBy(m => m.SourceLineId!.Value).ToDictionary(g => g.Key, g => -g.Sum(m => m.Value));

    /// <summary>Takes the lines' quantities out of <paramref name="from"/> (valued by the costing method) and puts them
    /// into <paramref name="to"/> at exactly that value.</summary>
    private static async Task<Result<IReadOnlyList<TransferLineMove>>> MoveAsync(ErpDbContext db, StockTransfer transfer, Guid from,
        Guid to, IReadOnlyList<(StockTransferLine Line, decimal Quantity)> lines, DateTimeOffset at, CancellationToken ct)
    {
        var source = Source(transfer);
        var outs = await StockLedger.PostAsync(db, source,
            lines.Select(x => new StockChange(x.Line.ProductId, from, -x.Quantity, MovementKind.TransferOut, SourceLineId: x.Line.Id)).ToList(),
            at, ct);
        if (!outs.IsSuccess)
        {
            return outs.Error!;
        }

        var values = ValuesByLine(outs.Value);
        var ins = await StockLedger.PostAsync(db, source,
            lines.Select(x => new StockChange(x.Line.ProductId, to, x.Quantity, MovementKind.TransferIn, Value: values[x.Line.Id],
                SourceLineId: x.Line.Id)).ToList(),
            at, ct);
        if (!ins.IsSuccess)
        {
            return ins.Error!;
        }

        return Result.Success<IReadOnlyList<TransferLineMove>>(
            lines.Select(x => new TransferLineMove(x.Line.Id, x.Quantity, values[x.Line.Id])).ToList());
    }

    private static async Task<Result<StockTransfer>> LoadAsync(ErpDbContext db, Guid id, long? version, CancellationToken ct)
    {
        var transfer = await db.StockTransfers.Include(t => t.Lines).FirstOrDefaultAsync(t => t.Id == id, ct);
        if (transfer is null)
        {
            return TransferErrors.NotFound;
        }

        return version is { } expected && expected != transfer.Version ? CommonErrors.ChangedByAnotherUser : transfer;
    }

    /// <summary>Checks the form against the database: locations, products that hold stock, units, quantities.</summary>
    private static async Task<Result<(TransferRoute Route, DateOnly Date, List<TransferLineInput> Lines)>> ResolveAsync(
        ErpDbContext db, TransferInput input, CancellationToken ct)
    {
        if (input.FromLocationId is not { } fromId || input.ToLocationId is not { } toId)
        {
            return Error.Validation("Choose where the stock comes from and where it goes.");
        }

        if (input.Date is not { } date)
        {
            return Error.Validation("Enter the transfer date.");
        }

        if (input.Note?.Trim().Length > 1000)
        {
            return Error.Validation("The note must be at most 1000 characters.");
        }

        var lines = input.Lines.Where(l => l.ProductId is not null || l.Quantity != 0m).ToList();
        if (lines.Count == 0)
        {
            return InventoryErrors.NoLines;
        }

        if (lines.Count > StockTransfer.MaxLines)
        {
            return Error.Validation($"A transfer can have at most {StockTransfer.MaxLines} lines.");
        }

        if (lines.Any(l => l.ProductId is null))
        {
            return Error.Validation("Choose a product on every line.");
        }

        if (lines.Any(l => l.Quantity <= 0m))
        {
            return InventoryErrors.QuantityNotPositive;
        }

        var locations = await db.Locations.AsNoTracking().Where(l => l.Id == fromId || l.Id == toId)
            .Select(l => new { l.Id, l.OrganizationId, l.Kind }).ToListAsync(ct);
        var from = locations.FirstOrDefault(l => l.Id == fromId);
        var to = locations.FirstOrDefault(l => l.Id == toId);
        if (from is null || to is null)
        {
            return InventoryErrors.UnknownLocation;
        }

        var route = new TransferRoute(from.Id, from.OrganizationId, from.Kind == LocationKind.Transit,
            to.Id, to.OrganizationId, to.Kind == LocationKind.Transit);
        var routeCheck = StockTransfer.CheckRoute(route);
        if (!routeCheck.IsSuccess)
        {
            return routeCheck.Error!;
        }

        var productIds = lines.Select(l => l.ProductId!.Value).Distinct().ToList();
        var products = await db.Products.AsNoTracking().Where(p => productIds.Contains(p.Id))
            .Select(p => new { p.Id, p.Sku, p.Name, p.VariantLabel, p.Kind, p.UnitId }).ToDictionaryAsync(p => p.Id, ct);
        var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Code, ct);
        var resolved = new List<TransferLineInput>(lines.Count);
        foreach (var line in lines)
        {
            if (!products.TryGetValue(line.ProductId!.Value, out var product))
            {
                return InventoryErrors.UnknownProduct;
            }

            switch (product.Kind)
            {
                case ProductKind.Kit:
                    return TransferErrors.KitNotTransferable;
                case ProductKind.WithVariants:
                    return InventoryErrors.ChooseVariant(product.Sku);
            }

            var unitId = line.UnitId ?? product.UnitId;
            if (!units.TryGetValue(unitId, out var unitCode))
            {
                return Error.NotFound("The unit");
            }

            var baseQuantity = await StockLedger.ToBaseUnitAsync(db, product.Id, unitId, line.Quantity, ct);
            if (!baseQuantity.IsSuccess)
            {
                return baseQuantity.Error!;
            }

            var name = product.Name + (product.VariantLabel is null ? "" : " (" + product.VariantLabel + ")");
            resolved.Add(new TransferLineInput(product.Id, product.Sku, name.Length > 200 ? name[..200] : name, unitId, unitCode,
                units[product.UnitId], line.Quantity, baseQuantity.Value));
        }

        return (route, date, resolved);
    }
}
