using Erp.Web.Features.Pos.Checkout;
using Erp.Web.Features.Pos.Receipts;
using Erp.Web.Infrastructure.Modules;

namespace Erp.Web.Features.Pos;

public static class PosModule
{
    public const string Group = "Point of sale";

    /// <summary>The point-of-sale module's services and menu entries, one line per feature.</summary>
    public static IServiceCollection AddPosModule(this IServiceCollection services, NavigationRegistry navigation,
        DashboardRegistry dashboard)
    {
        services.AddCheckout(navigation);
        services.AddTillReceipts();
        _ = dashboard;
        return services;
    }

    /// <summary>The point-of-sale module's endpoints (downloads), one line per feature.</summary>
    public static IEndpointRouteBuilder MapPos(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapTillReceipts();
        return endpoints;
    }
}
