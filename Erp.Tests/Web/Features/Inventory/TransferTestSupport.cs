using Erp.Data.Inventory;
using Erp.Domain.Common;
using Erp.Domain.Inventory;
using Erp.Domain.Inventory.Transfers;
using Erp.Domain.Inventory.Valuation;
using Erp.Domain.Platform;
using Erp.Web.Features.Inventory.Transfers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Erp.Tests.Web.Features.Inventory;

/// <summary>Shortcuts for the transfer tests: commands as the tenant admin, stock and value read-outs.</summary>
internal static class TransferTestSupport
{
    public static TransferInput Input(Guid from, Guid to, params (Guid Product, decimal Quantity)[] lines) => new()
    {
        FromLocationId = from,
        ToLocationId = to,
        Date = new DateOnly(2026, 11, 23),
        Note = "Weekly restock",
        Lines = lines.Select(l => new TransferLineEdit { ProductId = l.Product, Quantity = l.Quantity }).ToList(),
    };

    public static Task<T> Commands<T>(this InventoryTestData data, Func<TransferCommands, Task<T>> action) =>
        data.AsAdmin(sp => action(sp.GetRequiredService<TransferCommands>()));

    public static Task<T> Queries<T>(this InventoryTestData data, Func<TransferQueries, Task<T>> action) =>
        data.AsAdmin(sp => action(sp.GetRequiredService<TransferQueries>()));

    public static async Task<Guid> CreateAsync(this InventoryTestData data, TransferInput input)
    {
        var created = await data.Commands(c => c.CreateAsync(input));
        Assert.True(created.IsSuccess, created.Error?.Message);
        return created.Value;
    }

    public static async Task<Guid> ShippedAsync(this InventoryTestData data, TransferInput input)
    {
        var id = await data.CreateAsync(input);
        var shipped = await data.Commands(c => c.ShipAsync(id));
        Assert.True(shipped.IsSuccess, shipped.Error?.Message);
        return id;
    }

    public static async Task<TransferDetails> DetailsAsync(this InventoryTestData data, Guid id)
    {
        var details = await data.Queries(q => q.DetailsAsync(id));
        Assert.True(details.IsSuccess, details.Error?.Message);
        return details.Value;
    }

    public static Task ReceiveStockAsync(this InventoryTestData data, Guid product, Guid location, decimal quantity, decimal cost) =>
        AssertOk(data.PostAsync(new StockChange(product, location, quantity, MovementKind.Receipt, cost)));

    public static Task<Guid> TransitLocationAsync(this InventoryTestData data) =>
        data.InDb(db => db.Locations.Where(l => l.OrganizationId == data.OrganizationId && l.Kind == LocationKind.Transit)
            .Select(l => l.Id).SingleAsync());

    /// <summary>On hand, available and value of one product at one location (zeros when it never held it).</summary>
    public static Task<(decimal OnHand, decimal Available, decimal Value)> LevelAsync(this InventoryTestData data, Guid product, Guid location) =>
        data.InDb(async db =>
        {
            var level = await db.StockLevels.AsNoTracking().FirstOrDefaultAsync(l => l.ProductId == product && l.LocationId == location);
            return level is null ? (0m, 0m, 0m) : (level.OnHand, level.Available, level.Value);
        });

    /// <summary>The product's total stock value over every location (transit included): what the valuation adds up.</summary>
    public static Task<decimal> TotalValueAsync(this InventoryTestData data, Guid product) =>
        data.InDb(async db => (await db.StockLevels.AsNoTracking().Where(l => l.ProductId == product).Select(l => l.Value).ToListAsync()).Sum());

    public static Task<int> MovementCountAsync(this InventoryTestData data) => data.InDb(db => db.StockMovements.CountAsync());

    public static Task UseCostingAsync(this InventoryTestData data, CostingMethod method, bool allowNegative = false) =>
        data.InDb(async db =>
        {
            db.InventorySettings.Add(new InventorySettings(method, allowNegative, 1000m, 0m));
            await db.SaveChangesAsync();
            return true;
        });

    public static Task<TransferStatus> StatusAsync(this InventoryTestData data, Guid id) =>
        data.InDb(db => db.StockTransfers.Where(t => t.Id == id).Select(t => t.Status).SingleAsync());

    private static async Task AssertOk<T>(Task<Result<T>> task)
    {
        var result = await task;
        Assert.True(result.IsSuccess, result.Error?.Message);
    }
}
