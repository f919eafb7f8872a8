using Erp.Domain.Inventory;
using Erp.Domain.Inventory.Adjustments;
using Erp.Domain.Inventory.Valuation;
using Erp.Domain.Platform;
using Erp.Tests.TestInfrastructure;
using Erp.Web.Features.Inventory.Settings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Erp.Tests.Web.Features.Inventory.ReceiptsTestKit;

namespace Erp.Tests.Web.Features.Inventory;

public class InventorySettingsTests(ErpAppFactory app) : IClassFixture<ErpAppFactory>
{
    private static InventorySettingsService Service(IServiceProvider sp) => sp.GetRequiredService<InventorySettingsService>();

    [Fact]
    public async Task Reasons_StandardFiveAreCreatedOnFirstRead_Once()
    {
        var data = await InventoryTestData.CreateAsync(app);

        var first = await data.As(null, sp => Service(sp).ReasonsAsync());
        var second = await data.As(null, sp => Service(sp).ReasonsAsync());

        Assert.Equal(AdjustmentReason.StandardNames.Order(StringComparer.Ordinal), first.Select(r => r.Name));
        Assert.Equal(first, second);
        Assert.Equal(5, await data.InDb(db => db.AdjustmentReasons.CountAsync()));
    }

    [Fact]
    public async Task Reasons_AddRenameDeactivate_AndDuplicatesAreRefused()
    {
        var data = await InventoryTestData.CreateAsync(app);
        await data.As(null, sp => Service(sp).ReasonsAsync());

        var added = await data.As(null, sp => Service(sp).AddReasonAsync("  Theft "));
        var duplicate = await data.As(null, sp => Service(sp).AddReasonAsync("damage"));
        var empty = await data.As(null, sp => Service(sp).AddReasonAsync(" "));
        var renamed = await data.As(null, sp => Service(sp).RenameReasonAsync(added.Value, "Shoplifting"));
        var loss = await data.ReasonAsync("Loss");
        var deactivated = await data.As(null, sp => Service(sp).SetReasonActiveAsync(loss, false));

        Assert.True(added.IsSuccess && renamed.IsSuccess && deactivated.IsSuccess);
        Assert.Contains("already a reason called \"damage\"", duplicate.Error!.Message, StringComparison.Ordinal);
        Assert.False(empty.IsSuccess);
        var active = await data.As(null, sp => Service(sp).ReasonsAsync());
        Assert.Contains(active, r => r.Name == "Shoplifting");
        Assert.DoesNotContain(active, r => r.Name == "Loss");
        var all = await data.As(null, sp => Service(sp).ReasonsAsync(includeInactive: true));
        Assert.Contains(all, r => r.Name == "Loss" && !r.IsActive);

        var p = await data.ProductAsync("RSN", 1m);
        var input = await data.AdjustmentAsync(AdjustmentKind.Adjustment, "Damage", Change(p, 1m));
        input.ReasonId = loss;
        Assert.Equal(InventoryDocumentErrors.UnknownReason, (await data.CreateAdjustmentAsync(input)).Error);
    }

    [Fact]
    public async Task Save_ChangesTheSettings_IsAudited_AndOnlyConfigureMayDoIt()
    {
        var data = await InventoryTestData.CreateAsync(app);
        var buyer = await data.Tenant.AddUserAsync(BuiltInRoles.Buyer);
        var storekeeper = await data.Tenant.AddUserAsync(BuiltInRoles.InventoryManager);
        var input = new InventorySettingsInput { CostingMethod = CostingMethod.Fifo, AllowNegativeStock = true, ApprovalThreshold = 250m, DefaultReorderPoint = 5m };

        var byBuyer = await data.As(buyer, sp => Service(sp).SaveAsync(input));
        var byStorekeeper = await data.As(storekeeper, sp => Service(sp).SaveAsync(input));
        var negative = await data.As(null, sp => Service(sp).SaveAsync(new InventorySettingsInput { ApprovalThreshold = -1m }));
        var addReasonByBuyer = await data.As(buyer, sp => Service(sp).AddReasonAsync("Gift"));

        Assert.Equal("common.forbidden", byBuyer.Error!.Code);
        Assert.Equal("common.forbidden", addReasonByBuyer.Error!.Code);
        Assert.True(byStorekeeper.IsSuccess, byStorekeeper.Error?.Message);
        Assert.Equal("Thresholds cannot be negative.", negative.Error!.Message);
        var saved = await data.As(buyer, sp => Service(sp).GetAsync());
        Assert.Equal(CostingMethod.Fifo, saved.Value.CostingMethod);
        Assert.True(saved.Value.AllowNegativeStock);
        Assert.Equal(250m, saved.Value.ApprovalThreshold);
        Assert.Equal(5m, saved.Value.DefaultReorderPoint);
        Assert.True(await data.InDb(db => db.AuditEntries.AnyAsync(e => e.EntityType.Contains("InventorySettings") && e.UserId == storekeeper)));
    }

    [Fact]
    public async Task ChangingTheDefaultReorderPoint_UpdatesTheStockStatusOfProductsThatFollowIt()
    {
        var data = await InventoryTestData.CreateAsync(app);
        var follows = await data.ProductAsync("FOLLOWS", 1m);
        var own = await data.ProductAsync("OWNPOINT", 1m, p => p.ReorderPoint = 2m);
        await data.PostAsync(new Erp.Data.Inventory.StockChange(follows, data.Main, 5m, MovementKind.Receipt, 1m),
            new Erp.Data.Inventory.StockChange(own, data.Main, 5m, MovementKind.Receipt, 1m));

        var saved = await data.As(null, sp => Service(sp).SaveAsync(new InventorySettingsInput { ApprovalThreshold = 100m, DefaultReorderPoint = 10m }));

        Assert.True(saved.IsSuccess, saved.Error?.Message);
        var statuses = await data.InDb(db => db.ProductStocks.AsNoTracking().ToDictionaryAsync(s => s.ProductId, s => s.Status));
        Assert.Equal(StockStatus.Low, statuses[follows]);
        Assert.Equal(StockStatus.InStock, statuses[own]);
    }
}
