using Erp.Domain.Common;
using Erp.Domain.Platform;
using Erp.Domain.Sales.Payments;
using Erp.Tests.TestInfrastructure;
using Erp.Tests.Web.Features.Sales.Customers;
using Erp.Web.Features.Sales.Payments;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Erp.Tests.Web.Features.Sales.Payments;

public class PaymentMethodTests(ErpAppFactory app) : IClassFixture<ErpAppFactory>
{
    [Fact]
    public async Task FirstUse_SeedsTheStandardMethods_OncePerTenant()
    {
        var tenant = await app.CreateTenantAsync();
        var other = await app.CreateTenantAsync();

        var first = await ListAsync(tenant);
        var second = await ListAsync(tenant);
        await ListAsync(other);

        Assert.Equal(["Cash", "Card", "Bank transfer", "Mobile money", "Store credit"], first.Select(m => m.Name));
        Assert.Equal(first.Select(m => m.Id), second.Select(m => m.Id));
        Assert.Equal(5, await app.InDb(tenant, db => db.PaymentMethods.CountAsync()));
    }

    [Fact]
    public async Task Save_RefusesDuplicateNames_ASecondStoreCredit_AndBlankNames_ChangingNothing()
    {
        var tenant = await app.CreateTenantAsync();
        await ListAsync(tenant);

        var voucher = await SaveAsync(tenant, null, "Gift voucher", PaymentMethodKind.Voucher);
        var duplicate = await SaveAsync(tenant, null, "Card", PaymentMethodKind.Card);
        var secondCredit = await SaveAsync(tenant, null, "Credit note", PaymentMethodKind.StoreCredit);
        var blank = await SaveAsync(tenant, null, "  ", PaymentMethodKind.Other);
        var renamed = await SaveAsync(tenant, voucher.Value, "Voucher", PaymentMethodKind.Voucher);

        Assert.True(voucher.IsSuccess && renamed.IsSuccess);
        Assert.Equal(PaymentErrors.MethodNameTaken, duplicate.Error);
        Assert.Equal(PaymentErrors.OneStoreCredit, secondCredit.Error);
        Assert.Contains("Name", blank.Error!.Message, StringComparison.Ordinal);
        var names = (await ListAsync(tenant)).Select(m => m.Name).Order().ToList();
        Assert.Equal(["Bank transfer", "Card", "Cash", "Mobile money", "Store credit", "Voucher"], names);
    }

    [Fact]
    public async Task Deactivate_KeepsAtLeastOneActiveMethod_AndActiveOnlyListsSkipInactive()
    {
        var tenant = await app.CreateTenantAsync();
        var methods = await ListAsync(tenant);
        var service = (IServiceProvider sp) => sp.GetRequiredService<PaymentMethodService>();

        foreach (var method in methods.Skip(1))
        {
            Assert.True((await app.As(tenant, tenant.AdminId, sp => service(sp).SetActiveAsync(method.Id, false))).IsSuccess);
        }

        var last = await app.As(tenant, tenant.AdminId, sp => service(sp).SetActiveAsync(methods[0].Id, false));
        var active = await app.As(tenant, tenant.AdminId, sp => service(sp).ListAsync(activeOnly: true));

        Assert.Equal(PaymentErrors.LastActiveMethod, last.Error);
        Assert.Equal(["Cash"], active.Value.Select(m => m.Name));
    }

    [Fact]
    public async Task Permissions_SalesRepReads_OnlyConfigureChanges_AnotherTenantsMethodIsNotFound()
    {
        var tenant = await app.CreateTenantAsync();
        var other = await app.CreateTenantAsync();
        var rep = await tenant.AddUserAsync(BuiltInRoles.SalesRep);
        var cash = (await ListAsync(tenant))[0];

        var repList = await app.As(tenant, rep, sp => sp.GetRequiredService<PaymentMethodService>().ListAsync());
        var repSave = await app.As(tenant, rep, sp => sp.GetRequiredService<PaymentMethodService>().SaveAsync(null, "Cheque", PaymentMethodKind.Other));
        var foreign = await app.As(other, other.AdminId, sp => sp.GetRequiredService<PaymentMethodService>().SetActiveAsync(cash.Id, false));

        Assert.True(repList.IsSuccess);
        Assert.Equal(CommonErrors.Forbidden, repSave.Error);
        Assert.Equal(PaymentErrors.MethodNotFound, foreign.Error);
        Assert.True((await ListAsync(tenant))[0].IsActive);
    }

    private async Task<IReadOnlyList<PaymentMethodRow>> ListAsync(TestTenant tenant)
    {
        var result = await app.As(tenant, tenant.AdminId, sp => sp.GetRequiredService<PaymentMethodService>().ListAsync());
        Assert.True(result.IsSuccess, result.Error?.Message);
        return result.Value;
    }

    private Task<Result<Guid>> SaveAsync(TestTenant tenant, Guid? id, string name, PaymentMethodKind kind) =>
        app.As(tenant, tenant.AdminId, sp => sp.GetRequiredService<PaymentMethodService>().SaveAsync(id, name, kind));
}
