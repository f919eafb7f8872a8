using Erp.Domain.Common;
using Erp.Domain.Platform;
using Erp.Domain.Sales.Customers;
using Erp.Tests.TestInfrastructure;
using Erp.Web.Features.Sales.Customers;
using Erp.Web.Features.Sales.Geography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Erp.Tests.Web.Features.Sales.Customers;

public class CustomerServiceTests(ErpAppFactory app) : IClassFixture<ErpAppFactory>
{
    [Fact]
    public async Task Create_GivesGapFreeCodesFromTheTenantsFormat_AndRemembersTheCity()
    {
        var tenant = await app.CreateTenantAsync();

        var first = await app.CreateAsync(tenant, CustomerTestKit.Input("First"));
        var refused = await app.As(tenant, tenant.AdminId, sp => sp.GetRequiredService<SaveCustomerCommand>()
            .CreateAsync(BadEmail()));
        var second = await app.CreateAsync(tenant, CustomerTestKit.Input("Second"));
        var changed = await app.As(tenant, tenant.AdminId, sp => sp.GetRequiredService<CustomerCodeFormatService>().SaveAsync("C", "{prefix}{yy}-{n:4}"));
        var third = await app.CreateAsync(tenant, CustomerTestKit.Input("Third"));

        Assert.False(refused.IsSuccess);
        Assert.True(changed.IsSuccess, changed.Error?.Message);
        var codes = await app.InDb(tenant, db => db.Customers.OrderBy(c => c.CreatedAt).Select(c => c.Code).ToListAsync());
        Assert.Equal(["CUST-000001", "CUST-000002", $"C{DateTime.UtcNow:yy}-0003"], codes);
        Assert.NotEqual(first, second);
        Assert.NotEqual(second, third);
        var cities = await app.As(tenant, tenant.AdminId, sp => sp.GetRequiredService<GeographyQueries>().CitiesAsync("US", "TX", "au"));
        Assert.Equal(["Austin"], cities);
    }

    [Fact]
    public async Task Create_WithATaxIdAnotherCustomerHas_IsRefusedNamingThatCustomersCode()
    {
        var tenant = await app.CreateTenantAsync();
        await app.CreateAsync(tenant, CustomerTestKit.Input("Holder", "GB 123 456 789"));

        var refused = await app.As(tenant, tenant.AdminId, sp => sp.GetRequiredService<SaveCustomerCommand>()
            .CreateAsync(CustomerTestKit.Input("Copy", "gb123456789")));

        Assert.Equal("sales.tax_id_taken", refused.Error?.Code);
        Assert.Contains("CUST-000001", refused.Error!.Message, StringComparison.Ordinal);
        Assert.Equal(1, await app.InDb(tenant, db => db.Customers.CountAsync()));
    }

