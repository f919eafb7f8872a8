using Erp.Web.Infrastructure.Grids;
using System.Net;
using Erp.Domain.Common;
using Erp.Domain.Platform;
using Erp.Tests.TestInfrastructure;
using Erp.Web.Features.Platform.SignIns;
using Microsoft.Extensions.DependencyInjection;

namespace Erp.Tests.Web.Features.Platform.UsersAdmin;

public class SignInHistoryTests(UsersAdminAppFactory app) : IClassFixture<UsersAdminAppFactory>
{
    [Fact]
    public async Task History_ShowsFailedLoginOfMemberWithIp_AndNotAnotherTenantsPeople()
    {
        var tenant = await app.CreateTenantAsync();
        var other = await app.CreateTenantAsync();
        var member = $"member-{Guid.NewGuid():N}@{tenant.Code}.test";
        var outsider = $"outsider-{Guid.NewGuid():N}@{other.Code}.test";
        await tenant.AddUserAsync(BuiltInRoles.Cashier, member);
        await other.AddUserAsync(BuiltInRoles.Cashier, outsider);
        var client = app.CreateHttpsClient();
        client.DefaultRequestHeaders.UserAgent.ParseAdd("ErpTests/1.0");
        await HttpLogin.PostLoginAsync(client, member, "wrong-password-123");
        await HttpLogin.PostLoginAsync(client, outsider, "wrong-password-123");
        await HttpLogin.LoginAsync(app.CreateHttpsClient(), member);

        var page = await ListAsync(tenant, new SignInQuery(0, 50));

        var failed = Assert.Single(page.Items, e => e.UserName == member && !e.Succeeded);
        Assert.Equal(UsersAdminAppFactory.ClientIp, failed.IpAddress);
        Assert.Equal("ErpTests/1.0", failed.UserAgent);
        Assert.Contains(page.Items, e => e.UserName == member && e.Succeeded);
        Assert.DoesNotContain(page.Items, e => e.UserName == outsider);
        Assert.True(page.Items.Zip(page.Items.Skip(1)).All(p => p.First.At >= p.Second.At), "newest first");
    }

    [Fact]
    public async Task History_FiltersByResultAndUser_AndPagesInTheDatabase()
    {
        var tenant = await app.CreateTenantAsync();
        var member = $"filtered-{Guid.NewGuid():N}@{tenant.Code}.test";
        await tenant.AddUserAsync(BuiltInRoles.Cashier, member);
        for (var i = 0; i < 3; i++)
        {
            await HttpLogin.PostLoginAsync(app.CreateHttpsClient(), member, "wrong-password-123");
        }

        await HttpLogin.LoginAsync(app.CreateHttpsClient(), member);
        await HttpLogin.LoginAsync(app.CreateHttpsClient(), tenant.AdminEmail);

        var failed = await ListAsync(tenant, new SignInQuery(0, 2, SignInResultFilter.Failed, "FILTERED-"));
        var succeeded = await ListAsync(tenant, new SignInQuery(0, 50, SignInResultFilter.Succeeded, member));
        var secondPage = await ListAsync(tenant, new SignInQuery(1, 2, SignInResultFilter.Failed, member));

        Assert.Equal(3, failed.Total);
        Assert.Equal(2, failed.Items.Count);
        Assert.Single(secondPage.Items);
        Assert.All(failed.Items.Concat(secondPage.Items), e => Assert.False(e.Succeeded));
        Assert.Equal(member, Assert.Single(succeeded.Items).UserName);
    }

    [Fact]
    public async Task History_WithoutPermission_IsRefused()
    {
        var tenant = await app.CreateTenantAsync();
        var manager = await tenant.AddUserAsync(BuiltInRoles.Manager);

        var result = await app.InTenantAsync(tenant.Id, manager, sp => sp.GetRequiredService<SignInQueries>().ListAsync(new SignInQuery(0, 10)));

        Assert.Equal(CommonErrors.Forbidden, result.Error);
    }

    [Fact]
    public async Task HistoryPage_OpensForAdmin()
    {
        var tenant = await app.CreateTenantAsync();
        var client = app.CreateHttpsClient();
        await HttpLogin.LoginAsync(client, tenant.AdminEmail);

        var response = await client.GetAsync("/platform/sign-ins");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Sign-in history", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<Paged<SignInRow>> ListAsync(TestTenant tenant, SignInQuery query)
    {
        var result = await app.InTenantAsync(tenant.Id, tenant.AdminId, sp => sp.GetRequiredService<SignInQueries>().ListAsync(query));
        Assert.True(result.IsSuccess, result.Error?.Message);
        return result.Value;
    }
}
