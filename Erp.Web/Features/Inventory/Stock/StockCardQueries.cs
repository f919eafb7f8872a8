using Erp.Data;
using Erp.Domain.Common;
using Erp.Domain.Inventory;
using Erp.Web.Infrastructure.Grids;
using Erp.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Inventory.Stock;

/// <summary>
/// A product's stock card: its movements (paged in the database) with each location's balance before and after and a
/// running total over the locations shown. Movements keep the product's SKU and name of their time, so the card also
/// works for a product renamed or deleted since. Order: time, then location, then the location's sequence.
/// </summary>
public sealed class StockCardQueries(IDbContextFactory<ErpDbContext> dbFactory, PermissionGuard guard)
{
    public static readonly Error ProductNotFound = Error.NotFound("The product");

    public async Task<Result<StockCardProduct>> ProductAsync(Guid productId, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(InventoryPermissions.View, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var product = await FindProductAsync(db, productId, ct);
        return product is null ? ProductNotFound : product;
    }

    public async Task<Result<Paged<StockCardRow>>> ListAsync(StockCardQuery query, int page, int pageSize, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(InventoryPermissions.View, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var scope = await ScopeAsync(db, query, ct);
        var total = await scope.Dated.CountAsync(ct);
        var skip = Math.Max(0, page) * pageSize;
        var ordered = Order(scope.Dated, query.NewestFirst);
        var rows = await Project(db, ordered.Skip(skip).Take(pageSize)).ToListAsync(ct);

        // The running total just before the page (oldest first) or just after its first row (newest first).
        var skipped = skip == 0 ? 0m : await ordered.Take(skip).Select(m => m.Quantity).SumAsync(ct);
        var running = query.NewestFirst ? await scope.ClosingAsync(ct) - skipped : await scope.OpeningAsync(ct) + skipped;
        return new Paged<StockCardRow>(WithRunningTotals(rows, running, query.NewestFirst, scope.Tree), total);
    }

    public async Task<Result<StockCardExport>> ExportAsync(StockCardQuery query, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(InventoryPermissions.View, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var product = await FindProductAsync(db, query.ProductId, ct);
        return product is null ? ProductNotFound : new StockCardExport(product, StreamAsync(query, ct));
    }

    private async IAsyncEnumerable<StockCardRow> StreamAsync(StockCardQuery query,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var scope = await ScopeAsync(db, query, ct);
        var running = query.NewestFirst ? await scope.ClosingAsync(ct) : await scope.OpeningAsync(ct);
        await foreach (var raw in Project(db, Order(scope.Dated, query.NewestFirst)).AsAsyncEnumerable().WithCancellation(ct))
        {
            var row = raw.ToRow(scope.Tree, query.NewestFirst ? running : running + raw.Quantity);
            running += query.NewestFirst ? -raw.Quantity : raw.Quantity;
            yield return row;
        }
    }

    private static async Task<StockCardProduct?> FindProductAsync(ErpDbContext db, Guid productId, CancellationToken ct)
    {
        var onHand = await db.StockLevels.Where(l => l.ProductId == productId).Select(l => l.OnHand).SumAsync(ct);
        var product = await db.Products.AsNoTracking().IgnoreQueryFilters([ErpDbContext.SoftDeleteFilter])
            .Where(p => p.Id == productId)
            .Select(p => new StockCardProduct(p.Id, p.Sku, p.VariantLabel == null ? p.Name : p.Name + " (" + p.VariantLabel + ")",
                db.Units.Where(u => u.Id == p.UnitId).Select(u => u.Code).FirstOrDefault() ?? "",
                p.IsDeleted, onHand))
            .FirstOrDefaultAsync(ct);
        if (product is not null)
        {
            return product;
        }

        // Gone from the catalog altogether: the card still shows what its movements remember.
        return await db.StockMovements.AsNoTracking().Where(m => m.ProductId == productId)
            .OrderByDescending(m => m.OccurredAt).ThenByDescending(m => m.Sequence)
            .Select(m => new StockCardProduct(m.ProductId, m.ProductSku, m.ProductName, "", true, onHand))
            .FirstOrDefaultAsync(ct);
    }

    private static async Task<Scope> ScopeAsync(ErpDbContext db, StockCardQuery query, CancellationToken ct)
    {
        var tree = await StockLocationTree.LoadAsync(db, ct);
        var days = await TenantDays.LoadAsync(db, ct);
        var located = db.StockMovements.AsNoTracking().Where(m => m.ProductId == query.ProductId);
        if (query.LocationId is { } locationId)
        {
            var ids = tree.WithDescendants(locationId).ToList();
            located = located.Where(m => ids.Contains(m.LocationId));
        }

        DateTimeOffset? from = query.From is { } f ? days.Start(f) : null;
        DateTimeOffset? to = query.To is { } t ? days.EndExclusive(t) : null;
        var dated = located;
        if (from is { } start)
        {
            dated = dated.Where(m => m.OccurredAt >= start);
        }

        if (to is { } end)
        {
            dated = dated.Where(m => m.OccurredAt < end);
        }

        return new Scope(tree, located, dated, from, to);
    }

    private static IOrderedQueryable<StockMovement> Order(IQueryable<StockMovement> movements, bool newestFirst) =>
        newestFirst
            ? movements.OrderByDescending(m => m.OccurredAt).ThenByDescending(m => m.LocationId).ThenByDescending(m => m.Sequence)
            : movements.OrderBy(m => m.OccurredAt).ThenBy(m => m.LocationId).ThenBy(m => m.Sequence);

    private static List<StockCardRow> WithRunningTotals(List<RawRow> rows, decimal running, bool newestFirst, StockLocationTree tree)
    {
        var result = new List<StockCardRow>(rows.Count);
        foreach (var raw in rows)
        {
            if (newestFirst)
            {
                result.Add(raw.ToRow(tree, running));
                running -= raw.Quantity;
            }
            else
            {
                running += raw.Quantity;
                result.Add(raw.ToRow(tree, running));
            }
        }

        return result;
    }

    private static IQueryable<RawRow> Project(ErpDbContext db, IQueryable<StockMovement> movements) =>
        movements.Select(m => new RawRow(m.Id, m.OccurredAt, m.Kind, m.SourceType, m.SourceId, m.SourceNumber, m.LocationId,
            m.Quantity, m.UnitCost, m.Value, m.OnHandBefore, m.OnHandAfter, m.ProductSku, m.ProductName,
            db.Users.Where(u => u.Id == m.UserId).Select(u => u.DisplayName).FirstOrDefault() ?? (m.UserId == null ? "System" : ""),
            m.Note));

    private sealed record Scope(StockLocationTree Tree, IQueryable<StockMovement> Located, IQueryable<StockMovement> Dated,
        DateTimeOffset? From, DateTimeOffset? To)
    {
        /// <summary>Stock of the covered locations before the date range.</summary>
        public async Task<decimal> OpeningAsync(CancellationToken ct) =>
            From is { } start ? await Located.Where(m => m.OccurredAt < start).Select(m => m.Quantity).SumAsync(ct) : 0m;

        /// <summary>Stock of the covered locations at the end of the date range.</summary>
        public async Task<decimal> ClosingAsync(CancellationToken ct) =>
            To is { } end
                ? await Located.Where(m => m.OccurredAt < end).Select(m => m.Quantity).SumAsync(ct)
                : await Located.Select(m => m.Quantity).SumAsync(ct);
    }

    private sealed record RawRow(Guid Id, DateTimeOffset OccurredAt, MovementKind Kind, string SourceType, Guid SourceId,
        string SourceNumber, Guid LocationId, decimal Quantity, decimal UnitCost, decimal Value, decimal OnHandBefore,
        decimal OnHandAfter, string ProductSku, string ProductName, string User, string? Note)
    {
        public StockCardRow ToRow(StockLocationTree tree, decimal runningTotal) =>
            new(Id, OccurredAt, Kind, SourceType, SourceId, SourceNumber, DocumentRoutes.For(SourceType, SourceId), LocationId,
                tree.PathOf(LocationId), Quantity, UnitCost, Value, OnHandBefore, OnHandAfter, runningTotal, ProductSku, ProductName,
                User, Note);
    }
}
