using System.Net;
using Erp.Data.Identity;
using Erp.Domain.Platform;
using Erp.Tests.TestInfrastructure;
using Erp.Web.Features.Platform.Operator;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Erp.Tests.Web.Features.Platform.UsersAdmin;

public class OperatorTenantTests(UsersAdminAppFactory app) : IClassFixture<UsersAdminAppFactory>
{
    [Fact]
    public async Task Operator_CreatesTenant_WhoseAdminSetsPasswordAndLogsIn()
    {
        var operatorId = await OperatorIdAsync(await app.CreateOperatorAsync());
        var code = "op" + Guid.NewGuid().ToString("N")[..8];
        var adminEmail = $"first-admin@{code}.test";

        var created = await app.AsUserWithoutTenantAsync(operatorId, sp => sp.GetRequiredService<OperatorCreateTenantCommand>()
            .CreateAsync(new NewTenantRequest("Operator Made Ltd", code, "Head office", "eur", adminEmail, "First Admin")));

        Assert.True(created.IsSuccess, created.Error?.Message);
        var link = Assert.IsType<string>(created.Value.AdminSetPasswordLink);
        await app.SetPasswordThroughLinkAsync(link, "first-admin-password-1");
        var client = app.CreateHttpsClient();
        await HttpLogin.LoginAsync(client, adminEmail, "first-admin-password-1");
        Assert.Contains("Operator Made Ltd", await client.GetStringAsync("/"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/platform/roles")).StatusCode);
    }

    [Fact]
    public async Task Operator_HomeIsTheTenantList_WhichShowsTenants()
    {
        var tenant = await app.CreateTenantAsync();
        var client = app.CreateHttpsClient();
        await HttpLogin.LoginAsync(client, await app.CreateOperatorAsync());

        var home = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.Equal(OperatorHome.Path, home.Headers.Location!.ToString());
        var list = await client.GetAsync(OperatorHome.Path);
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Contains($"Tenant {tenant.Code}", await list.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NonOperator_IsRefusedOnPageAndInServices()
    {
        var tenant = await app.CreateTenantAsync();
        var client = app.CreateHttpsClient();
        await HttpLogin.LoginAsync(client, tenant.AdminEmail);

        await MemberAdministrationTests.AssertRefusedAsync(client, OperatorHome.Path);
        var create = await app.InTenantAsync(tenant.Id, tenant.AdminId, sp => sp.GetRequiredService<OperatorCreateTenantCommand>()
            .CreateAsync(new NewTenantRequest("Sneaky", "sneaky" + Guid.NewGuid().ToString("N")[..6], "HQ", "USD", "s@sneaky.test", "S")));
        var list = await app.InTenantAsync(tenant.Id, tenant.AdminId, sp => sp.GetRequiredService<OperatorTenantQueries>().ListAsync());
        var suspend = await app.InTenantAsync(tenant.Id, tenant.AdminId, sp => sp.GetRequiredService<SetTenantActiveCommand>().SetActiveAsync(tenant.Id, false));

        Assert.Equal(UserAdminErrors.OperatorOnly, create.Error);
        Assert.Equal(UserAdminErrors.OperatorOnly, list.Error);
        Assert.Equal(UserAdminErrors.OperatorOnly, suspend.Error);
    }

    [Fact]
    public async Task Operator_BadTenantInput_CreatesNothing()
    {
        var operatorId = await OperatorIdAsync(await app.CreateOperatorAsync());
        var existing = await app.CreateTenantAsync();

        var badCode = await CreateAsync(operatorId, new NewTenantRequest("Bad", "no spaces!", "HQ", "USD", "a@bad.test", "A"));
        var badCurrency = await CreateAsync(operatorId, new NewTenantRequest("Bad", "bad-currency", "HQ", "dollars", "a@bad.test", "A"));
        var badEmail = await CreateAsync(operatorId, new NewTenantRequest("Bad", "bad-email", "HQ", "USD", "not-an-email", "A"));
        var taken = await CreateAsync(operatorId, new NewTenantRequest("Bad", existing.Code, "HQ", "USD", "a@bad.test", "A"));

        Assert.Equal(PlatformErrors.TenantCodeInvalid, badCode.Error);
        Assert.False(badCurrency.IsSuccess);
        Assert.Equal(UserAdminErrors.EmailInvalid, badEmail.Error);
        Assert.Equal(PlatformErrors.TenantCodeTaken, taken.Error);
        var tenants = await app.AsUserWithoutTenantAsync(operatorId, sp => sp.GetRequiredService<OperatorTenantQueries>().ListAsync());
        Assert.DoesNotContain(tenants.Value, t => t.Name == "Bad");
    }

    [Fact]
    public async Task Operator_SuspendsTenant_ItsMembersCanNoLongerSignIn()
    {
        var operatorId = await OperatorIdAsync(await app.CreateOperatorAsync());
        var tenant = await app.CreateTenantAsync();

        var suspended = await app.AsUserWithoutTenantAsync(operatorId, sp => sp.GetRequiredService<SetTenantActiveCommand>().SetActiveAsync(tenant.Id, false));
        Assert.True(suspended.IsSuccess, suspended.Error?.Message);
        var refused = await HttpLogin.PostLoginAsync(app.CreateHttpsClient(), tenant.AdminEmail, ErpAppFactory.Password);
        Assert.NotEqual(HttpStatusCode.Redirect, refused.StatusCode);

        await app.AsUserWithoutTenantAsync(operatorId, sp => sp.GetRequiredService<SetTenantActiveCommand>().SetActiveAsync(tenant.Id, true));
        await HttpLogin.LoginAsync(app.CreateHttpsClient(), tenant.AdminEmail);
    }

    private Task<Erp.Domain.Common.Result<NewTenantResult>> CreateAsync(string operatorId, NewTenantRequest request) =>
        app.AsUserWithoutTenantAsync(operatorId, sp => sp.GetRequiredService<OperatorCreateTenantCommand>().CreateAsync(request));

    private async Task<string> OperatorIdAsync(string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByEmailAsync(email))!.Id;
    }
}
