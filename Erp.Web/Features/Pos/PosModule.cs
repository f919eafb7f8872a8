using Erp.Web.Features.Pos.Checkout;
using Erp.Web.Features.Pos.History;
using Erp.Web.Features.Pos.Receipts;
using Erp.Web.Features.Pos.Registers;
using Erp.Web.Features.Pos.Returns;
using Erp.Web.Features.Pos.Sessions;
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
        services.AddPosRegisters(navigation);
        services.AddPosSessions(navigation);
        return services;
    }

    /// <summary>The point-of-sale module's endpoints (downloads), one line per feature.</summary>
    public static IEndpointRouteBuilder MapPos(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPosHistoryDownloads();
        endpoints.MapPosReturnDownloads();
        endpoints.MapTillReceipts();
        endpoints.MapRegisterDownloads();
        endpoints.MapSessionDownloads();
        return endpoints;
    }
}
