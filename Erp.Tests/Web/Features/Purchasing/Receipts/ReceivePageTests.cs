using System.Security.Claims;
using Bunit;
using Erp.Data.Tenancy;
using Erp.Domain.Purchasing;
using Erp.Domain.Purchasing.Orders;
using Erp.Tests.TestInfrastructure;
using Erp.Web.Features.Inventory.Shared;
using Erp.Web.Features.Platform.Account;
using Erp.Web.Features.Purchasing.Receipts;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace Erp.Tests.Web.Features.Purchasing.Receipts;

/// <summary>The receiving page over a real database: scanning adds accepted units, bad codes beep, "Receive" posts the receipt.</summary>
public class ReceivePageTests(ErpAppFactory app) : IClassFixture<ErpAppFactory>
{
    [Fact]
    public async Task ScanningBarcodes_AddsAcceptedUnits_UnknownCodesBeep_ReceiveRecordsTheReceipt()
    {
        var kit = await PurchasingTestKit.CreateAsync(app);
        var soap = await kit.Data.ProductAsync("SOAP", 1m, p => p.Barcode = "4006381333931");
        var towel = await kit.Data.ProductAsync("TOWEL", 1m);
        var stray = await kit.Data.ProductAsync("STRAY", 1m, p => p.Barcode = "5901234123457");
        var supplier = await kit.SupplierAsync("SUP-P", "Page Supplies");
        var order = await kit.SentOrderAsync(supplier, [(soap, 5m, 2m), (towel, 3m, 4m)]);

        await using var scope = app.Services.CreateAsyncScope();
        ((TenantContext)scope.ServiceProvider.GetRequiredService<ITenantContext>()).Set(kit.Data.Tenant.Id, null, kit.Storekeeper);
        await using var ctx = new BunitContext();
        ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        ctx.Services.AddMudServices();
        ctx.Services.AddSingleton(scope.ServiceProvider.GetRequiredService<PurchaseReceiptQueries>());
        ctx.Services.AddSingleton(scope.ServiceProvider.GetRequiredService<PurchaseReceiptCommands>());
        ctx.Services.AddSingleton(scope.ServiceProvider.GetRequiredService<InventoryLookups>());
        ctx.Services.AddSingleton(scope.ServiceProvider.GetRequiredService<UserClock>());
        var auth = ctx.AddAuthorization();
        auth.SetAuthorized("storekeeper");
        auth.SetClaims(new Claim(ClaimTypes.NameIdentifier, kit.Storekeeper));
        auth.SetPolicies(PurchasingPermissions.Receive, PurchasingPermissions.View);

        var cut = ctx.Render<ReceivePage>(p => p.Add(c => c.OrderId, order.OrderId));
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=receive-scan]")));
        Assert.NotNull(cut.Find("[data-testid=receive-line-SOAP]"));
        Assert.NotNull(cut.Find("[data-testid=receive-line-TOWEL]"));

        await cut.InvokeAsync(() => cut.Instance.OnScan("4006381333931"));
        await cut.InvokeAsync(() => cut.Instance.OnScan("4006381333931"));
        await cut.InvokeAsync(() => cut.Instance.OnScan("towel"));
        Assert.Equal("2", cut.Find("input[data-testid=receive-accepted-SOAP]").GetAttribute("value"));
        Assert.Equal("1", cut.Find("input[data-testid=receive-accepted-TOWEL]").GetAttribute("value"));
        Assert.DoesNotContain(ctx.JSInterop.Invocations, i => i.Identifier == "erp.till.beep");

        await cut.InvokeAsync(() => cut.Instance.OnScan("5901234123457"));
        Assert.Contains("STRAY", cut.Find("[data-testid=receive-scan-message]").TextContent, StringComparison.Ordinal);
        Assert.Contains("is not on purchase order", cut.Find("[data-testid=receive-scan-message]").TextContent, StringComparison.Ordinal);
        await cut.InvokeAsync(() => cut.Instance.OnScan("NO-SUCH-CODE"));
        Assert.Contains("No product has", cut.Find("[data-testid=receive-scan-message]").TextContent, StringComparison.Ordinal);
        Assert.Equal(2, ctx.JSInterop.Invocations.Count(i => i.Identifier == "erp.till.beep"));
        Assert.Equal("2", cut.Find("input[data-testid=receive-accepted-SOAP]").GetAttribute("value"));
        Assert.Contains(ctx.JSInterop.Invocations, i => i.Identifier == "erp.till.start");
        // The preview: 2 × 2.00 = 4.00, unit cost 2.00.
        Assert.Contains("2.00", cut.Find("[data-testid=receive-cost-SOAP]").TextContent, StringComparison.Ordinal);

        await cut.Find("[data-testid=receive-post]").ClickAsync(new Microsoft.AspNetCore.Components.Web.MouseEventArgs());

        var navigation = ctx.Services.GetRequiredService<NavigationManager>();
        cut.WaitForAssertion(() => Assert.Contains("/purchasing/receipts/", navigation.Uri, StringComparison.Ordinal));
        Assert.Equal(2m, await kit.Data.OnHandAsync(soap, kit.Main));
        Assert.Equal(1m, await kit.Data.OnHandAsync(towel, kit.Main));
        Assert.Equal(0m, await kit.Data.OnHandAsync(stray, kit.Main));
        var saved = await kit.InDb(db => db.PurchaseOrders.AsNoTracking().SingleAsync(o => o.Id == order.OrderId));
        Assert.Equal(PurchaseOrderStatus.PartiallyReceived, saved.Status);
    }
}
