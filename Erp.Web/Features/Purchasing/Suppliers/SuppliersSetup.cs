using Erp.Domain.Purchasing;
using Erp.Web.Infrastructure.Modules;
using MudBlazor;

namespace Erp.Web.Features.Purchasing.Suppliers;

public static class SuppliersSetup
{
    /// <summary>Suppliers and the products they supply: services, menu entry.</summary>
    public static IServiceCollection AddSuppliers(this IServiceCollection services, NavigationRegistry navigation)
    {
        services.AddScoped<SupplierQueries>();
        services.AddScoped<SupplierCommands>();
        services.AddScoped<SupplierProductCommands>();
        services.AddScoped<SupplierImportCommand>();
        services.AddScoped<SuppliersDemoData>();
        navigation.Add(new NavEntry(PurchasingModule.Group, "Suppliers", "/purchasing/suppliers", Icons.Material.Filled.LocalShipping,
            PurchasingPermissions.View, 10));
        return services;
    }

    public static IEndpointRouteBuilder MapSupplierDownloads(this IEndpointRouteBuilder endpoints) => endpoints.MapSupplierListDownloads();
}
