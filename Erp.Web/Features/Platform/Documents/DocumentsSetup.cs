using Erp.Domain.Platform;
using Erp.Web.Infrastructure.Modules;
using MudBlazor;

namespace Erp.Web.Features.Platform.Documents;

public static class DocumentsSetup
{
    public static IServiceCollection AddDocumentNumbering(this IServiceCollection services, NavigationRegistry navigation)
    {
        services.AddScoped<DocumentNumberingService>();
        services.AddScoped<StatusHistoryQueries>();
        navigation.Add(new NavEntry("Administration", "Document numbering", "/platform/document-numbering",
            Icons.Material.Filled.Numbers, PlatformPermissions.ManageSettings, 80));
        return services;
    }
}