    public static TheoryData<string, string> BadInputs => new()
    {
        { "credit", CustomerErrors.NegativeCreditLimit.Code },
        { "email", CustomerErrors.InvalidEmail.Code },
        { "country", CustomerErrors.UnknownCountry.Code },
        { "state", CustomerErrors.UnknownState.Code },
        { "exempt", CustomerErrors.ExemptionReferenceRequired.Code },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task Update_WithBadInput_IsRefusedWithAClearReason_AndChangesNothing(string what, string code)
    {
        var tenant = await app.CreateTenantAsync();
        var id = await app.CreateAsync(tenant, CustomerTestKit.Input("Steady"));
        var loaded = (await app.As(tenant, tenant.AdminId, sp => sp.GetRequiredService<CustomerQueries>().GetAsync(id))).Value;
        var input = loaded.Input;
        input.Name = "Changed";
        switch (what)
        {
            case "credit": input.CreditLimit = -5m; break;
            case "email": input.Email = "not-an-email"; break;
            case "country": input.Billing.Country = "XX"; break;
            case "state": input.Billing.State = "ZZ"; break;
            case "exempt": input.TaxExempt = true; break;
        }

        var result = await app.As(tenant, tenant.AdminId, sp => sp.GetRequiredService<SaveCustomerCommand>().UpdateAsync(id, input, loaded.Version));

        Assert.Equal(code, result.Error?.Code);
        Assert.False(string.IsNullOrWhiteSpace(result.Error!.Message));
        var stored = await app.InDb(tenant, db => db.Customers.SingleAsync(c => c.Id == id));
        Assert.Equal(("Steady", loaded.Version), (stored.Name, stored.Version));
    }

    [Fact]
    public async Task Block_WithoutReason_IsRefused_WithReason_BlocksOrders()
    {
        var tenant = await app.CreateTenantAsync();
        var id = await app.CreateAsync(tenant, CustomerTestKit.Input());
        var save = (IServiceProvider sp) => sp.GetRequiredService<SaveCustomerCommand>();

        var refused = await app.As(tenant, tenant.AdminId, sp => save(sp).SetBlockedAsync(id, true, " "));
        var afterRefusal = await app.InDb(tenant, db => db.Customers.SingleAsync(c => c.Id == id));
        var blocked = await app.As(tenant, tenant.AdminId, sp => save(sp).SetBlockedAsync(id, true, "Credit hold"));
        var stored = await app.InDb(tenant, db => db.Customers.SingleAsync(c => c.Id == id));

        Assert.Equal(CustomerErrors.BlockReasonRequired, refused.Error);
        Assert.Equal(CustomerStatus.Active, afterRefusal.Status);
        Assert.True(blocked.IsSuccess);
        Assert.Equal(CustomerStatus.Blocked, stored.Status);
        Assert.Contains("Credit hold", stored.EnsureCanOrder().Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnotherTenantsCustomer_IsNotFound_ForReadingEditingAndBlocking()
    {
        var owner = await app.CreateTenantAsync();
        var other = await app.CreateTenantAsync();
        var id = await app.CreateAsync(owner, CustomerTestKit.Input("Secret"));

        var read = await app.As(other, other.AdminId, sp => sp.GetRequiredService<CustomerQueries>().GetAsync(id));
        var edit = await app.As(other, other.AdminId, sp => sp.GetRequiredService<SaveCustomerCommand>().UpdateAsync(id, CustomerTestKit.Input("Hacked"), 0));
        var block = await app.As(other, other.AdminId, sp => sp.GetRequiredService<SaveCustomerCommand>().SetBlockedAsync(id, true, "x"));
        var list = await app.As(other, other.AdminId, sp => sp.GetRequiredService<CustomerQueries>().ListAsync(new CustomerListQuery(), 0, 25));

        Assert.Equal(CustomerErrors.CustomerNotFound, read.Error);
        Assert.Equal(CustomerErrors.CustomerNotFound, edit.Error);
        Assert.Equal(CustomerErrors.CustomerNotFound, block.Error);
        Assert.Empty(list.Value.Items);
        Assert.Equal("Secret", await app.InDb(owner, db => db.Customers.Where(c => c.Id == id).Select(c => c.Name).SingleAsync()));
    }

    [Fact]
    public async Task Permissions_CashierSeesNothing_AccountantReadsButCannotChange_SalesRepCreates()
    {
        var tenant = await app.CreateTenantAsync();
        var cashier = await tenant.AddUserAsync(BuiltInRoles.Cashier);
        var accountant = await tenant.AddUserAsync(BuiltInRoles.Accountant);
        var rep = await tenant.AddUserAsync(BuiltInRoles.SalesRep);

        var cashierList = await app.As(tenant, cashier, sp => sp.GetRequiredService<CustomerQueries>().ListAsync(new CustomerListQuery(), 0, 25));
        var accountantCreate = await app.As(tenant, accountant, sp => sp.GetRequiredService<SaveCustomerCommand>().CreateAsync(CustomerTestKit.Input()));
        var accountantTerms = await app.As(tenant, accountant, sp => sp.GetRequiredService<PaymentTermService>().SaveAsync(null, "Net 45", 45, null, null));
        var repCreate = await app.As(tenant, rep, sp => sp.GetRequiredService<SaveCustomerCommand>().CreateAsync(CustomerTestKit.Input()));
        var repCodes = await app.As(tenant, rep, sp => sp.GetRequiredService<CustomerCodeFormatService>().SaveAsync("X", "{prefix}{n:3}"));
        var accountantList = await app.As(tenant, accountant, sp => sp.GetRequiredService<CustomerQueries>().ListAsync(new CustomerListQuery(), 0, 25));

        Assert.Equal(CommonErrors.Forbidden, cashierList.Error);
        Assert.Equal(CommonErrors.Forbidden, accountantCreate.Error);
        Assert.Equal(CommonErrors.Forbidden, accountantTerms.Error);
        Assert.True(repCreate.IsSuccess, repCreate.Error?.Message);
        Assert.Equal(CommonErrors.Forbidden, repCodes.Error);
        Assert.Single(accountantList.Value.Items);
    }

    [Fact]
    public async Task List_FiltersByGroupStatusTagAndCountry_AndSearchesCodeNameTaxIdEmailAndPhone()
    {
        var tenant = await app.CreateTenantAsync();
        var group = (await app.As(tenant, tenant.AdminId, sp => sp.GetRequiredService<CustomerGroupService>().SaveAsync(null, "Wholesale", null, null))).Value;
        var a = CustomerTestKit.Input("Alpha Foods", "US111");
        a.GroupId = group;
        a.Tags = ["vip"];
        a.Phone = "+1 555 0101";
        await app.CreateAsync(tenant, a);
        var b = CustomerTestKit.Input("Beta Books", "DE222");
        b.Billing = new AddressInput { City = "Berlin", State = "BE", Country = "DE" };
        b.Email = "orders@beta.example";
        var betaId = await app.CreateAsync(tenant, b);
        await app.As(tenant, tenant.AdminId, sp => sp.GetRequiredService<SaveCustomerCommand>().SetBlockedAsync(betaId, true, "Closed"));

        async Task<List<string>> Names(CustomerListQuery q) =>
            (await app.As(tenant, tenant.AdminId, sp => sp.GetRequiredService<CustomerQueries>().ListAsync(q, 0, 25)))
            .Value.Items.Select(r => r.Name).ToList();

        Assert.Equal(["Alpha Foods"], await Names(new CustomerListQuery(GroupId: group)));
        Assert.Equal(["Beta Books"], await Names(new CustomerListQuery(Status: CustomerStatus.Blocked)));
        Assert.Equal(["Alpha Foods"], await Names(new CustomerListQuery(Tag: "VIP")));
        Assert.Equal(["Beta Books"], await Names(new CustomerListQuery(Country: "de")));
        Assert.Equal(["Beta Books"], await Names(new CustomerListQuery(Search: "CUST-000002")));
        Assert.Equal(["Alpha Foods"], await Names(new CustomerListQuery(Search: "us1")));
        Assert.Equal(["Beta Books"], await Names(new CustomerListQuery(Search: "orders@")));
        Assert.Equal(["Alpha Foods"], await Names(new CustomerListQuery(Search: "0101")));
        Assert.Equal(["Beta Books", "Alpha Foods"], await Names(new CustomerListQuery(Sort: "name", Desc: true)));
    }

    [Fact]
    public async Task PaymentTerms_AreSeededOnFirstUse_AndContactsAreSavedWithTheCustomer()
    {
        var tenant = await app.CreateTenantAsync();
        var input = CustomerTestKit.Input();
        input.Contacts = [new ContactInput { Name = "Ann Buyer", Role = "Purchasing" }, new ContactInput { Name = "Bob Payables" }];

        var terms = await app.As(tenant, tenant.AdminId, sp => sp.GetRequiredService<PaymentTermService>().ListAsync());
        var id = await app.CreateAsync(tenant, input);
        var loaded = (await app.As(tenant, tenant.AdminId, sp => sp.GetRequiredService<CustomerQueries>().GetAsync(id))).Value;

        Assert.Equal(["Due on receipt", "Net 15", "2/10 Net 30", "Net 30", "Net 60"], terms.Value.Select(t => t.Name));
        Assert.Equal(["Ann Buyer", "Bob Payables"], loaded.Input.Contacts.Select(c => c.Name));
        Assert.True(loaded.Input.Contacts[0].IsPrimary);
    }

    private static CustomerInput BadEmail()
    {
        var input = CustomerTestKit.Input("Bad");
        input.Email = "nope";
        return input;
    }
}
