using Erp.Domain.Purchasing;
using Erp.Domain.Purchasing.Orders;
using Erp.Web.Components.Shared;
using Erp.Web.Infrastructure.Modules;
using MudBlazor;

namespace Erp.Web.Features.Purchasing.Orders;

/// <summary>Purchase orders: services, status colours, menu entries (the list and the replenishment proposals), downloads.</summary>
public static class PurchaseOrdersSetup
{
    public static IServiceCollection AddPurchaseOrders(this IServiceCollection services, NavigationRegistry navigation)
    {
        services.AddScoped<PurchaseOrderCommands>();
        services.AddScoped<PurchaseOrderQueries>();
        services.AddScoped<PurchaseOrdersDemoData>();
        StatusStyles.Register(PurchaseOrderStatus.PendingApproval, Color.Warning, "Awaiting approval");
        StatusStyles.Register(PurchaseOrderStatus.PartiallyReceived, Color.Info, "Partially received");
        navigation.Add(new NavEntry(PurchasingModule.Group, "Purchase orders", PurchaseOrderQueries.ListUrl,
            Icons.Material.Filled.ShoppingCart, PurchasingPermissions.View, 30));
        navigation.Add(new NavEntry(PurchasingModule.Group, "Proposals", PurchaseOrderQueries.ProposalsUrl,
            Icons.Material.Filled.AutoMode, PurchasingPermissions.Order, 31));
        return services;
    }

    public static IEndpointRouteBuilder MapPurchaseOrderDownloads(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPurchaseOrderEndpoints();
}
