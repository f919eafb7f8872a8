using Erp.Domain.Common;
using Erp.Domain.Platform;
using Erp.Domain.Purchasing;
using Erp.Tests.TestInfrastructure;
using Erp.Web.Features.Purchasing.Settings;
using Erp.Web.Features.Purchasing.Suppliers;
using Erp.Web.Features.Sales.Customers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Erp.Tests.Web.Features.Purchasing.Suppliers;

public class SupplierCommandTests(ErpAppFactory app) : IClassFixture<ErpAppFactory>
{
    internal static SupplierInput Input(string name = "Acme Supplies", string? taxId = null, string currency = "USD") => new()
    {
        Name = name, TaxId = taxId, CurrencyCode = currency, Email = "orders@acme.example", LeadTimeDays = 5,
        Address = new AddressInput { Line1 = "1 Dock Rd", City = "Austin", State = "TX", Country = "US", PostalCode = "73301" },
    };

    [Fact]
    public async Task Create_WithContacts_TakesTheNextSupplierCode_AndUpdateReplacesTheContacts()
    {
        var kit = await PurchasingTestKit.CreateAsync(app);
        var input = Input();
        input.Contacts = [new ContactInput { Name = "Sam Sales", Role = "Sales" }, new ContactInput { Name = "Alex Accounts", Role = "AR" }];

        var first = await kit.As(kit.Buyer, sp => sp.GetRequiredService<SupplierCommands>().CreateAsync(input));
        var second = await kit.As(kit.Buyer, sp => sp.GetRequiredService<SupplierCommands>().CreateAsync(Input("Second Source")));

        Assert.True(first.IsSuccess, first.Error?.Message);
        Assert.True(second.IsSuccess, second.Error?.Message);
        var loaded = (await kit.As(kit.Buyer, sp => sp.GetRequiredService<SupplierQueries>().GetAsync(first.Value))).Value;
        Assert.Equal("SUP-00001", loaded.Code);
        Assert.Equal(("Sam Sales", true), (loaded.Input.Contacts[0].Name, loaded.Input.Contacts[0].IsPrimary));
        Assert.Equal(2, loaded.Input.Contacts.Count);
        Assert.Equal("SUP-00002", await kit.InDb(db => db.Suppliers.Where(s => s.Id == second.Value).Select(s => s.Code).SingleAsync()));

        // Edit: rename, keep Sam (now with an email), drop Alex, add Kim as primary.
        var edit = loaded.Input;
        edit.Name = "Acme Supplies Ltd";
        edit.LeadTimeDays = 9;
        var sam = edit.Contacts.Single(c => c.Name == "Sam Sales");
        sam.Email = "sam@acme.example";
        sam.IsPrimary = false;
        edit.Contacts = [sam, new ContactInput { Name = "Kim Keeper", IsPrimary = true }];
        var updated = await kit.As(kit.Buyer, sp => sp.GetRequiredService<SupplierCommands>().UpdateAsync(first.Value, edit, loaded.Version));
        var stale = await kit.As(kit.Buyer, sp => sp.GetRequiredService<SupplierCommands>().UpdateAsync(first.Value, edit, loaded.Version));

        Assert.True(updated.IsSuccess, updated.Error?.Message);
        Assert.Equal(CommonErrors.ChangedByAnotherUser, stale.Error);
        var saved = await kit.InDb(db => db.Suppliers.Include(s => s.Contacts).SingleAsync(s => s.Id == first.Value));
        Assert.Equal(("Acme Supplies Ltd", 9, "SUP-00001"), (saved.Name, saved.LeadTimeDays, saved.Code));
        Assert.Equal(["Kim Keeper:True", "Sam Sales:False:sam@acme.example"],
            saved.Contacts.OrderBy(c => c.Name).Select(c => c.IsPrimary ? $"{c.Name}:True" : $"{c.Name}:False:{c.Email}"));
        Assert.Equal(sam.Id, saved.Contacts.Single(c => c.Name == "Sam Sales").Id);
    }

    [Fact]
    public async Task Create_WithATaxIdAnotherSupplierHas_IsRefusedNamingIt_AndNothingIsSaved()
    {
        var kit = await PurchasingTestKit.CreateAsync(app);
        var holder = await kit.As(kit.Buyer, sp => sp.GetRequiredService<SupplierCommands>().CreateAsync(Input("Holder", "US 12-345")));

        var copy = await kit.As(kit.Buyer, sp => sp.GetRequiredService<SupplierCommands>().CreateAsync(Input("Copy", "us12345")));
        var other = await kit.As(kit.Buyer, sp => sp.GetRequiredService<SupplierCommands>().CreateAsync(Input("Other", "US99")));
        var loaded = (await kit.As(kit.Buyer, sp => sp.GetRequiredService<SupplierQueries>().GetAsync(other.Value))).Value;
        loaded.Input.TaxId = "US-12345";
        var edit = await kit.As(kit.Buyer, sp => sp.GetRequiredService<SupplierCommands>().UpdateAsync(other.Value, loaded.Input, loaded.Version));

        Assert.True(holder.IsSuccess);
        Assert.Equal("purchasing.tax_id_taken", copy.Error?.Code);
        Assert.Contains("SUP-00001", copy.Error!.Message, StringComparison.Ordinal);
        Assert.Equal("purchasing.tax_id_taken", edit.Error?.Code);
        Assert.Equal(["US12345", "US99"], await kit.InDb(db => db.Suppliers.OrderBy(s => s.TaxId).Select(s => s.TaxId!).ToListAsync()));
    }

