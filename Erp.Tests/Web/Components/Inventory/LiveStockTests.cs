using Bunit;
using Erp.Data.Inventory;
using Erp.Data.Tenancy;
using Erp.Domain.Inventory;
using Erp.Tests.TestInfrastructure;
using Erp.Tests.Web.Features.Inventory;
using Erp.Web.Features.Catalog.Products;
using Erp.Web.Features.Inventory.Ledger;
using Erp.Web.Features.Inventory.LowStock;
using Erp.Web.Infrastructure.Security;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace Erp.Tests.Web.Components.Inventory;

/// <summary>Open screens update when stock is posted elsewhere (another scope, as another circuit would), without a reload.</summary>
public class LiveStockTests(ErpAppFactory app) : IClassFixture<ErpAppFactory>
{
    [Fact]
    public async Task StockTab_WidgetAndProductList_ShowNewStock_WhenStockIsPostedElsewhere()
    {
        var data = await InventoryTestData.CreateAsync(app);
        var product = await data.ProductAsync("LIVE-1", 1m, p => p.ReorderPoint = 5m);
        await data.PostAsync(new StockChange(product, data.Main, 20m, MovementKind.Receipt, 1m));
        await using var scope = app.Services.CreateAsyncScope();
        ((TenantContext)scope.ServiceProvider.GetRequiredService<ITenantContext>()).Set(data.Tenant.Id, null, data.Tenant.AdminId);
        await using var ctx = new BunitContext();
        ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        ctx.Services.AddMudServices();
        foreach (var type in new[]
                 {
                     typeof(ProductStockQueries), typeof(SetReorderCommand), typeof(LowStockQueries), typeof(ProductQueries),
                     typeof(PermissionGuard), typeof(StockChangeNotifier), typeof(ITenantContext),
                 })
        {
            ctx.Services.AddSingleton(type, scope.ServiceProvider.GetRequiredService(type));
        }

        var tab = ctx.Render<ProductStockTab>(p => p.Add(c => c.ProductId, product));
        var widget = ctx.Render<LowStockWidget>();
        var list = ctx.Render<ProductList>();
        tab.WaitForAssertion(() => Assert.Equal("20", tab.Find("[data-testid=stock-onhand]").TextContent.Trim()));
        widget.WaitForAssertion(() => Assert.Single(widget.FindAll("[data-testid=low-stock-none]")));
        list.WaitForAssertion(() => Assert.Equal("20", list.Find("[data-testid=product-onhand]").TextContent.Trim()));

        var sold = await data.PostAsync(new StockChange(product, data.Main, -17m, MovementKind.Sale));
        Assert.True(sold.IsSuccess);

        tab.WaitForAssertion(() => Assert.Equal("3", tab.Find("[data-testid=stock-onhand]").TextContent.Trim()));
        widget.WaitForAssertion(() =>
        {
            var row = Assert.Single(widget.FindAll("[data-testid=low-stock-row]"));
            Assert.Contains("LIVE-1", row.TextContent, StringComparison.Ordinal);
            Assert.Equal("3", widget.Find("[data-testid=low-stock-onhand]").TextContent.Trim());
        });
        list.WaitForAssertion(() =>
        {
            Assert.Equal("3", list.Find("[data-testid=product-onhand]").TextContent.Trim());
            Assert.Contains("Low", list.Markup, StringComparison.Ordinal);
        });
    }
}
