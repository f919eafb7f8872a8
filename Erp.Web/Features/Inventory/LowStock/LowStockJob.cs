using System.Globalization;
using Erp.Data;
using Erp.Data.Inventory;
using Erp.Domain.Inventory;
using Erp.Domain.Platform;
using Erp.Web.Features.Platform.Notifications;
using Erp.Web.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Inventory.LowStock;

/// <summary>
/// Hourly, per tenant: finds product × location stock at or below its reorder point and tells the inventory managers
/// (<see cref="InventoryPermissions.Manage"/>) in the app. Idempotent: a <see cref="LowStockAlert"/> row remembers each
/// item told about, so nobody is told again while it stays low; the row goes when the stock is above the point again.
/// </summary>
public sealed class LowStockJob(TenantJobRunner runner)
{
    public const string RecurringId = "low-stock";

    /// <summary>Up to this many newly low products get a notification each (linking to the product); more get one summary.</summary>
    public const int MaxSingleNotifications = 10;

    public Task RunAsync(CancellationToken ct) => runner.RunForEachTenantAsync(nameof(LowStockJob), ScanTenantAsync, ct);

    private static async Task ScanTenantAsync(IServiceProvider services, Guid tenantId, CancellationToken ct)
    {
        var dbFactory = services.GetRequiredService<IDbContextFactory<ErpDbContext>>();
        var clock = services.GetRequiredService<TimeProvider>();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var settings = await StockLedger.SettingsAsync(db, ct);
        var low = await ReorderLevels.Low(db, settings.DefaultReorderPoint).ToListAsync(ct);
        var alerts = await db.LowStockAlerts.ToListAsync(ct);

        var lowKeys = low.Select(l => (l.ProductId, l.LocationId)).ToHashSet();
        db.LowStockAlerts.RemoveRange(alerts.Where(a => !lowKeys.Contains((a.ProductId, a.LocationId))));
        var alerted = alerts.Select(a => (a.ProductId, a.LocationId)).ToHashSet();
        var fresh = low.Where(l => !alerted.Contains((l.ProductId, l.LocationId))).ToList();
        if (fresh.Count > 0)
        {
            // Told first, remembered after: a crash in between tells someone twice rather than never.
            var notifications = services.GetRequiredService<NotificationService>();
            foreach (var message in Messages(fresh))
            {
                await notifications.NotifyPermissionHoldersAsync(InventoryPermissions.Manage, message, ct: ct);
            }

            var now = clock.GetUtcNow();
            db.LowStockAlerts.AddRange(fresh.Select(l => new LowStockAlert(l.ProductId, l.LocationId, l.OnHand, l.ReorderPoint, now)));
        }

        await db.SaveChangesAsync(ct);
    }

    private static IEnumerable<NotificationMessage> Messages(List<ReorderLevel> fresh)
    {
        var byProduct = fresh.GroupBy(l => l.ProductId).OrderBy(g => g.First().Sku, StringComparer.Ordinal).ToList();
        if (byProduct.Count <= MaxSingleNotifications)
        {
            return byProduct.Select(g => new NotificationMessage(
                $"Low stock: {g.First().Sku} {Display(g.First())}",
                string.Join("; ", g.OrderBy(l => l.Location, StringComparer.Ordinal).Select(Line)),
                $"/catalog/products/{g.Key}",
                NotificationLevel.Warning));
        }

        var lines = fresh.OrderBy(l => l.OnHand).ThenBy(l => l.Sku, StringComparer.Ordinal).Take(5)
            .Select(l => $"{l.Sku} {Line(l)}");
        return
        [
            new NotificationMessage(
                string.Create(CultureInfo.InvariantCulture, $"Low stock: {byProduct.Count} products reached their reorder point"),
                string.Join("; ", lines) + string.Create(CultureInfo.InvariantCulture, $" … and {fresh.Count - 5} more at or below their reorder point."),
                "/",
                NotificationLevel.Warning),
        ];
    }

    private static string Display(ReorderLevel l) => l.VariantLabel is null ? l.Name : $"{l.Name} ({l.VariantLabel})";

    private static string Line(ReorderLevel l)
    {
        var line = string.Create(CultureInfo.InvariantCulture,
            $"{l.Location}: {l.OnHand:0.####} on hand, reorder point {l.ReorderPoint:0.####}");
        return l.ReorderQuantity > 0m
            ? line + string.Create(CultureInfo.InvariantCulture, $", reorder {l.ReorderQuantity:0.####}")
            : line;
    }
}
