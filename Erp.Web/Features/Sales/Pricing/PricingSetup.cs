using Erp.Domain.Sales;
using Erp.Web.Features.Sales.Settings;
using Erp.Web.Features.Sales.Taxes;
using Erp.Web.Infrastructure.Modules;
using MudBlazor;

namespace Erp.Web.Features.Sales.Pricing;

/// <summary>Price lists, tax rates and sales settings: services, menu entries and the price list export.</summary>
public static class PricingSetup
{
    public static IServiceCollection AddPricing(this IServiceCollection services, NavigationRegistry navigation)
    {
        services.AddScoped<PriceListQueries>();
        services.AddScoped<PriceListCommands>();
        services.AddScoped<PriceListImportCommand>();
        services.AddScoped<SalesProductLookups>();
        services.AddScoped<TaxRateService>();
        services.AddScoped<SalesSettingsService>();
        services.AddScoped<PricingDemoData>();
        navigation.Add(new NavEntry(SalesModule.Group, "Price lists", "/sales/price-lists", Icons.Material.Filled.PriceChange, SalesPermissions.View, 60));
        navigation.Add(new NavEntry(SalesModule.Group, "Tax rates", "/sales/settings/taxes", Icons.Material.Filled.Percent, SalesPermissions.View, 80));
        navigation.Add(new NavEntry(SalesModule.Group, "Sales settings", "/sales/settings/general", Icons.Material.Filled.Settings, SalesPermissions.View, 90));
        return services;
    }

    // The menu links settings at /sales/settings/general (the page also answers /sales/settings): menu links match by
    // prefix, and "/sales/settings" would light up on the tax rates page too.

    public static IEndpointRouteBuilder MapPricing(this IEndpointRouteBuilder endpoints) => endpoints.MapPriceListDownloads();
}
