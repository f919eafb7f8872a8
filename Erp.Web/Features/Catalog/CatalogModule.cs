using Erp.Domain.Catalog;
using Erp.Web.Features.Catalog.Import;
using Erp.Web.Features.Catalog.Products;
using Erp.Web.Features.Catalog.Reference;
using Erp.Web.Infrastructure.Modules;
using MudBlazor;

namespace Erp.Web.Features.Catalog;

public static class CatalogModule
{
    public const string Group = "Catalog";

    public static IServiceCollection AddCatalogModule(this IServiceCollection services, NavigationRegistry navigation,
        DashboardRegistry dashboard)
    {
        _ = dashboard;
        services.AddScoped<ProductQueries>();
        services.AddScoped<SaveProductCommand>();
        services.AddScoped<DeleteProductCommand>();
        services.AddScoped<ProductImageCommands>();
        services.AddScoped<ProductImportCommand>();
        services.AddScoped<CatalogReferenceQueries>();
        services.AddScoped<CatalogReferenceCommands>();
        services.AddScoped<CatalogDemoData>();
        navigation.Add(new NavEntry(Group, "Products", "/catalog/products", Icons.Material.Filled.Inventory2, CatalogPermissions.View, 10));
        navigation.Add(new NavEntry(Group, "Categories", "/catalog/categories", Icons.Material.Filled.Category, CatalogPermissions.View, 20));
        navigation.Add(new NavEntry(Group, "Brands", "/catalog/brands", Icons.Material.Filled.Sell, CatalogPermissions.View, 30));
        navigation.Add(new NavEntry(Group, "Attributes", "/catalog/attributes", Icons.Material.Filled.Tune, CatalogPermissions.View, 40));
        navigation.Add(new NavEntry(Group, "Units", "/catalog/units", Icons.Material.Filled.Straighten, CatalogPermissions.View, 50));
        return services;
    }

    public static IEndpointRouteBuilder MapCatalog(this IEndpointRouteBuilder endpoints) => endpoints.MapCatalogDownloads();
}
