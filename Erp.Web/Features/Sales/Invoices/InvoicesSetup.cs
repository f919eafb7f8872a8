using Erp.Domain.Sales;
using Erp.Domain.Sales.Invoices;
using Erp.Web.Components.Shared;
using Erp.Web.Infrastructure.Modules;
using MudBlazor;

namespace Erp.Web.Features.Sales.Invoices;

/// <summary>Sales invoices and credit notes: services and menu entries.</summary>
public static class InvoicesSetup
{
    public static IServiceCollection AddInvoices(this IServiceCollection services, NavigationRegistry navigation)
    {
        services.AddScoped<InvoiceCommands>();
        services.AddScoped<InvoiceQueries>();
        services.AddScoped<CreditNoteCommands>();
        services.AddScoped<CreditNoteQueries>();
        services.AddScoped<InvoiceLookups>();
        StatusStyles.Register(SalesInvoiceStatus.PartiallyPaid, Color.Warning, "Partly paid");
        StatusStyles.Register(SalesInvoiceStatus.Paid, Color.Success, "Paid");
        navigation.Add(new NavEntry(SalesModule.Group, "Invoices", "/sales/invoices", Icons.Material.Filled.ReceiptLong,
            SalesPermissions.View, 40));
        navigation.Add(new NavEntry(SalesModule.Group, "Credit notes", "/sales/credit-notes", Icons.Material.Filled.AssignmentReturn,
            SalesPermissions.View, 45));
        return services;
    }
}
