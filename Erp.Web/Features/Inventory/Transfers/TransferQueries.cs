using Erp.Data;
using Erp.Domain.Common;
using Erp.Domain.Inventory;
using Erp.Domain.Inventory.Transfers;
using Erp.Web.Infrastructure.Grids;
using Erp.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Inventory.Transfers;

/// <summary>
/// Reads transfers for the list, its Excel export, the detail page and the PDF. Filtering, sorting and paging run in
/// the database, scoped to the current tenant by the query filter; an unknown or foreign id is "not found".
/// </summary>
public sealed class TransferQueries(IDbContextFactory<ErpDbContext> dbFactory, PermissionGuard guard)
{
    public static readonly IReadOnlyList<string> SortKeys = ["number", "date", "status", "from", "to"];

    public async Task<Result<Paged<TransferRow>>> ListAsync(TransferListQuery query, int page, int pageSize, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(InventoryPermissions.View, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var filtered = Filter(db, query);
        var total = await filtered.CountAsync(ct);
        var rows = await Sort(filtered, query).Skip(Math.Max(0, page) * pageSize).Take(Math.Clamp(pageSize, 1, 500)).ToListAsync(ct);
        return new Paged<TransferRow>(rows.Select(r => r.ToRow()).ToList(), total);
    }

    /// <summary>Every row of the view, in the view's order, for the Excel export.</summary>
    public async Task<Result<TransferExportRows>> ExportAsync(TransferListQuery query, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(InventoryPermissions.View, ct) is { } denied)
        {
            return denied;
        }

        return new TransferExportRows(StreamAsync(query, ct));
    }

    public async Task<Result<TransferDetails>> DetailsAsync(Guid id, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(InventoryPermissions.View, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var transfer = await db.StockTransfers.AsNoTracking().Include(t => t.Lines).FirstOrDefaultAsync(t => t.Id == id, ct);
        if (transfer is null)
        {
            return TransferErrors.NotFound;
        }

        var organization = await db.Organizations.AsNoTracking().Where(o => o.Id == transfer.OrganizationId).Select(o => o.Name)
            .FirstOrDefaultAsync(ct) ?? "";
        var locations = await db.Locations.AsNoTracking().IgnoreQueryFilters([ErpDbContext.SoftDeleteFilter])
            .Where(l => l.OrganizationId == transfer.OrganizationId)
            .Select(l => new { l.Id, l.ParentId, l.Name }).ToDictionaryAsync(l => l.Id, ct);
        string PathOf(Guid locationId)
        {
            var parts = new List<string>();
            for (var current = locations.GetValueOrDefault(locationId); current is not null && parts.Count < 20;
                 current = current.ParentId is { } parent ? locations.GetValueOrDefault(parent) : null)
            {
                parts.Insert(0, current.Name);
            }

            return string.Join(" / ", parts);
        }

        var lines = transfer.Lines.OrderBy(l => l.LineNo).Select(l => new TransferLineDetails(l.Id, l.LineNo, l.ProductId, l.ProductSku,
            l.ProductName, l.UnitCode, l.Quantity, l.BaseUnitCode, l.BaseQuantity, l.ShippedQuantity, l.ShippedValue,
            l.ReceivedQuantity, l.ReceivedValue, l.LostQuantity, l.LostValue)).ToList();
        return new TransferDetails(transfer.Id, transfer.Number, transfer.Status, transfer.Version, transfer.OrganizationId, organization,
            transfer.FromLocationId, PathOf(transfer.FromLocationId), transfer.ToLocationId, PathOf(transfer.ToLocationId),
            transfer.DocumentDate, transfer.Note, transfer.Currency, transfer.CreatedAt, transfer.ShippedAt, transfer.ReceivedAt,
            transfer.ClosedAt, transfer.CloseReason, lines, StockTransfer.StateMachine.NextFrom(transfer.Status));
    }

    private async IAsyncEnumerable<TransferRow> StreamAsync(TransferListQuery query,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await foreach (var row in Sort(Filter(db, query), query).AsAsyncEnumerable().WithCancellation(ct))
        {
            yield return row.ToRow();
        }
    }

    private static IQueryable<TransferProjection> Filter(ErpDbContext db, TransferListQuery query)
    {
        var transfers = db.StockTransfers.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var pattern = Like.Contains(query.Search);
            transfers = transfers.Where(t => EF.Functions.Like(t.Number, pattern, "\\") || EF.Functions.Like(t.Note!, pattern, "\\"));
        }

        if (query.Status is { } status)
        {
            transfers = transfers.Where(t => t.Status == status);
        }

        var locations = db.Locations.IgnoreQueryFilters([ErpDbContext.SoftDeleteFilter]);
        return transfers.Select(t => new TransferProjection
        {
            Id = t.Id,
            Number = t.Number,
            Date = t.DocumentDate,
            Status = t.Status,
            From = locations.Where(l => l.Id == t.FromLocationId).Select(l => l.Name).FirstOrDefault() ?? "",
            To = locations.Where(l => l.Id == t.ToLocationId).Select(l => l.Name).FirstOrDefault() ?? "",
            LineCount = t.Lines.Count,
            ShippedValue = t.Lines.Sum(l => l.ShippedValue),
            Note = t.Note,
        });
    }

    /// <summary>Sort keys are a whitelist; ties break on number (newest first) then id so pages and exports agree on the order.</summary>
    private static IQueryable<TransferProjection> Sort(IQueryable<TransferProjection> rows, TransferListQuery query)
    {
        var ordered = (query.Sort, query.Desc) switch
        {
            ("number", false) => rows.OrderBy(r => r.Number),
            ("number", true) => rows.OrderByDescending(r => r.Number),
            ("status", false) => rows.OrderBy(r => r.Status),
            ("status", true) => rows.OrderByDescending(r => r.Status),
            ("from", false) => rows.OrderBy(r => r.From),
            ("from", true) => rows.OrderByDescending(r => r.From),
            ("to", false) => rows.OrderBy(r => r.To),
            ("to", true) => rows.OrderByDescending(r => r.To),
            ("date", false) => rows.OrderBy(r => r.Date),
            _ => rows.OrderByDescending(r => r.Date),
        };
        return ordered.ThenByDescending(r => r.Number).ThenBy(r => r.Id);
    }

    private sealed class TransferProjection
    {
        public Guid Id { get; init; }
        public string Number { get; init; } = "";
        public DateOnly Date { get; init; }
        public TransferStatus Status { get; init; }
        public string From { get; init; } = "";
        public string To { get; init; } = "";
        public int LineCount { get; init; }
        public decimal ShippedValue { get; init; }
        public string? Note { get; init; }

        public TransferRow ToRow() => new(Id, Number, Date, Status, From, To, LineCount, ShippedValue, Note);
    }
}
