using Erp.Domain.Sales;
using Erp.Web.Features.Sales.Geography;
using Erp.Web.Infrastructure.Modules;
using MudBlazor;

namespace Erp.Web.Features.Sales.Customers;

public static class CustomersSetup
{
    /// <summary>Customers, customer groups, payment terms, the customer code format and the address reference data.</summary>
    public static IServiceCollection AddCustomers(this IServiceCollection services, NavigationRegistry navigation)
    {
        services.AddScoped<CustomerQueries>();
        services.AddScoped<SaveCustomerCommand>();
        services.AddScoped<CustomerImportCommand>();
        services.AddScoped<CustomerGroupService>();
        services.AddScoped<PaymentTermService>();
        services.AddScoped<CustomerCodeFormatService>();
        services.AddScoped<GeographyQueries>();
        services.AddScoped<CustomersDemoData>();
        navigation.Add(new NavEntry(SalesModule.Group, "Customers", "/sales/customers", Icons.Material.Filled.People, SalesPermissions.View, 10));
        navigation.Add(new NavEntry(SalesModule.Group, "Customer groups", "/sales/settings/customer-groups", Icons.Material.Filled.Groups,
            SalesPermissions.View, 80));
        navigation.Add(new NavEntry(SalesModule.Group, "Payment terms", "/sales/settings/payment-terms", Icons.Material.Filled.EventNote,
            SalesPermissions.View, 81));
        navigation.Add(new NavEntry(SalesModule.Group, "Customer codes", "/sales/settings/customer-codes", Icons.Material.Filled.Pin,
            SalesPermissions.Configure, 82));
        return services;
    }
}
