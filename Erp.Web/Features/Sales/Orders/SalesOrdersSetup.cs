using Erp.Domain.Sales;
using Erp.Domain.Sales.Orders;
using Erp.Domain.Sales.Quotations;
using Erp.Web.Components.Shared;
using Erp.Web.Features.Sales.Quotations;
using Erp.Web.Infrastructure.Modules;
using MudBlazor;

namespace Erp.Web.Features.Sales.Orders;

/// <summary>Quotations and sales orders: services, status colours and menu entries.</summary>
public static class SalesOrdersSetup
{
    public static IServiceCollection AddSalesOrders(this IServiceCollection services, NavigationRegistry navigation)
    {
        services.AddScoped<SalesOrderCommands>();
        services.AddScoped<SalesOrderQueries>();
        services.AddScoped<SalesOrderLookups>();
        services.AddScoped<QuotationCommands>();
        services.AddScoped<QuotationQueries>();
        services.AddScoped<QuotationExpiryJob>();
        services.AddScoped<SalesOrdersDemoData>();
        services.AddScoped<Deliveries.DeliveryCommands>();
        services.AddScoped<Deliveries.DeliveryQueries>();
        StatusStyles.Register(SalesOrderStatus.PendingApproval, Color.Warning, "Awaiting approval");
        StatusStyles.Register(SalesOrderStatus.Confirmed, Color.Info, "Confirmed");
        StatusStyles.Register(QuotationStatus.Sent, Color.Info, "Sent");
        StatusStyles.Register(QuotationStatus.Accepted, Color.Success, "Accepted");
        StatusStyles.Register(QuotationStatus.Declined, Color.Error, "Declined");
        StatusStyles.Register(QuotationStatus.Expired, Color.Default, "Expired");
        navigation.Add(new NavEntry(SalesModule.Group, "Quotations", "/sales/quotations", Icons.Material.Filled.RequestQuote,
            SalesPermissions.View, 20));
        navigation.Add(new NavEntry(SalesModule.Group, "Sales orders", "/sales/orders", Icons.Material.Filled.ShoppingCart,
            SalesPermissions.View, 25));
        return services;
    }
}
