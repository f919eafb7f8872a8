using Erp.Domain.Pos;
using Erp.Web.Infrastructure.Modules;
using MudBlazor;

namespace Erp.Web.Features.Pos.Checkout;

public static class CheckoutSetup
{
    /// <summary>The till: checkout, hold and recall, payments, receipts.</summary>
    public static IServiceCollection AddCheckout(this IServiceCollection services, NavigationRegistry navigation)
    {
        services.AddScoped<CheckoutQueries>();
        services.AddScoped<PosSaleCommands>();
        services.AddScoped<ManagerApprovals>();
        navigation.Add(new NavEntry(PosModule.Group, "Checkout", "/pos", Icons.Material.Filled.PointOfSale,
            PosPermissions.Sell, 10));
        return services;
    }
}
