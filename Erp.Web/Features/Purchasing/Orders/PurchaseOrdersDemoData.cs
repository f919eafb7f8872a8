using Erp.Data;
using Erp.Domain.Platform;
using Erp.Web.Features.Purchasing.Replenishment;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Purchasing.Orders;

/// <summary>
/// Purchase orders for the demo tenant, made through the real commands as the demo admin (in scope), after the suppliers'
/// demo data: one sent order to each of the first two suppliers (to receive), then one replenishment run (the proposals).
/// Skipped when the tenant has any purchase order or no supplier products.
/// </summary>
public sealed class PurchaseOrdersDemoData(IDbContextFactory<ErpDbContext> dbFactory, PurchaseOrderCommands orders, ReplenishmentPlanner planner)
{
    public async Task SeedAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await db.PurchaseOrders.AnyAsync(ct))
        {
            return;
        }

        var warehouse = await db.Locations.Where(l => l.Kind == LocationKind.Warehouse).OrderBy(l => l.Code).Select(l => l.Id).FirstOrDefaultAsync(ct);
        var supplied = await (from sp in db.SupplierProducts
                              join s in db.Suppliers on sp.SupplierId equals s.Id
                              where sp.IsPreferred && s.IsActive
                              orderby s.Code
                              select new { s.Code, sp.SupplierId, sp.ProductId }).ToListAsync(ct);
        if (warehouse == Guid.Empty || supplied.Count == 0)
        {
            return;
        }

        foreach (var supplier in supplied.GroupBy(s => s.SupplierId).Take(2))
        {
            var created = await orders.CreateAsync(new PurchaseOrderInput
            {
                SupplierId = supplier.Key, LocationId = warehouse, Notes = "Demo order: receive it",
                Lines = [.. supplier.Take(3).Select(s => new PurchaseOrderLineInput { ProductId = s.ProductId, Quantity = 24m })],
            }, ct);
            if (created.IsSuccess && (await orders.ApproveAsync(created.Value, "Demo", ct)).IsSuccess)
            {
                await orders.SendAsync(created.Value, ct);
            }
        }

        await planner.RunAsync(ct);
    }
}
