using Erp.Domain.Sales;
using Erp.Web.Infrastructure.Modules;
using MudBlazor;

namespace Erp.Web.Features.Sales.Receivables;

/// <summary>Customer payments, balances, statements and the aging report: services and menu entries.</summary>
public static class ReceivablesSetup
{
    public static IServiceCollection AddReceivables(this IServiceCollection services, NavigationRegistry navigation)
    {
        services.AddScoped<PaymentCommands>();
        services.AddScoped<PaymentQueries>();
        services.AddScoped<ReceivableQueries>();
        navigation.Add(new NavEntry(SalesModule.Group, "Payments", "/sales/payments", Icons.Material.Filled.Payments,
            SalesPermissions.View, 50));
        navigation.Add(new NavEntry(SalesModule.Group, "Aging report", "/sales/receivables/aging", Icons.Material.Filled.HourglassBottom,
            SalesPermissions.View, 55));
        return services;
    }
}
