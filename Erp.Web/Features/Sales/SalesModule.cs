using Erp.Web.Features.Sales.Customers;
using Erp.Web.Features.Sales.Dashboard;
using Erp.Web.Features.Sales.Deliveries;
using Erp.Web.Features.Sales.Orders;
using Erp.Web.Features.Sales.Invoices;
using Erp.Web.Features.Sales.Payments;
using Erp.Web.Features.Sales.Pricing;
using Erp.Web.Features.Sales.Receivables;
using Erp.Web.Infrastructure.Modules;

namespace Erp.Web.Features.Sales;

public static class SalesModule
{
    public const string Group = "Sales";

    /// <summary>The sales module's services and menu entries, one line per feature.</summary>
    public static IServiceCollection AddSalesModule(this IServiceCollection services, NavigationRegistry navigation,
        DashboardRegistry dashboard)
    {
        services.AddCustomers(navigation);
        services.AddPricing(navigation);
        services.AddPayments(navigation);
        services.AddSalesOrders(navigation);
        services.AddDeliveries(navigation);
        services.AddInvoices(navigation);
        services.AddReceivables(navigation);
        services.AddSalesDashboard(dashboard);
        return services;
    }

    /// <summary>The sales module's endpoints (downloads), one line per feature.</summary>
    public static IEndpointRouteBuilder MapSales(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapCustomerDownloads();
        endpoints.MapPricing();
        endpoints.MapSalesOrderDownloads();
        endpoints.MapDeliveryDownloads();
        endpoints.MapInvoiceDownloads();
        return endpoints;
    }
}
