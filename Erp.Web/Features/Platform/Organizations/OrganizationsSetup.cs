using Erp.Domain.Platform;
using Erp.Web.Infrastructure.Modules;
using MudBlazor;

namespace Erp.Web.Features.Platform.Organizations;

public static class OrganizationsSetup
{
    public static IServiceCollection AddOrganizations(this IServiceCollection services, NavigationRegistry navigation)
    {
        services.AddScoped<OrganizationQueries>();
        services.AddScoped<SaveOrganizationCommand>();
        services.AddScoped<DeleteOrganizationCommand>();
        services.AddScoped<LocationCommands>();
        navigation.Add(new NavEntry("Administration", "Organizations", "/platform/organizations", Icons.Material.Filled.AccountTree,
            PlatformPermissions.ViewOrganizations, 20));
        return services;
    }
}
