using Erp.Data;
using Erp.Domain.Common;
using Erp.Domain.Purchasing;
using Erp.Web.Infrastructure.Grids;
using Erp.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Purchasing.Requisitions;

/// <summary>Requisitions for the list and the detail page; filtered, sorted and paged in SQL.</summary>
public sealed class RequisitionQueries(IDbContextFactory<ErpDbContext> dbFactory, PermissionGuard guard)
{
    public const string ListUrl = "/purchasing/requisitions";

    public static string DetailUrl(Guid id) => $"/purchasing/requisitions/{id}";

    public async Task<Result<Paged<RequisitionRow>>> ListAsync(RequisitionListQuery query, int page, int pageSize, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(PurchasingPermissions.View, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var requisitions = db.PurchaseRequisitions.AsNoTracking();
        if (query.Status is { } status)
        {
            requisitions = requisitions.Where(r => r.Status == status);
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var pattern = Like.Contains(query.Search);
            requisitions = requisitions.Where(r => EF.Functions.Like(r.Number, pattern, "\\") || EF.Functions.Like(r.RequestedByName, pattern, "\\"));
        }

        var total = await requisitions.CountAsync(ct);
        var sorted = (query.Sort, query.Desc) switch
        {
            ("number", false) => requisitions.OrderBy(r => r.Number),
            ("number", true) => requisitions.OrderByDescending(r => r.Number),
            ("status", false) => requisitions.OrderBy(r => r.Status).ThenByDescending(r => r.Number),
            ("status", true) => requisitions.OrderByDescending(r => r.Status).ThenByDescending(r => r.Number),
            ("date", false) => requisitions.OrderBy(r => r.RequestDate).ThenBy(r => r.Number),
            _ => requisitions.OrderByDescending(r => r.RequestDate).ThenByDescending(r => r.Number),
        };
        var items = await sorted.Skip(Math.Max(0, page) * pageSize).Take(pageSize).Select(r => new RequisitionRow(r.Id, r.Number, r.RequestDate,
            r.NeededBy, r.Status, db.Locations.Where(l => l.Id == r.LocationId).Select(l => l.Name).FirstOrDefault() ?? "",
            r.RequestedByName, r.EstimatedTotal, r.Lines.Count)).ToListAsync(ct);
        return new Paged<RequisitionRow>(items, total);
    }

    public async Task<Result<RequisitionDetails>> GetAsync(Guid id, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(PurchasingPermissions.View, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var r = await db.PurchaseRequisitions.AsNoTracking().Include(x => x.Lines).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (r is null)
        {
            return RequisitionCommands.NotFound;
        }

        var location = await db.Locations.AsNoTracking().Where(l => l.Id == r.LocationId).Select(l => l.Name).FirstOrDefaultAsync(ct) ?? "";
        var supplierIds = r.Lines.Where(l => l.SupplierId is not null).Select(l => l.SupplierId!.Value).Distinct().ToList();
        var suppliers = await db.Suppliers.AsNoTracking().Where(s => supplierIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, ct);
        var orderIds = r.Lines.Where(l => l.PurchaseOrderId is not null).Select(l => l.PurchaseOrderId!.Value).Distinct().ToList();
        var orders = await db.PurchaseOrders.AsNoTracking().Where(o => orderIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Number, ct);
        var lines = r.Lines.OrderBy(l => l.LineNumber).Select(l => new RequisitionLineDetails(l.Id, l.LineNumber, l.ProductId, l.Sku,
            l.ProductName, l.Quantity, l.EstimatedUnitCost, l.EstimatedAmount, l.SupplierId,
            l.SupplierId is { } s ? suppliers.GetValueOrDefault(s) : null, l.Note, l.PurchaseOrderId,
            l.PurchaseOrderId is { } o ? orders.GetValueOrDefault(o) : null)).ToList();
        return new RequisitionDetails(r.Id, r.Number, r.Status, r.LocationId, location, r.RequestedById, r.RequestedByName, r.RequestDate,
            r.NeededBy, r.Reason, r.EstimatedTotal, r.ApprovedBy, r.ApprovedAt, r.AllowedNext, lines);
    }
}
