using Erp.Data;
using Erp.Data.Inventory;
using Erp.Domain.Common;
using Erp.Domain.Inventory;
using Erp.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Inventory.LowStock;

public sealed record LowStockRow(Guid ProductId, Guid LocationId, string Sku, string Name, string Location, decimal OnHand,
    decimal ReorderPoint, decimal ReorderQuantity)
{
    public StockStatus Status => StockStatusRule.Of(OnHand, ReorderPoint);
}

public sealed record LowStockSummary(IReadOnlyList<LowStockRow> Items, int Total);

/// <summary>What the "Low stock" dashboard widget shows: product × location at or below the reorder point, emptiest first.</summary>
public sealed class LowStockQueries(IDbContextFactory<ErpDbContext> dbFactory, PermissionGuard guard)
{
    public async Task<Result<LowStockSummary>> TopAsync(int take, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(InventoryPermissions.View, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var settings = await StockLedger.SettingsAsync(db, ct);
        var low = ReorderLevels.Low(db, settings.DefaultReorderPoint);
        var total = await low.CountAsync(ct);
        var items = await low.OrderBy(r => r.OnHand).ThenBy(r => r.Sku).ThenBy(r => r.Location).Take(take)
            .Select(r => new LowStockRow(r.ProductId, r.LocationId, r.Sku,
                r.VariantLabel == null ? r.Name : r.Name + " (" + r.VariantLabel + ")", r.Location, r.OnHand, r.ReorderPoint,
                r.ReorderQuantity))
            .ToListAsync(ct);
        return new LowStockSummary(items, total);
    }
}
