using System.Security.Claims;
using Bunit;
using Erp.Data.Tenancy;
using Erp.Domain.Inventory;
using Erp.Domain.Inventory.Adjustments;
using Erp.Domain.Platform;
using Erp.Tests.TestInfrastructure;
using Erp.Tests.Web.Features.Inventory;
using Erp.Web.Features.Inventory.Adjustments;
using Erp.Web.Features.Platform.Account;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using static Erp.Tests.Web.Features.Inventory.ReceiptsTestKit;

namespace Erp.Tests.Web.Components.Inventory;

/// <summary>The adjustment page over a real database: Approve shows only to an approver who did not submit it.</summary>
public class AdjustmentDetailTests(ErpAppFactory app) : IClassFixture<ErpAppFactory>
{
    [Fact]
    public async Task SubmittedAdjustment_ShowsApproveToAnotherApprover_ButNotToItsSubmitter()
    {
        var data = await InventoryTestData.CreateAsync(app);
        await data.SettingsAsync(threshold: 0m);
        var p = await data.ProductAsync("BUNIT", 1m);
        await data.ReceiveAsync(data.Main, Line(p, 5m, 1m));
        var created = await data.CreateAdjustmentAsync(await data.AdjustmentAsync(AdjustmentKind.Adjustment, "Loss", Change(p, -1m)));
        await data.PostAdjustmentAsync(created.Value);
        var manager = await data.Tenant.AddUserAsync(BuiltInRoles.Manager);

        Assert.Equal(1, await ApproveButtonsAsync(data, manager, created.Value));
        Assert.Equal(0, await ApproveButtonsAsync(data, data.Tenant.AdminId, created.Value));
    }

    private async Task<int> ApproveButtonsAsync(InventoryTestData data, string userId, Guid id)
    {
        await using var scope = app.Services.CreateAsyncScope();
        ((TenantContext)scope.ServiceProvider.GetRequiredService<ITenantContext>()).Set(data.Tenant.Id, null, userId);
        await using var ctx = new BunitContext();
        ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        ctx.Services.AddMudServices();
        ctx.Services.AddSingleton(scope.ServiceProvider.GetRequiredService<StockAdjustmentQueries>());
        ctx.Services.AddSingleton(scope.ServiceProvider.GetRequiredService<StockAdjustmentCommands>());
        ctx.Services.AddSingleton(scope.ServiceProvider.GetRequiredService<UserClock>());
        var auth = ctx.AddAuthorization();
        auth.SetAuthorized("user");
        auth.SetClaims(new Claim(ClaimTypes.NameIdentifier, userId));
        auth.SetPolicies(InventoryPermissions.View, InventoryPermissions.Manage, InventoryPermissions.Approve);

        var cut = ctx.Render<AdjustmentDetail>(p => p.Add(c => c.Id, id));

        cut.WaitForAssertion(() => Assert.Contains("ADJ-2026-000001", cut.Markup, StringComparison.Ordinal));
        Assert.Contains("Awaiting approval", cut.Markup, StringComparison.Ordinal);
        return cut.FindAll("[data-testid=adjustment-approve]").Count;
    }
}
