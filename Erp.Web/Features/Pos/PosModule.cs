using Erp.Web.Features.Pos.Checkout;
using Erp.Web.Features.Pos.History;
using Erp.Web.Features.Pos.Receipts;
using Erp.Web.Features.Pos.Returns;
using Erp.Web.Infrastructure.Modules;

namespace Erp.Web.Features.Pos;

public static class PosModule
{
    public const string Group = "Point of sale";

    /// <summary>The point-of-sale module's services and menu entries, one line per feature.</summary>
    public static IServiceCollection AddPosModule(this IServiceCollection services, NavigationRegistry navigation,
        DashboardRegistry dashboard)
    {
        services.AddPosHistory(navigation);
        services.AddPosReturns(navigation);
        services.AddCheckout(navigation);
        services.AddTillReceipts();
        _ = dashboard;
        return services;
    }

    /// <summary>The point-of-sale module's endpoints (downloads), one line per feature.</summary>
    public static IEndpointRouteBuilder MapPos(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPosHistoryDownloads();
        endpoints.MapPosReturnDownloads();
        endpoints.MapTillReceipts();
        return endpoints;
    }
}
