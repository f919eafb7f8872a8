using Erp.Data;
using Erp.Tests.TestInfrastructure;
using Erp.Web.Features.Sales.Customers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Erp.Tests.Web.Features.Sales.Customers;

/// <summary>Shortcuts for the customer tests: a customer input, acting as a user, reading the database.</summary>
internal static class CustomerTestKit
{
    public static CustomerInput Input(string name = "Acme Ltd", string? taxId = null) => new()
    {
        Name = name, TaxId = taxId, CurrencyCode = "USD", Email = "buyer@acme.example",
        Billing = new AddressInput { Line1 = "1 Main St", City = "Austin", State = "TX", Country = "US", PostalCode = "73301" },
    };

    public static Task<T> As<T>(this ErpAppFactory app, TestTenant tenant, string userId, Func<IServiceProvider, Task<T>> action) =>
        app.InTenantAsync(tenant.Id, userId, action);

    public static Task<T> InDb<T>(this ErpAppFactory app, TestTenant tenant, Func<ErpDbContext, Task<T>> query) =>
        app.InTenantAsync(tenant.Id, tenant.AdminId, async sp =>
        {
            await using var db = await sp.GetRequiredService<IDbContextFactory<ErpDbContext>>().CreateDbContextAsync();
            return await query(db);
        });

    public static async Task<Guid> CreateAsync(this ErpAppFactory app, TestTenant tenant, CustomerInput input)
    {
        var created = await app.As(tenant, tenant.AdminId, sp => sp.GetRequiredService<SaveCustomerCommand>().CreateAsync(input));
        Assert.True(created.IsSuccess, created.Error?.Message);
        return created.Value;
    }
}
