using Erp.Domain.Inventory;
using Erp.Domain.Inventory.Adjustments;
using Erp.Domain.Inventory.Valuation;
using Erp.Domain.Platform;
using Erp.Domain.Platform.Documents;
using Erp.Tests.TestInfrastructure;
using Erp.Web.Features.Inventory.Adjustments;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Erp.Tests.Web.Features.Inventory.ReceiptsTestKit;

namespace Erp.Tests.Web.Features.Inventory;

public class AdjustmentsTests(ErpAppFactory app) : IClassFixture<ErpAppFactory>
{
    [Fact]
    public async Task Post_BelowThreshold_PostsAtOnce_WithMovementsCarryingTheNumber()
    {
        var data = await InventoryTestData.CreateAsync(app);
        var p = await data.ProductAsync("ADJ1", 1m);
        await data.ReceiveAsync(data.Main, Line(p, 10m, 2m));

        var created = await data.CreateAdjustmentAsync(await data.AdjustmentAsync(AdjustmentKind.Adjustment, "Loss", Change(p, -3m)));
        var posted = await data.PostAdjustmentAsync(created.Value);

        Assert.Equal(AdjustmentPostOutcome.Posted, posted.Value);
        Assert.Equal(7m, await data.OnHandAsync(p, data.Main));
        Assert.Equal(14m, await data.ValueAsync(p, data.Main));
        var adjustment = await data.InDb(db => db.StockAdjustments.SingleAsync(a => a.Id == created.Value));
        Assert.Equal(StockAdjustmentStatus.Posted, adjustment.Status);
        Assert.Equal("ADJ-2026-000001", adjustment.Number);
        Assert.Equal(6m, adjustment.Value);
        var movement = await data.InDb(db => db.StockMovements.SingleAsync(m => m.SourceId == created.Value));
        Assert.Equal(MovementKind.AdjustmentOut, movement.Kind);
        Assert.Equal(-3m, movement.Quantity);
        Assert.Equal("ADJ-2026-000001", movement.SourceNumber);
        Assert.Equal(DocumentTypes.StockAdjustment, movement.SourceType);
        Assert.Equal("Loss", movement.Note);
        await data.AssertLedgerBalancesAsync();
    }

    [Fact]
    public async Task Found_WithoutCost_ComesInAtCurrentCost_AndWithCost_AtThatCostPerBaseUnit()
    {
        var data = await InventoryTestData.CreateAsync(app);
        var p = await data.ProductAsync("FOUND", 1m);
        await data.ReceiveAsync(data.Main, Line(p, 10m, 2m));

        var atCurrent = await data.CreateAdjustmentAsync(await data.AdjustmentAsync(AdjustmentKind.Adjustment, "Found", Change(p, 5m)));
        await data.PostAdjustmentAsync(atCurrent.Value);
        var boxInput = await data.AdjustmentAsync(AdjustmentKind.Adjustment, "Found", Change(p, 1m, 48m));
        boxInput.Lines[0].UnitId = data.Basics.Box;
        var atCost = await data.CreateAdjustmentAsync(boxInput);
        await data.PostAdjustmentAsync(atCost.Value);

        Assert.Equal(27m, await data.OnHandAsync(p, data.Main));
        Assert.Equal(30m + 48m, await data.ValueAsync(p, data.Main)); // 15 × 2, then 12 × 4
        var kinds = await data.InDb(db => db.StockMovements.Where(m => m.SourceId == atCost.Value).Select(m => new { m.Kind, m.UnitCost }).SingleAsync());
        Assert.Equal(MovementKind.AdjustmentIn, kinds.Kind);
        Assert.Equal(4m, kinds.UnitCost);
    }

