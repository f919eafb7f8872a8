using Erp.Domain.Purchasing;
using Erp.Domain.Purchasing.Requisitions;
using Erp.Web.Components.Shared;
using Erp.Web.Infrastructure.Modules;
using MudBlazor;

namespace Erp.Web.Features.Purchasing.Requisitions;

/// <summary>Purchase requisitions: services, status colours and the menu entry.</summary>
public static class RequisitionsSetup
{
    public static IServiceCollection AddRequisitions(this IServiceCollection services, NavigationRegistry navigation)
    {
        services.AddScoped<RequisitionCommands>();
        services.AddScoped<RequisitionQueries>();
        StatusStyles.Register(RequisitionStatus.PendingApproval, Color.Warning, "Awaiting approval");
        StatusStyles.Register(RequisitionStatus.Rejected, Color.Error);
        navigation.Add(new NavEntry(PurchasingModule.Group, "Requisitions", RequisitionQueries.ListUrl, Icons.Material.Filled.PlaylistAdd,
            PurchasingPermissions.View, 20));
        return services;
    }

    public static IEndpointRouteBuilder MapRequisitionDownloads(this IEndpointRouteBuilder endpoints) => endpoints;
}
