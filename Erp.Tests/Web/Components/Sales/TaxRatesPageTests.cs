using Bunit;
using Erp.Data.Tenancy;
using Erp.Domain.Platform;
using Erp.Tests.TestInfrastructure;
using Erp.Tests.Web.Features.Inventory;
using Erp.Web.Features.Sales.Taxes;
using Erp.Web.Infrastructure.Security;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace Erp.Tests.Web.Components.Sales;

/// <summary>The tax rates page over a real database: the rates show to readers; the editing controls only to Configure.</summary>
public class TaxRatesPageTests(ErpAppFactory app) : IClassFixture<ErpAppFactory>
{
    [Fact]
    public async Task TaxRates_ShowTheSeededRates_AndOnlyAManagerGetsTheForm()
    {
        var data = await InventoryTestData.CreateAsync(app);
        var rep = await data.Tenant.AddUserAsync(BuiltInRoles.SalesRep);
        var manager = await data.Tenant.AddUserAsync(BuiltInRoles.Manager);

        var (repMarkup, repForms, repDefaults) = await RenderAsync(data, rep);
        var (_, managerForms, managerDefaults) = await RenderAsync(data, manager);

        Assert.Contains("Reduced rate", repMarkup, StringComparison.Ordinal);
        Assert.Contains("16 %", repMarkup, StringComparison.Ordinal);
        Assert.Equal((0, 0), (repForms, repDefaults));
        Assert.Equal((1, 2), (managerForms, managerDefaults));
    }

    private async Task<(string Markup, int SaveButtons, int MakeDefaultButtons)> RenderAsync(InventoryTestData data, string userId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        ((TenantContext)scope.ServiceProvider.GetRequiredService<ITenantContext>()).Set(data.Tenant.Id, null, userId);
        await using var ctx = new BunitContext();
        ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        ctx.Services.AddMudServices();
        ctx.Services.AddSingleton(scope.ServiceProvider.GetRequiredService<TaxRateService>());
        ctx.Services.AddSingleton(scope.ServiceProvider.GetRequiredService<PermissionGuard>());

        var cut = ctx.Render<TaxRatesPage>();

        cut.WaitForAssertion(() => Assert.Contains("Standard rate", cut.Markup, StringComparison.Ordinal));
        return (cut.Markup, cut.FindAll("[data-testid=tax-save]").Count, cut.FindAll("[data-testid^=tax-default-]").Count);
    }
}