    [Fact]
    public async Task AboveThreshold_NeedsAnotherApprover_AndApproversAreNotified()
    {
        var data = await InventoryTestData.CreateAsync(app);
        await data.SettingsAsync(threshold: 50m);
        var p = await data.ProductAsync("BIG", 1m);
        await data.ReceiveAsync(data.Main, Line(p, 100m, 2m));
        var manager = await data.Tenant.AddUserAsync(BuiltInRoles.Manager);
        var storekeeper = await data.Tenant.AddUserAsync(BuiltInRoles.InventoryManager);
        var created = await data.CreateAdjustmentAsync(await data.AdjustmentAsync(AdjustmentKind.Adjustment, "Damage", Change(p, -30m)), storekeeper);

        var submitted = await data.PostAdjustmentAsync(created.Value, storekeeper);

        Assert.Equal(AdjustmentPostOutcome.AwaitingApproval, submitted.Value);
        Assert.Equal(100m, await data.OnHandAsync(p, data.Main));
        var told = await data.InDb(db => db.Notifications.Where(n => n.Link == StockAdjustmentQueries.DetailUrl(created.Value))
            .Select(n => n.UserId).ToListAsync());
        Assert.Contains(manager, told);
        Assert.Contains(data.Tenant.AdminId, told);
        Assert.DoesNotContain(storekeeper, told);

        var commands = (IServiceProvider sp) => sp.GetRequiredService<StockAdjustmentCommands>();
        var byStorekeeper = await data.As(storekeeper, sp => commands(sp).ApproveAsync(created.Value));
        Assert.Equal("common.forbidden", byStorekeeper.Error!.Code);
        var approved = await data.As(manager, sp => commands(sp).ApproveAsync(created.Value));

        Assert.True(approved.IsSuccess, approved.Error?.Message);
        Assert.Equal(70m, await data.OnHandAsync(p, data.Main));
        var adjustment = await data.InDb(db => db.StockAdjustments.SingleAsync(a => a.Id == created.Value));
        Assert.Equal(StockAdjustmentStatus.Posted, adjustment.Status);
        Assert.Equal(manager, adjustment.ApprovedBy);
        Assert.Equal(storekeeper, adjustment.SubmittedBy);
        Assert.Equal(60m, adjustment.Value);
    }

    [Fact]
    public async Task Submitter_CannotApproveTheirOwn_EvenWithApprovePermission()
    {
        var data = await InventoryTestData.CreateAsync(app);
        await data.SettingsAsync(threshold: 10m);
        var p = await data.ProductAsync("SELF", 1m);
        await data.ReceiveAsync(data.Main, Line(p, 100m, 2m));
        var created = await data.CreateAdjustmentAsync(await data.AdjustmentAsync(AdjustmentKind.Adjustment, "Damage", Change(p, -30m)));
        await data.PostAdjustmentAsync(created.Value);

        var own = await data.As(null, sp => sp.GetRequiredService<StockAdjustmentCommands>().ApproveAsync(created.Value));

        Assert.Equal(InventoryDocumentErrors.SelfApproval, own.Error);
        Assert.Equal(100m, await data.OnHandAsync(p, data.Main));
    }

    [Fact]
    public async Task Reject_SendsBackToDraftWithReason_ThenItCanBeCancelled_AndNeverPosts()
    {
        var data = await InventoryTestData.CreateAsync(app);
        await data.SettingsAsync(threshold: 0m);
        var p = await data.ProductAsync("REJ", 1m);
        await data.ReceiveAsync(data.Main, Line(p, 10m, 1m));
        var manager = await data.Tenant.AddUserAsync(BuiltInRoles.Manager);
        var created = await data.CreateAdjustmentAsync(await data.AdjustmentAsync(AdjustmentKind.Adjustment, "Loss", Change(p, -1m)));
        Assert.Equal(AdjustmentPostOutcome.AwaitingApproval, (await data.PostAdjustmentAsync(created.Value)).Value);
        var commands = (IServiceProvider sp) => sp.GetRequiredService<StockAdjustmentCommands>();

        var noReason = await data.As(manager, sp => commands(sp).RejectAsync(created.Value, ""));
        var rejected = await data.As(manager, sp => commands(sp).RejectAsync(created.Value, "Count it again first"));
        var cancelled = await data.As(null, sp => commands(sp).CancelAsync(created.Value, "Miscount"));
        var posted = await data.PostAdjustmentAsync(created.Value);

        Assert.Equal(DocumentErrors.ReasonRequired, noReason.Error);
        Assert.True(rejected.IsSuccess, rejected.Error?.Message);
        Assert.True(cancelled.IsSuccess, cancelled.Error?.Message);
        Assert.Equal("inventory.document_not_draft", posted.Error!.Code);
        Assert.Equal(10m, await data.OnHandAsync(p, data.Main));
        var history = await data.InDb(db => db.DocumentStatusChanges.Where(c => c.DocumentId == created.Value)
            .Select(c => new { c.FromStatus, c.ToStatus, c.Reason }).ToListAsync());
        Assert.Contains(history, h => h.FromStatus == "Submitted" && h.ToStatus == "Draft" && h.Reason == "Count it again first");
        Assert.Contains(history, h => h.FromStatus == "Draft" && h.ToStatus == "Cancelled" && h.Reason == "Miscount");
    }

