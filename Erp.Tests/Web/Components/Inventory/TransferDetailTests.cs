using Bunit;
using Erp.Data.Tenancy;
using Erp.Domain.Platform;
using Erp.Tests.TestInfrastructure;
using Erp.Tests.Web.Features.Inventory;
using Erp.Web.Features.Inventory.Shared;
using Erp.Web.Features.Inventory.Transfers;
using Erp.Web.Features.Platform.Account;
using Erp.Web.Features.Platform.Audit;
using Erp.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using static Erp.Tests.Web.Features.Inventory.TransferTestSupport;

namespace Erp.Tests.Web.Components.Inventory;

/// <summary>The transfer page over a fresh SQLite database: actions only for allowed transitions and permitted users.</summary>
public class TransferDetailTests(ErpAppFactory app) : IClassFixture<ErpAppFactory>
{
    [Fact]
    public async Task Draft_ForAManager_OffersShipAndCancel_ButNotReceiveOrClose()
    {
        var data = await InventoryTestData.CreateAsync(app);
        var product = await data.ProductAsync("TRF-UI-1", 1m);
        var id = await data.CreateAsync(Input(data.Main, data.North, (product, 2m)));
        await using var scope = ScopeFor(data.Tenant.Id, data.Tenant.AdminId);
        await using var ctx = NewContext(scope);

        var cut = ctx.Render<TransferDetail>(p => p.Add(x => x.Id, id));

        cut.WaitForAssertion(() => Assert.Contains("TRF-2026-", cut.Find("[data-testid=transfer-number]").TextContent, StringComparison.Ordinal));
        Assert.Single(cut.FindAll("[data-testid=transfer-ship]"));
        Assert.Single(cut.FindAll("[data-testid=transfer-cancel]"));
        Assert.Empty(cut.FindAll("[data-testid=transfer-receive]"));
        Assert.Empty(cut.FindAll("[data-testid=transfer-close]"));
        Assert.Single(cut.FindAll("[data-testid=transfer-save]")); // a draft is edited in place
    }

    [Fact]
    public async Task Shipped_ForAViewerWithoutManage_ShowsFiguresAndPdf_ButNoActions()
    {
        var data = await InventoryTestData.CreateAsync(app);
        var product = await data.ProductAsync("TRF-UI-2", 1.5m);
        await data.ReceiveStockAsync(product, data.Main, 10m, 1.5m);
        var id = await data.ShippedAsync(Input(data.Main, data.North, (product, 4m)));
        var buyer = await data.Tenant.AddUserAsync(BuiltInRoles.Buyer);
        await using var scope = ScopeFor(data.Tenant.Id, buyer);
        await using var ctx = NewContext(scope);

        var cut = ctx.Render<TransferDetail>(p => p.Add(x => x.Id, id));

        cut.WaitForAssertion(() => Assert.Equal("6.00", cut.Find("[data-testid=value-in-transit]").TextContent.Trim()));
        Assert.Contains("4 units (value 6.00) are still in transit", cut.Find("[data-testid=transfer-differences]").TextContent, StringComparison.Ordinal);
        foreach (var action in new[] { "ship", "receive", "close", "cancel", "save" })
        {
            Assert.Empty(cut.FindAll($"[data-testid=transfer-{action}]"));
        }

        Assert.Single(cut.FindAll("[data-testid=transfer-pdf]"));
    }

    private AsyncServiceScope ScopeFor(Guid tenantId, string userId)
    {
        var scope = app.Services.CreateAsyncScope();
        ((TenantContext)scope.ServiceProvider.GetRequiredService<ITenantContext>()).Set(tenantId, null, userId);
        return scope;
    }

    private static BunitContext NewContext(AsyncServiceScope scope)
    {
        var ctx = new BunitContext();
        ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        ctx.Services.AddMudServices();
        foreach (var type in new[] { typeof(TransferQueries), typeof(TransferCommands), typeof(InventoryLookups), typeof(PermissionGuard), typeof(AuditQueries) })
        {
            ctx.Services.AddSingleton(type, scope.ServiceProvider.GetRequiredService(type));
        }

        ctx.Services.AddSingleton<AuthenticationStateProvider>(new FixedAuthenticationState("viewer", "UTC"));
        ctx.Services.AddSingleton(TimeProvider.System);
        ctx.Services.AddScoped<UserClock>();
        return ctx;
    }
}
