using System.Security.Claims;
using Bunit;
using Erp.Data.Tenancy;
using Erp.Domain.Platform;
using Erp.Domain.Sales;
using Erp.Tests.TestInfrastructure;
using Erp.Tests.Web.Features.Inventory;
using Erp.Tests.Web.Features.Sales.Orders;
using Erp.Web.Features.Platform.Account;
using Erp.Web.Features.Sales.Orders;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using static Erp.Tests.Web.Features.Sales.Orders.SalesOrderTestKit;

namespace Erp.Tests.Web.Components.Sales;

/// <summary>The sales order page over a real database: the action buttons follow the status and the user's permissions.</summary>
public class SalesOrderDetailTests(ErpAppFactory app) : IClassFixture<ErpAppFactory>
{
    private static readonly string[] RepPolicies = [SalesPermissions.View, SalesPermissions.Manage];
    private static readonly string[] ManagerPolicies = [SalesPermissions.View, SalesPermissions.Manage, SalesPermissions.Approve];

    [Fact]
    public async Task Actions_FollowStatusAndPermission()
    {
        var data = await InventoryTestData.CreateAsync(app);
        var customer = await data.CustomerAsync(change: c => c.CreditLimit = 10m);
        var p = await data.StockedProductAsync("BUNITSO", 10m);
        var rep = await data.Tenant.AddUserAsync(BuiltInRoles.SalesRep);
        var manager = await data.Tenant.AddUserAsync(BuiltInRoles.Manager);
        var draft = await data.CreateOrderAsync(Order(data, customer, Line(p, 1m)), rep);
        var waiting = await data.CreateOrderAsync(Order(data, customer, Line(p, 2m)), rep);
        Assert.Equal(ConfirmOutcome.AwaitingApproval, (await data.As(rep, c => c.ConfirmAsync(waiting))).Value);

        var repOnDraft = await ButtonsAsync(data, rep, RepPolicies, draft);
        var repOnWaiting = await ButtonsAsync(data, rep, RepPolicies, waiting);
        var managerOnWaiting = await ButtonsAsync(data, manager, ManagerPolicies, waiting);
        var viewerOnDraft = await ButtonsAsync(data, manager, [SalesPermissions.View], draft);

        Assert.Equal(["order-cancel", "order-confirm", "order-edit", "order-pdf"], repOnDraft.Keys.Order());
        Assert.Equal(["order-cancel", "order-pdf"], repOnWaiting.Keys.Order());
        Assert.Equal(["order-approve", "order-cancel", "order-pdf", "order-reject"], managerOnWaiting.Keys.Order());
        Assert.False(managerOnWaiting["order-approve"]);
        Assert.Equal(["order-pdf"], viewerOnDraft.Keys);
    }

    [Fact]
    public async Task FulfilmentActions_CounterSaleOnADraft_ShipAndInvoiceOnAConfirmedOrder_OnlyWithTheirPermissions()
    {
        var data = await InventoryTestData.CreateAsync(app);
        var customer = await data.CustomerAsync();
        var p = await data.StockedProductAsync("BUNITFUL", 10m);
        var draft = await data.CreateOrderAsync(Order(data, customer, Line(p, 1m)));
        var confirmed = await data.CreateOrderAsync(Order(data, customer, Line(p, 2m)));
        Assert.Equal(ConfirmOutcome.Confirmed, (await data.As(null, c => c.ConfirmAsync(confirmed))).Value);
        string[] all = [SalesPermissions.View, SalesPermissions.Manage, SalesPermissions.Deliver, SalesPermissions.Invoice];

        var onDraft = await ButtonsAsync(data, data.Tenant.AdminId, all, draft);
        var onConfirmed = await ButtonsAsync(data, data.Tenant.AdminId, all, confirmed);
        var viewerOnConfirmed = await ButtonsAsync(data, data.Tenant.AdminId, [SalesPermissions.View], confirmed);

        Assert.Contains("order-counter-sale", onDraft.Keys);
        Assert.DoesNotContain("order-ship", onDraft.Keys);
        Assert.Contains("order-ship", onConfirmed.Keys);
        Assert.Contains("order-invoice", onConfirmed.Keys);
        Assert.DoesNotContain("order-counter-sale", onConfirmed.Keys);
        Assert.Equal(["order-pdf"], viewerOnConfirmed.Keys);
    }

    [Fact]
    public async Task ApproveButton_IsDisabledForTheSubmitter()
    {
        var data = await InventoryTestData.CreateAsync(app);
        var customer = await data.CustomerAsync(change: c => c.CreditLimit = 10m);
        var p = await data.StockedProductAsync("BUNITSUB", 10m);
        var waiting = await data.CreateOrderAsync(Order(data, customer, Line(p, 2m)));
        await data.As(null, c => c.ConfirmAsync(waiting)); // submitted by the admin, who also holds Approve

        var buttons = await ButtonsAsync(data, data.Tenant.AdminId, ManagerPolicies, waiting);

        Assert.True(buttons["order-approve"]);
    }

    /// <summary>The action buttons shown, each with whether it is disabled.</summary>
    private async Task<Dictionary<string, bool>> ButtonsAsync(InventoryTestData data, string userId, string[] policies, Guid id)
    {
        await using var scope = app.Services.CreateAsyncScope();
        ((TenantContext)scope.ServiceProvider.GetRequiredService<ITenantContext>()).Set(data.Tenant.Id, null, userId);
        await using var ctx = new BunitContext();
        ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        ctx.Services.AddMudServices();
        ctx.Services.AddSingleton(scope.ServiceProvider.GetRequiredService<SalesOrderQueries>());
        ctx.Services.AddSingleton(scope.ServiceProvider.GetRequiredService<SalesOrderCommands>());
        ctx.Services.AddSingleton(scope.ServiceProvider.GetRequiredService<OrderInvoiceCommands>());
        ctx.Services.AddSingleton(scope.ServiceProvider.GetRequiredService<CounterSaleCommand>());
        ctx.Services.AddSingleton(scope.ServiceProvider.GetRequiredService<Erp.Web.Features.Sales.Deliveries.DeliveryQueries>());
        ctx.Services.AddSingleton(scope.ServiceProvider.GetRequiredService<UserClock>());
        var auth = ctx.AddAuthorization();
        auth.SetAuthorized("user");
        auth.SetClaims(new Claim(ClaimTypes.NameIdentifier, userId));
        auth.SetPolicies(policies);

        var cut = ctx.Render<SalesOrderDetail>(p => p.Add(c => c.Id, id));

        cut.WaitForAssertion(() => Assert.Contains("SO-2026-", cut.Markup, StringComparison.Ordinal));
        return cut.FindAll("[data-testid^=order-]").Where(e => e.TagName is "A" or "BUTTON")
            .ToDictionary(e => e.GetAttribute("data-testid")!, e => e.HasAttribute("disabled"));
    }
}
