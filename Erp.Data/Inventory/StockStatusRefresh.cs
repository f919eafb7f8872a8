using Erp.Data.Tenancy;
using Erp.Domain.Inventory;
using Microsoft.EntityFrameworkCore;

namespace Erp.Data.Inventory;

/// <summary>Keeps <see cref="ProductStock.Status"/> in step when the tenant's default reorder point changes.</summary>
public static class StockStatusRefresh
{
    /// <summary>
    /// Recomputes the status of every product without a reorder point of its own against <paramref name="defaultReorderPoint"/>,
    /// in one UPDATE. Call it in the transaction that saves the new <see cref="InventorySettings"/>.
    /// </summary>
    public static Task<int> ApplyDefaultReorderPointAsync(ErpDbContext db, decimal defaultReorderPoint, CancellationToken ct = default)
    {
        var tenantId = db.CurrentTenantId ?? throw new TenantIsolationException("No tenant is in scope; refusing to update stock.");
        var inheriting = db.Products.IgnoreQueryFilters([ErpDbContext.SoftDeleteFilter]).Where(p => p.ReorderPoint <= 0m).Select(p => p.Id);
        // ExecuteUpdate is not guarded by the tenant filter: the condition is explicit.
        return db.ProductStocks.Where(s => s.TenantId == tenantId && inheriting.Contains(s.ProductId))
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.Status, s => s.OnHand <= 0m ? StockStatus.Out
                : s.OnHand <= defaultReorderPoint ? StockStatus.Low : StockStatus.InStock), ct);
    }
}
