using Erp.Domain.Inventory.Adjustments;
using Erp.Domain.Inventory.Valuation;
using Erp.Web.Features.Inventory.Adjustments;
using Erp.Web.Features.Inventory.Receipts;
using Erp.Web.Features.Inventory.Settings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Erp.Tests.Web.Features.Inventory;

/// <summary>Receipts, adjustments and settings driven through their services as a given user of the test tenant.</summary>
internal static class ReceiptsTestKit
{
    public static GoodsReceiptInput Receipt(Guid location, params GoodsReceiptLineInput[] lines) =>
        new() { LocationId = location, Date = new DateTime(2026, 11, 23), SupplierReference = "INV-778", Lines = [.. lines] };

    public static GoodsReceiptLineInput Line(Guid product, decimal quantity, decimal unitCost, Guid? unit = null) =>
        new() { ProductId = product, Quantity = quantity, UnitCost = unitCost, UnitId = unit };

    public static Task<T> As<T>(this InventoryTestData data, string? userId, Func<IServiceProvider, Task<T>> action) =>
        data.App.InTenantAsync(data.Tenant.Id, userId ?? data.Tenant.AdminId, action);

    public static Task<Erp.Domain.Common.Result<Guid>> CreateReceiptAsync(this InventoryTestData data, GoodsReceiptInput input, string? userId = null) =>
        data.As(userId, sp => sp.GetRequiredService<GoodsReceiptCommands>().CreateAsync(input));

    public static Task<Erp.Domain.Common.Result<string>> PostReceiptAsync(this InventoryTestData data, Guid id, string? userId = null) =>
        data.As(userId, sp => sp.GetRequiredService<GoodsReceiptCommands>().PostAsync(id));

    /// <summary>Creates and posts a receipt, failing the test if either step fails.</summary>
    public static async Task<Guid> ReceiveAsync(this InventoryTestData data, Guid location, params GoodsReceiptLineInput[] lines)
    {
        var created = await data.CreateReceiptAsync(Receipt(location, lines));
        Assert.True(created.IsSuccess, created.Error?.Message);
        var posted = await data.PostReceiptAsync(created.Value);
        Assert.True(posted.IsSuccess, posted.Error?.Message);
        return created.Value;
    }

    public static async Task<Guid> ReasonAsync(this InventoryTestData data, string name)
    {
        var reasons = await data.As(null, sp => sp.GetRequiredService<InventorySettingsService>().ReasonsAsync());
        return reasons.Single(r => r.Name == name).Id;
    }

    public static async Task<StockAdjustmentInput> AdjustmentAsync(this InventoryTestData data, AdjustmentKind kind, string reason,
        params StockAdjustmentLineInput[] lines) =>
        new() { Kind = kind, LocationId = data.Main, ReasonId = await data.ReasonAsync(reason), Date = new DateTime(2026, 11, 23), Lines = [.. lines] };

    public static StockAdjustmentLineInput Change(Guid product, decimal quantity, decimal? unitCost = null) =>
        new() { ProductId = product, Quantity = quantity, UnitCost = unitCost };

    public static Task<Erp.Domain.Common.Result<Guid>> CreateAdjustmentAsync(this InventoryTestData data, StockAdjustmentInput input,
        string? userId = null) =>
        data.As(userId, sp => sp.GetRequiredService<StockAdjustmentCommands>().CreateAsync(input));

    public static Task<Erp.Domain.Common.Result<AdjustmentPostOutcome>> PostAdjustmentAsync(this InventoryTestData data, Guid id,
        string? userId = null) =>
        data.As(userId, sp => sp.GetRequiredService<StockAdjustmentCommands>().PostAsync(id));

    public static async Task SettingsAsync(this InventoryTestData data, CostingMethod method = CostingMethod.MovingAverage,
        bool allowNegative = false, decimal threshold = 1000m)
    {
        var saved = await data.As(null, sp => sp.GetRequiredService<InventorySettingsService>().SaveAsync(new InventorySettingsInput
        {
            CostingMethod = method, AllowNegativeStock = allowNegative, ApprovalThreshold = threshold,
        }));
        Assert.True(saved.IsSuccess, saved.Error?.Message);
    }

    public static Task<decimal> ValueAsync(this InventoryTestData data, Guid productId, Guid locationId) =>
        data.InDb(db => db.StockLevels.Where(l => l.ProductId == productId && l.LocationId == locationId)
            .Select(l => l.Value).FirstOrDefaultAsync());
}
