using Erp.Data;
using Erp.Domain.Common;
using Erp.Domain.Inventory;
using Erp.Domain.Platform.Documents;
using Erp.Domain.Purchasing;
using Erp.Web.Features.Purchasing.Shared;
using Erp.Web.Infrastructure.Grids;
using Erp.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Purchasing.Receipts;

/// <summary>Purchase receipts for the list, its Excel export, the detail page, the PDF and the receiving page.</summary>
public sealed class PurchaseReceiptQueries(IDbContextFactory<ErpDbContext> dbFactory, PermissionGuard guard)
{
    public async Task<Result<Paged<PurchaseReceiptRow>>> ListAsync(PurchaseReceiptListQuery query, int page, int pageSize,
        CancellationToken ct = default)
    {
        if (await guard.CheckAsync(PurchasingPermissions.View, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = Filter(db, query);
        var total = await rows.CountAsync(ct);
        var items = await Project(db, Sort(rows, query).Skip(Math.Max(0, page) * pageSize).Take(pageSize)).ToListAsync(ct);
        return new Paged<PurchaseReceiptRow>(items, total);
    }

    public async Task<Result<PurchaseReceiptExportRows>> ExportAsync(PurchaseReceiptListQuery query, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(PurchasingPermissions.View, ct) is { } denied)
        {
            return denied;
        }

        return new PurchaseReceiptExportRows(StreamAsync(query, ct));
    }

    /// <summary>Suppliers that have receipts, for the list's filter.</summary>
    public async Task<IReadOnlyList<(Guid Id, string Name)>> SuppliersAsync(CancellationToken ct = default)
    {
        if (!await guard.HasAsync(PurchasingPermissions.View, ct))
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var suppliers = await db.Suppliers.AsNoTracking().Where(s => db.PurchaseReceipts.Any(r => r.SupplierId == s.Id))
            .OrderBy(s => s.Name).Select(s => new { s.Id, s.Name }).ToListAsync(ct);
        return [.. suppliers.Select(s => (s.Id, s.Name))];
    }

    public async Task<Result<PurchaseReceiptDetails>> GetAsync(Guid id, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(PurchasingPermissions.View, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var receipt = await db.PurchaseReceipts.AsNoTracking().Include(r => r.Lines).Include(r => r.Charges)
            .AsSplitQuery().FirstOrDefaultAsync(r => r.Id == id, ct);
        if (receipt is null)
        {
            return PurchaseReceiptCommands.NotFound;
        }

        var organization = await db.Organizations.AsNoTracking().Where(o => o.Id == receipt.OrganizationId)
            .Select(o => new { o.Name, o.BaseCurrency }).FirstAsync(ct);
        var locationIds = receipt.Lines.Select(l => l.LocationId)
            .Concat(receipt.Lines.Where(l => l.QuarantineLocationId != null).Select(l => l.QuarantineLocationId!.Value)).Distinct().ToList();
        var locations = await db.Locations.AsNoTracking().IgnoreQueryFilters([ErpDbContext.SoftDeleteFilter])
            .Where(l => locationIds.Contains(l.Id)).ToDictionaryAsync(l => l.Id, l => l.Name, ct);
        var receivedBy = receipt.ReceivedBy is null ? null
            : await db.Users.AsNoTracking().Where(u => u.Id == receipt.ReceivedBy).Select(u => u.DisplayName).FirstOrDefaultAsync(ct);
        var movements = await db.StockMovements.AsNoTracking()
            .Where(m => m.SourceId == receipt.Id && m.SourceType == DocumentTypes.PurchaseReceipt).OrderBy(m => m.Sequence)
            .Select(m => new { m.ProductId, m.ProductSku, m.LocationId, m.Quantity, m.UnitCost, m.Value, m.Note }).ToListAsync(ct);
        var lines = receipt.Lines.OrderBy(l => l.LineNumber).Select(l => new PurchaseReceiptLineDetails(l.Id, l.LineNumber, l.ProductId,
            l.Sku, l.Description, locations.GetValueOrDefault(l.LocationId, ""), l.AcceptedQuantity, l.RejectedQuantity,
            l.QuarantinedQuantity, l.QuarantineLocationId is { } q ? locations.GetValueOrDefault(q, "") : null, l.QualityNote,
            l.UnitPrice, l.LandedCost, l.UnitCost)).ToList();
        return new PurchaseReceiptDetails(receipt.Id, receipt.Number, receipt.Status, organization.Name, organization.BaseCurrency,
            receipt.PurchaseOrderId, receipt.OrderNumber, receipt.SupplierId, receipt.SupplierName, receipt.ReceivedDate,
            receipt.DeliveryNote, receipt.Currency, receipt.ExchangeRate, receipt.LandedCostBasis, receipt.Notes, receivedBy, lines,
            [.. receipt.Charges.Select(c => new PurchaseReceiptChargeDetails(c.Description, c.Amount))],
            [.. movements.Select(m => new ReceiptMovementDetails(m.ProductId, m.ProductSku, locations.GetValueOrDefault(m.LocationId, ""),
                m.Quantity, m.UnitCost, m.Value, m.Note))]);
    }

    /// <summary>The order to receive, with its lines and the products' barcodes (for scanning); needs Purchasing.Receive.</summary>
    public async Task<Result<ReceivingOrder>> OrderToReceiveAsync(Guid orderId, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(PurchasingPermissions.Receive, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var order = await db.PurchaseOrders.AsNoTracking().Include(o => o.Lines).FirstOrDefaultAsync(o => o.Id == orderId, ct);
        if (order is null)
        {
            return PurchaseReceiptCommands.OrderNotFound;
        }

        var baseCurrency = await db.Organizations.AsNoTracking().Where(o => o.Id == order.OrganizationId)
            .Select(o => o.BaseCurrency).FirstAsync(ct);
        var location = await db.Locations.AsNoTracking().Where(l => l.Id == order.LocationId).Select(l => l.Name).FirstOrDefaultAsync(ct);
        var productIds = order.Lines.Select(l => l.ProductId).Distinct().ToList();
        var barcodes = await db.Products.AsNoTracking().IgnoreQueryFilters([ErpDbContext.SoftDeleteFilter])
            .Where(p => productIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Barcode, ct);
        var settings = await PurchasingRules.SettingsAsync(db, ct);
        return new ReceivingOrder(order.Id, order.Number, order.Status.ToString(), order.IsOpenForReceipt, order.OrganizationId,
            baseCurrency, order.SupplierName, order.LocationId, location ?? "", order.OrderDate, order.ExpectedDate, order.Currency,
            order.ExchangeRate, settings.OverReceiptTolerancePercent,
            [.. order.Lines.OrderBy(l => l.LineNumber).Select(l => new ReceivingOrderLine(l.Id, l.LineNumber, l.ProductId, l.Sku,
                string.IsNullOrEmpty(barcodes.GetValueOrDefault(l.ProductId)) ? null : barcodes[l.ProductId], l.SupplierSku,
                l.Description, l.Quantity, l.ReceivedQuantity, l.RejectedQuantity, l.UnitPrice))]);
    }

    /// <summary>The SKU and name of the product with this barcode or SKU, or null: for the scan field's message.</summary>
    public async Task<string?> ProductByCodeAsync(string code, CancellationToken ct = default)
    {
        var typed = code.Trim();
        if (typed.Length == 0 || !await guard.HasAsync(PurchasingPermissions.Receive, ct))
        {
            return null;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var sku = typed.ToUpperInvariant();
        return await db.Products.AsNoTracking().Where(p => p.Barcode == typed).Select(p => p.Sku + " " + p.Name).FirstOrDefaultAsync(ct)
            ?? await db.Products.AsNoTracking().Where(p => p.Sku == sku).Select(p => p.Sku + " " + p.Name).FirstOrDefaultAsync(ct);
    }

    private async IAsyncEnumerable<PurchaseReceiptRow> StreamAsync(PurchaseReceiptListQuery query,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await foreach (var row in Project(db, Sort(Filter(db, query), query)).AsAsyncEnumerable().WithCancellation(ct))
        {
            yield return row;
        }
    }

    private static IQueryable<Domain.Purchasing.Receipts.PurchaseReceipt> Filter(ErpDbContext db, PurchaseReceiptListQuery query)
    {
        var receipts = db.PurchaseReceipts.AsNoTracking();
        if (query.SupplierId is { } supplier)
        {
            receipts = receipts.Where(r => r.SupplierId == supplier);
        }

        if (query.From is { } from)
        {
            receipts = receipts.Where(r => r.ReceivedDate >= from);
        }

        if (query.To is { } to)
        {
            receipts = receipts.Where(r => r.ReceivedDate <= to);
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var pattern = Like.Contains(query.Search);
            receipts = receipts.Where(r => EF.Functions.Like(r.Number, pattern, "\\") || EF.Functions.Like(r.OrderNumber, pattern, "\\")
                || (r.DeliveryNote != null && EF.Functions.Like(r.DeliveryNote, pattern, "\\")));
        }

        return receipts;
    }

    /// <summary>Whitelisted sort keys; ties break on number so pages and the export agree.</summary>
    private static IQueryable<Domain.Purchasing.Receipts.PurchaseReceipt> Sort(IQueryable<Domain.Purchasing.Receipts.PurchaseReceipt> rows,
        PurchaseReceiptListQuery query) => (query.Sort, query.Desc) switch
        {
            ("number", false) => rows.OrderBy(r => r.Number),
            ("number", true) => rows.OrderByDescending(r => r.Number),
            ("order", false) => rows.OrderBy(r => r.OrderNumber).ThenByDescending(r => r.Number),
            ("order", true) => rows.OrderByDescending(r => r.OrderNumber).ThenByDescending(r => r.Number),
            ("supplier", false) => rows.OrderBy(r => r.SupplierName).ThenByDescending(r => r.Number),
            ("supplier", true) => rows.OrderByDescending(r => r.SupplierName).ThenByDescending(r => r.Number),
            ("date", false) => rows.OrderBy(r => r.ReceivedDate).ThenBy(r => r.Number),
            _ => rows.OrderByDescending(r => r.ReceivedDate).ThenByDescending(r => r.Number),
        };

    private static IQueryable<PurchaseReceiptRow> Project(ErpDbContext db, IQueryable<Domain.Purchasing.Receipts.PurchaseReceipt> rows) =>
        rows.Select(r => new PurchaseReceiptRow(r.Id, r.Number, r.ReceivedDate, r.PurchaseOrderId, r.OrderNumber, r.SupplierName,
            r.DeliveryNote, r.Lines.Count, r.LandedCostTotal,
            db.StockMovements.Where(m => m.SourceId == r.Id && m.SourceType == DocumentTypes.PurchaseReceipt).Sum(m => m.Value)));
}
