using Bunit;
using Erp.Data.Tenancy;
using Erp.Tests.TestInfrastructure;
using Erp.Tests.Web.Features.Sales.Customers;
using Erp.Web.Features.Sales.Customers;
using Erp.Web.Features.Sales.Geography;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace Erp.Tests.Web.Components.Sales;

/// <summary>The address cascade over the seeded reference data: country → its states (or free text) → the tenant's cities.</summary>
public class AddressFormTests(ErpAppFactory app) : IClassFixture<ErpAppFactory>
{
    [Fact]
    public async Task ChoosingACountry_OffersItsStates_FreeTextWithoutSubdivisions_AndTheTenantsCitiesOfTheState()
    {
        var tenant = await app.CreateTenantAsync();
        await app.CreateAsync(tenant, CustomerTestKit.Input("Texan")); // remembers Austin, TX, US
        await using var scope = app.Services.CreateAsyncScope();
        ((TenantContext)scope.ServiceProvider.GetRequiredService<ITenantContext>()).Set(tenant.Id, null, tenant.AdminId);
        await using var ctx = new BunitContext();
        ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        ctx.Services.AddMudServices();
        var geography = scope.ServiceProvider.GetRequiredService<GeographyQueries>();
        ctx.Services.AddSingleton(geography);
        var countries = await geography.CountriesAsync();
        var address = new AddressInput { City = "Old town", State = "Old state" };
        ctx.Render<MudPopoverProvider>();

        var cut = ctx.Render<AddressForm>(p => p.Add(x => x.Address, address).Add(x => x.Countries, countries).Add(x => x.TestId, "billing"));
        Assert.True(countries.Count >= 249, $"all ISO countries are offered, got {countries.Count}");
        Assert.NotEmpty(cut.FindAll("[data-testid=billing-state-text]"));

        await ChooseAsync(cut, 0, "US");
        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindComponents<MudSelect<string>>().Count));
        var states = cut.FindComponents<MudSelect<string>>()[1].FindComponents<MudSelectItem<string>>().Select(i => i.Instance.Value).ToList();
        Assert.Contains("TX", states);
        Assert.Contains("CA", states);
        Assert.Equal((null, null), (address.State, address.City));

        await ChooseAsync(cut, 1, "TX");
        var cities = await SearchCitiesAsync(cut, "au");
        Assert.Equal(["Austin"], cities);

        await ChooseAsync(cut, 0, "NL");
        cut.WaitForAssertion(() => Assert.Single(cut.FindComponents<MudSelect<string>>()));
        Assert.NotEmpty(cut.FindAll("[data-testid=billing-state-text]"));
        Assert.Equal(("NL", null), (address.Country, address.State));
        Assert.Empty(await SearchCitiesAsync(cut, "au"));
    }

    private static async Task<List<string>> SearchCitiesAsync(IRenderedComponent<AddressForm> cut, string text)
    {
        var search = cut.FindComponent<MudAutocomplete<string>>().Instance.SearchFunc;
        Assert.NotNull(search);
        var pending = search(text, CancellationToken.None);
        Assert.NotNull(pending);
        var found = await pending;
        return found?.ToList() ?? [];
    }

    private static Task ChooseAsync(IRenderedComponent<AddressForm> cut, int select, string value) =>
        cut.InvokeAsync(() => cut.FindComponents<MudSelect<string>>()[select].Instance.ValueChanged.InvokeAsync(value));
}
