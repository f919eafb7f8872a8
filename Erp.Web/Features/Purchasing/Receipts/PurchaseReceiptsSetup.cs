using Erp.Domain.Purchasing;
using Erp.Domain.Purchasing.Receipts;
using Erp.Web.Components.Shared;
using Erp.Web.Infrastructure.Modules;
using MudBlazor;

namespace Erp.Web.Features.Purchasing.Receipts;

/// <summary>Receiving against purchase orders: services, the "Receipts" menu entry and the downloads.</summary>
public static class PurchaseReceiptsSetup
{
    public static IServiceCollection AddPurchaseReceipts(this IServiceCollection services, NavigationRegistry navigation)
    {
        services.AddScoped<PurchaseReceiptCommands>();
        services.AddScoped<PurchaseReceiptQueries>();
        StatusStyles.Register(PurchaseReceiptStatus.Posted, Color.Success);
        navigation.Add(new NavEntry(PurchasingModule.Group, "Receipts", "/purchasing/receipts", Icons.Material.Filled.MoveToInbox,
            PurchasingPermissions.View, 40));
        return services;
    }

    public static IEndpointRouteBuilder MapPurchaseReceiptDownloads(this IEndpointRouteBuilder endpoints) =>
        PurchaseReceiptDownloadEndpoints.Map(endpoints);
}