    [Fact]
    public async Task Create_InACurrencyTheTenantDoesNotUse_IsRefused_UntilTheSettingsAddIt()
    {
        var kit = await PurchasingTestKit.CreateAsync(app);

        var refused = await kit.As(kit.Buyer, sp => sp.GetRequiredService<SupplierCommands>().CreateAsync(Input("Euro GmbH", currency: "EUR")));
        var admin = kit.Data.Tenant.AdminId;
        var settings = (await kit.As(admin, sp => sp.GetRequiredService<PurchasingSettingsService>().GetAsync())).Value;
        settings.OtherCurrencies = "eur";
        var saved = await kit.As(admin, sp => sp.GetRequiredService<PurchasingSettingsService>().SaveAsync(settings));
        var accepted = await kit.As(kit.Buyer, sp => sp.GetRequiredService<SupplierCommands>().CreateAsync(Input("Euro GmbH", currency: "EUR")));

        Assert.Equal(PurchasingErrors.CurrencyNotUsed("EUR"), refused.Error);
        Assert.True(saved.IsSuccess, saved.Error?.Message);
        Assert.True(accepted.IsSuccess, accepted.Error?.Message);
        // The refused attempt took no code: the accepted one is the first.
        Assert.Equal(["SUP-00001"], await kit.InDb(db => db.Suppliers.Select(s => s.Code).ToListAsync()));
    }

    [Fact]
    public async Task Delete_IsRefusedWhileTheSupplierHasOrders_ElseSoftDeletesWithTheReason_AndDeactivateStopsOrdering()
    {
        var kit = await PurchasingTestKit.CreateAsync(app);
        var product = await kit.ProductAsync("DEL-1");
        var ordered = await kit.SupplierAsync("SUP-O", "Ordered From");
        await kit.SentOrderAsync(ordered, [(product, 1m, 1m)]);
        var idle = await kit.As(kit.Buyer, sp => sp.GetRequiredService<SupplierCommands>().CreateAsync(Input("Idle")));

        var refused = await kit.As(kit.Buyer, sp => sp.GetRequiredService<SupplierCommands>().DeleteAsync(ordered, "Not needed"));
        var noReason = await kit.As(kit.Buyer, sp => sp.GetRequiredService<SupplierCommands>().DeleteAsync(idle.Value, " "));
        var deleted = await kit.As(kit.Buyer, sp => sp.GetRequiredService<SupplierCommands>().DeleteAsync(idle.Value, "Duplicate entry"));
        var deactivated = await kit.As(kit.Buyer, sp => sp.GetRequiredService<SupplierCommands>().SetActiveAsync(ordered, false));

        Assert.Equal("purchasing.supplier_has_orders", refused.Error?.Code);
        Assert.Equal(CommonErrors.DeleteReasonRequired, noReason.Error);
        Assert.True(deleted.IsSuccess, deleted.Error?.Message);
        Assert.True(deactivated.IsSuccess, deactivated.Error?.Message);
        var left = await kit.InDb(db => db.Suppliers.SingleAsync());
        Assert.Equal((ordered, false), (left.Id, left.IsActive));
        Assert.False(left.EnsureActive().IsSuccess);
        var gone = await kit.InDb(db => db.Suppliers.IgnoreQueryFilters().SingleAsync(s => s.Id == idle.Value));
        Assert.Equal((true, "Duplicate entry"), (gone.IsDeleted, gone.DeleteReason));
    }

    [Fact]
    public async Task ACashier_IsForbiddenToReadOrChangeSuppliers_AndABuyerToChangeSettings()
    {
        var kit = await PurchasingTestKit.CreateAsync(app);
        var cashier = await kit.Data.Tenant.AddUserAsync(BuiltInRoles.Cashier);
        var supplier = await kit.SupplierAsync("SUP-X", "Existing");
        var product = await kit.ProductAsync("CASH-1");

        var create = await kit.As(cashier, sp => sp.GetRequiredService<SupplierCommands>().CreateAsync(Input()));
        var list = await kit.As(cashier, sp => sp.GetRequiredService<SupplierQueries>().ListAsync(new SupplierListQuery(), 0, 25));
        var get = await kit.As(cashier, sp => sp.GetRequiredService<SupplierQueries>().GetAsync(supplier));
        var add = await kit.As(cashier, sp => sp.GetRequiredService<SupplierProductCommands>()
            .AddAsync(supplier, new SupplierProductInput { ProductId = product, Currency = "USD", UnitPrice = 1m }));
        var settings = await kit.As(kit.Buyer, sp => sp.GetRequiredService<PurchasingSettingsService>()
            .SaveAsync(new PurchasingSettingsInput { SalesVelocityDays = 30 }));
        var accountantCreate = await kit.As(kit.Accountant, sp => sp.GetRequiredService<SupplierCommands>().CreateAsync(Input()));

        Assert.All(new Result[] { create, list, get, add, settings, accountantCreate }, r => Assert.Equal(CommonErrors.Forbidden, r.Error));
        Assert.Equal(1, await kit.InDb(db => db.Suppliers.CountAsync()));
        Assert.Equal(0, await kit.InDb(db => db.SupplierProducts.CountAsync()));
        Assert.Equal(0, await kit.InDb(db => db.PurchasingSettings.CountAsync()));
    }
}