    [Fact]
    public async Task Scrap_TakesStockOutAsScrap_WithItsOwnNumbering_AndRefusesIncreases()
    {
        var data = await InventoryTestData.CreateAsync(app);
        var p = await data.ProductAsync("MILK", 1m);
        await data.ReceiveAsync(data.Main, Line(p, 10m, 1.5m));

        var created = await data.CreateAdjustmentAsync(await data.AdjustmentAsync(AdjustmentKind.Scrap, "Expiry", Change(p, 4m)));
        var posted = await data.PostAdjustmentAsync(created.Value);
        var increase = await data.CreateAdjustmentAsync(await data.AdjustmentAsync(AdjustmentKind.Scrap, "Expiry", Change(p, -4m)));

        Assert.Equal(AdjustmentPostOutcome.Posted, posted.Value);
        Assert.Equal(6m, await data.OnHandAsync(p, data.Main));
        var movement = await data.InDb(db => db.StockMovements.SingleAsync(m => m.SourceId == created.Value));
        Assert.Equal(MovementKind.Scrap, movement.Kind);
        Assert.Equal(DocumentTypes.Scrap, movement.SourceType);
        Assert.Equal("SCR-2026-000001", movement.SourceNumber);
        Assert.Equal(-6m, movement.Value);
        Assert.Equal(InventoryDocumentErrors.ScrapIncreases.Code, increase.Error!.Code);
        var lists = await data.As(null, async sp =>
        {
            var queries = sp.GetRequiredService<StockAdjustmentQueries>();
            return ((await queries.ListAsync(new StockAdjustmentListQuery(AdjustmentKind.Scrap), 0, 25)).Value.Total,
                (await queries.ListAsync(new StockAdjustmentListQuery(AdjustmentKind.Adjustment), 0, 25)).Value.Total);
        });
        Assert.Equal((1, 0), lists);
    }

    [Fact]
    public async Task NegativeStock_IsRefusedAndChangesNothing_UnlessTheSettingAllowsIt()
    {
        var data = await InventoryTestData.CreateAsync(app);
        var p = await data.ProductAsync("NEG", 1m);
        await data.ReceiveAsync(data.Main, Line(p, 2m, 1m));
        var created = await data.CreateAdjustmentAsync(await data.AdjustmentAsync(AdjustmentKind.Adjustment, "Loss", Change(p, -5m)));

        var refused = await data.PostAdjustmentAsync(created.Value);

        Assert.Equal("inventory.insufficient_stock", refused.Error!.Code);
        Assert.Equal(2m, await data.OnHandAsync(p, data.Main));
        Assert.Equal(StockAdjustmentStatus.Draft, await data.InDb(db => db.StockAdjustments.Where(a => a.Id == created.Value).Select(a => a.Status).SingleAsync()));

        await data.SettingsAsync(allowNegative: true);
        var allowed = await data.PostAdjustmentAsync(created.Value);

        Assert.True(allowed.IsSuccess, allowed.Error?.Message);
        Assert.Equal(-3m, await data.OnHandAsync(p, data.Main));
    }

