using Bunit;
using Erp.Data.Tenancy;
using Erp.Domain.Platform;
using Erp.Tests.TestInfrastructure;
using Erp.Web.Features.Purchasing.Suppliers;
using Erp.Web.Features.Sales.Geography;
using Erp.Web.Infrastructure.Security;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace Erp.Tests.Web.Features.Purchasing.Suppliers;

/// <summary>The supplier grid over a real database: a buyer sees the tenant's suppliers with New and Import; an accountant only reads.</summary>
public class SupplierListPageTests(ErpAppFactory app) : IClassFixture<ErpAppFactory>
{
    [Theory]
    [InlineData(BuiltInRoles.Buyer, true)]
    [InlineData(BuiltInRoles.Accountant, false)]
    public async Task Render_ShowsTheTenantsSuppliers_AndNewAndImportOnlyToThoseWhoManageThem(string role, bool canManage)
    {
        var kit = await PurchasingTestKit.CreateAsync(app);
        await kit.SupplierAsync("SUP-G", "Gridline Goods");
        var user = role == BuiltInRoles.Buyer ? kit.Buyer : kit.Accountant;
        await using var scope = app.Services.CreateAsyncScope();
        ((TenantContext)scope.ServiceProvider.GetRequiredService<ITenantContext>()).Set(kit.Data.Tenant.Id, null, user);
        await using var ctx = new BunitContext();
        ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        ctx.Services.AddMudServices();
        ctx.Services.AddSingleton(scope.ServiceProvider.GetRequiredService<SupplierQueries>());
        ctx.Services.AddSingleton(scope.ServiceProvider.GetRequiredService<GeographyQueries>());
        ctx.Services.AddSingleton(scope.ServiceProvider.GetRequiredService<PermissionGuard>());

        var cut = ctx.Render<SupplierList>();

        cut.WaitForAssertion(() => Assert.Contains("Gridline Goods", cut.Markup, StringComparison.Ordinal));
        Assert.Contains("SUP-G", cut.Markup, StringComparison.Ordinal);
        Assert.Equal(canManage, cut.FindAll("[data-testid=grid-new]").Count == 1);
        Assert.Equal(canManage, cut.FindAll("[data-testid=supplier-import]").Count == 1);
    }
}
