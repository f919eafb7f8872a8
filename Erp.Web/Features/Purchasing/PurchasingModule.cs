using Erp.Web.Features.Purchasing.Bills;
using Erp.Web.Features.Purchasing.Orders;
using Erp.Web.Features.Purchasing.Payables;
using Erp.Web.Features.Purchasing.Payments;
using Erp.Web.Features.Purchasing.Performance;
using Erp.Web.Features.Purchasing.Receipts;
using Erp.Web.Features.Purchasing.Replenishment;
using Erp.Web.Features.Purchasing.Requisitions;
using Erp.Web.Features.Purchasing.Settings;
using Erp.Web.Features.Purchasing.Shared;
using Erp.Web.Features.Purchasing.Suppliers;
using Erp.Web.Infrastructure.Modules;

namespace Erp.Web.Features.Purchasing;

public static class PurchasingModule
{
    public const string Group = "Purchasing";

    /// <summary>The purchasing module's services and menu entries, one line per feature.</summary>
    public static IServiceCollection AddPurchasingModule(this IServiceCollection services, NavigationRegistry navigation,
        DashboardRegistry dashboard)
    {
        services.AddScoped<SupplierLookups>();
        services.AddSuppliers(navigation);
        services.AddSupplierPerformance(navigation);
        services.AddPurchasingSettings(navigation);
        services.AddRequisitions(navigation);
        services.AddPurchaseOrders(navigation);
        services.AddReplenishment(navigation, dashboard);
        services.AddPurchaseReceipts(navigation);
        services.AddSupplierBills(navigation);
        services.AddSupplierPayments(navigation);
        services.AddPayables(navigation);
        return services;
    }

    /// <summary>The purchasing module's endpoints (downloads), one line per feature.</summary>
    public static IEndpointRouteBuilder MapPurchasing(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapSupplierDownloads();
        endpoints.MapSupplierPerformanceDownloads();
        endpoints.MapRequisitionDownloads();
        endpoints.MapPurchaseOrderDownloads();
        endpoints.MapPurchaseReceiptDownloads();
        endpoints.MapSupplierBillDownloads();
        endpoints.MapSupplierPaymentDownloads();
        endpoints.MapPayablesDownloads();
        return endpoints;
    }
}