    [Theory]
    [InlineData(CostingMethod.MovingAverage, 20)]
    [InlineData(CostingMethod.Fifo, 10)]
    public async Task CostingMethodSetting_DecidesTheIssueCost(CostingMethod method, decimal expectedScrapValue)
    {
        var data = await InventoryTestData.CreateAsync(app);
        await data.SettingsAsync(method);
        var p = await data.ProductAsync("COST", 1m);
        await data.ReceiveAsync(data.Main, Line(p, 10m, 1m));
        await data.ReceiveAsync(data.Main, Line(p, 10m, 3m));

        // Moving average: 20 units worth 40 → 2.00 each, 10 leave worth 20. FIFO: the oldest 10 at 1.00 leave, worth 10.
        var created = await data.CreateAdjustmentAsync(await data.AdjustmentAsync(AdjustmentKind.Scrap, "Damage", Change(p, 10m)));
        await data.PostAdjustmentAsync(created.Value);

        var movement = await data.InDb(db => db.StockMovements.SingleAsync(m => m.SourceId == created.Value));
        Assert.Equal(-expectedScrapValue, movement.Value);
        Assert.Equal(40m - expectedScrapValue, await data.ValueAsync(p, data.Main));
    }

    [Fact]
    public async Task BadInput_IsRefused_AndNothingIsSaved()
    {
        var data = await InventoryTestData.CreateAsync(app);
        var p = await data.ProductAsync("BADADJ", 1m);
        var zero = await data.CreateAdjustmentAsync(await data.AdjustmentAsync(AdjustmentKind.Adjustment, "Loss", Change(p, 0m)));
        var costOnLoss = await data.CreateAdjustmentAsync(await data.AdjustmentAsync(AdjustmentKind.Adjustment, "Loss", Change(p, -1m, 2m)));
        var unknownProduct = await data.CreateAdjustmentAsync(await data.AdjustmentAsync(AdjustmentKind.Adjustment, "Loss", Change(Guid.NewGuid(), -1m)));
        var noReason = await data.AdjustmentAsync(AdjustmentKind.Adjustment, "Loss", Change(p, -1m));
        noReason.ReasonId = Guid.NewGuid();

        Assert.Contains("other than zero", zero.Error!.Message, StringComparison.Ordinal);
        Assert.Equal(InventoryDocumentErrors.CostOnDecrease.Code, costOnLoss.Error!.Code);
        Assert.Equal("Line 1: The product was not found.", unknownProduct.Error!.Message);
        Assert.Equal(InventoryDocumentErrors.UnknownReason, (await data.CreateAdjustmentAsync(noReason)).Error);
        Assert.Equal(0, await data.InDb(db => db.StockAdjustments.CountAsync()));
    }

    [Fact]
    public async Task AnotherTenant_CannotSeeApproveOrPost()
    {
        var data = await InventoryTestData.CreateAsync(app);
        var other = await InventoryTestData.CreateAsync(app);
        await data.SettingsAsync(threshold: 0m);
        var p = await data.ProductAsync("ISOADJ", 1m);
        await data.ReceiveAsync(data.Main, Line(p, 5m, 1m));
        var created = await data.CreateAdjustmentAsync(await data.AdjustmentAsync(AdjustmentKind.Adjustment, "Loss", Change(p, -1m)));
        await data.PostAdjustmentAsync(created.Value);

        var read = await other.As(null, sp => sp.GetRequiredService<StockAdjustmentQueries>().GetAsync(created.Value));
        var approve = await other.As(null, sp => sp.GetRequiredService<StockAdjustmentCommands>().ApproveAsync(created.Value));

        Assert.Equal(StockAdjustmentCommands.NotFound, read.Error);
        Assert.Equal(StockAdjustmentCommands.NotFound, approve.Error);
        Assert.Equal(5m, await data.OnHandAsync(p, data.Main));
    }
}
