using Erp.Data;
using Erp.Domain.Common;
using Erp.Domain.Inventory;
using Erp.Domain.Inventory.Receipts;
using Erp.Web.Infrastructure.Grids;
using Erp.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Inventory.Receipts;

/// <summary>Goods receipts for the list, its Excel export, the detail page and the PDF; filtered, sorted and paged in SQL.</summary>
public sealed class GoodsReceiptQueries(IDbContextFactory<ErpDbContext> dbFactory, PermissionGuard guard)
{
    public async Task<Result<Paged<GoodsReceiptRow>>> ListAsync(GoodsReceiptListQuery query, int page, int pageSize, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(InventoryPermissions.View, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = Rows(db, query);
        var total = await rows.CountAsync(ct);
        var items = await Sort(rows, query).Skip(Math.Max(0, page) * pageSize).Take(pageSize).ToListAsync(ct);
        return new Paged<GoodsReceiptRow>(items, total);
    }

    public async Task<Result<GoodsReceiptExportRows>> ExportAsync(GoodsReceiptListQuery query, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(InventoryPermissions.View, ct) is { } denied)
        {
            return denied;
        }

        return new GoodsReceiptExportRows(StreamAsync(query, ct));
    }

    public async Task<Result<GoodsReceiptDetails>> GetAsync(Guid id, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(InventoryPermissions.View, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var receipt = await db.GoodsReceipts.AsNoTracking().Include(r => r.Lines).FirstOrDefaultAsync(r => r.Id == id, ct);
        if (receipt is null)
        {
            return GoodsReceiptCommands.NotFound;
        }

        var organization = await db.Organizations.AsNoTracking().Where(o => o.Id == receipt.OrganizationId)
            .Select(o => new { o.Name, o.BaseCurrency }).FirstAsync(ct);
        var location = await db.Locations.AsNoTracking().Where(l => l.Id == receipt.LocationId).Select(l => l.Name).FirstAsync(ct);
        var productIds = receipt.Lines.Select(l => l.ProductId).Distinct().ToList();
        var products = await db.Products.AsNoTracking().IgnoreQueryFilters([ErpDbContext.SoftDeleteFilter])
            .Where(p => productIds.Contains(p.Id)).Select(p => new { p.Id, p.Sku, p.Name, p.UnitId }).ToDictionaryAsync(p => p.Id, ct);
        var units = await db.Units.AsNoTracking().IgnoreQueryFilters([ErpDbContext.SoftDeleteFilter])
            .ToDictionaryAsync(u => u.Id, u => u.Code, ct);
        var lines = receipt.Lines.OrderBy(l => l.LineNumber).Select(l =>
        {
            var product = products[l.ProductId];
            return new GoodsReceiptLineDetails(l.Id, l.LineNumber, l.ProductId, product.Sku, product.Name, l.UnitId,
                units.GetValueOrDefault(l.UnitId, ""), l.Quantity, l.UnitCost, l.Value, l.BaseQuantity,
                units.GetValueOrDefault(product.UnitId, ""), l.BaseUnitCost);
        }).ToList();
        return new GoodsReceiptDetails(receipt.Id, receipt.Number, receipt.Status, receipt.OrganizationId, organization.Name,
            organization.BaseCurrency, receipt.LocationId, location, receipt.DocumentDate, receipt.SupplierReference, receipt.Currency,
            receipt.ExchangeRate, receipt.Note, receipt.PostedAt, receipt.AllowedNext, lines);
    }

    private async IAsyncEnumerable<GoodsReceiptRow> StreamAsync(GoodsReceiptListQuery query,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await foreach (var row in Sort(Rows(db, query), query).AsAsyncEnumerable().WithCancellation(ct))
        {
            yield return row;
        }
    }

    private static IQueryable<Projection> Rows(ErpDbContext db, GoodsReceiptListQuery query)
    {
        var receipts = db.GoodsReceipts.AsNoTracking();
        if (query.Status is { } status)
        {
            receipts = receipts.Where(r => r.Status == status);
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var pattern = Like.Contains(query.Search);
            receipts = receipts.Where(r => EF.Functions.Like(r.Number, pattern, "\\")
                || (r.SupplierReference != null && EF.Functions.Like(r.SupplierReference, pattern, "\\")));
        }

        return receipts.Select(r => new Projection
        {
            Id = r.Id, Number = r.Number, Date = r.DocumentDate, Status = r.Status,
            Location = db.Locations.Where(l => l.Id == r.LocationId).Select(l => l.Name).FirstOrDefault() ?? "",
            SupplierReference = r.SupplierReference, Currency = r.Currency, Total = r.Lines.Sum(l => l.Value), Lines = r.Lines.Count,
        });
    }

    /// <summary>Whitelisted sort keys; ties break on number so pages and the export agree.</summary>
    private static IQueryable<GoodsReceiptRow> Sort(IQueryable<Projection> rows, GoodsReceiptListQuery query) =>
        ((query.Sort, query.Desc) switch
        {
            ("number", false) => rows.OrderBy(r => r.Number),
            ("number", true) => rows.OrderByDescending(r => r.Number),
            ("status", false) => rows.OrderBy(r => r.Status).ThenByDescending(r => r.Number),
            ("status", true) => rows.OrderByDescending(r => r.Status).ThenByDescending(r => r.Number),
            ("location", false) => rows.OrderBy(r => r.Location).ThenByDescending(r => r.Number),
            ("location", true) => rows.OrderByDescending(r => r.Location).ThenByDescending(r => r.Number),
            ("total", false) => rows.OrderBy(r => r.Total).ThenByDescending(r => r.Number),
            ("total", true) => rows.OrderByDescending(r => r.Total).ThenByDescending(r => r.Number),
            ("date", false) => rows.OrderBy(r => r.Date).ThenBy(r => r.Number),
            _ => rows.OrderByDescending(r => r.Date).ThenByDescending(r => r.Number),
        }).Select(r => new GoodsReceiptRow(r.Id, r.Number, r.Date, r.Status, r.Location, r.SupplierReference, r.Currency, r.Total, r.Lines));

    private sealed class Projection
    {
        public Guid Id { get; init; }
        public string Number { get; init; } = "";
        public DateOnly Date { get; init; }
        public GoodsReceiptStatus Status { get; init; }
        public string Location { get; init; } = "";
        public string? SupplierReference { get; init; }
        public string Currency { get; init; } = "";
        public decimal Total { get; init; }
        public int Lines { get; init; }
    }
}
