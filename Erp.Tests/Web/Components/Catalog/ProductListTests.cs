using Bunit;
using Erp.Data.Tenancy;
using Erp.Domain.Platform;
using Erp.Tests.Web.Features.Catalog;
using Erp.Tests.TestInfrastructure;
using Erp.Web.Features.Catalog.Products;
using Erp.Web.Features.Inventory.Ledger;
using Erp.Web.Infrastructure.Security;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace Erp.Tests.Web.Components.Catalog;

/// <summary>The product grid over a fresh SQLite database: rows from the server, manage buttons only for managers.</summary>
public class ProductListTests(ErpAppFactory app) : IClassFixture<ErpAppFactory>
{
    [Theory]
    [InlineData(BuiltInRoles.Admin, true)]
    [InlineData(BuiltInRoles.Cashier, false)]
    public async Task Render_ShowsTheTenantsProducts_AndNewAndImportOnlyToManagers(string role, bool canManage)
    {
        var tenant = await app.CreateTenantAsync();
        var basics = await CatalogBasics.CreateAsync(app, tenant);
        await app.InTenantAsync(tenant.Id, tenant.AdminId, sp => sp.GetRequiredService<SaveProductCommand>().CreateAsync(basics.Simple("GRID-1", "Sparkling water")));
        var user = role == BuiltInRoles.Admin ? tenant.AdminId : await tenant.AddUserAsync(role);
        await using var scope = app.Services.CreateAsyncScope();
        ((TenantContext)scope.ServiceProvider.GetRequiredService<ITenantContext>()).Set(tenant.Id, null, user);
        await using var ctx = new BunitContext();
        ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        ctx.Services.AddMudServices();
        ctx.Services.AddSingleton(scope.ServiceProvider.GetRequiredService<ProductQueries>());
        ctx.Services.AddSingleton(scope.ServiceProvider.GetRequiredService<PermissionGuard>());
        ctx.Services.AddSingleton(scope.ServiceProvider.GetRequiredService<StockChangeNotifier>());
        ctx.Services.AddSingleton(scope.ServiceProvider.GetRequiredService<ITenantContext>());

        var cut = ctx.Render<ProductList>();

        cut.WaitForAssertion(() => Assert.Contains("Sparkling water", cut.Markup, StringComparison.Ordinal));
        Assert.Contains("GRID-1", cut.Markup, StringComparison.Ordinal);
        Assert.Equal(canManage, cut.FindAll("[data-testid=grid-new]").Count == 1);
        Assert.Equal(canManage, cut.FindAll("[data-testid=product-import]").Count == 1);
    }
}
