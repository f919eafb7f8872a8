using System.Net;
using Erp.Data;
using Erp.Domain.Common;
using Erp.Domain.Platform;
using Erp.Tests.TestInfrastructure;
using Erp.Web.Features.Platform.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Erp.Tests.Web.Features.Platform.UsersAdmin;

public class MemberAdministrationTests(UsersAdminAppFactory app) : IClassFixture<UsersAdminAppFactory>
{
    private const string NewPassword = "chosen-by-the-invitee-2026";

    [Fact]
    public async Task Invite_NewPerson_SetsPasswordThroughLinkAndWorksOnlyInTheInvitingTenant()
    {
        var tenant = await app.CreateTenantAsync();
        var other = await app.CreateTenantAsync();
        var email = $"new-{Guid.NewGuid():N}@people.test";
        var employee = await RoleIdAsync(tenant, BuiltInRoles.Employee);

        var invited = await app.InTenantAsync(tenant.Id, tenant.AdminId, sp =>
            sp.GetRequiredService<InviteUserCommand>().InviteAsync(new InviteUserRequest(email, "New Person", [employee], null)));

        Assert.True(invited.IsSuccess, invited.Error?.Message);
        Assert.True(invited.Value.NewAccount);
        var link = Assert.IsType<string>(invited.Value.SetPasswordLink);
        var client = app.CreateHttpsClient();
        var refused = await HttpLogin.PostLoginAsync(client, email, NewPassword);
        Assert.NotEqual(HttpStatusCode.Redirect, refused.StatusCode);

        await app.SetPasswordThroughLinkAsync(link, NewPassword);
        await HttpLogin.LoginAsync(client, email, NewPassword);
        var home = await client.GetStringAsync("/");
        Assert.Contains($"Tenant {tenant.Code}", home, StringComparison.Ordinal);
        Assert.DoesNotContain($"Tenant {other.Code}", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invite_AccountOfAnotherTenant_AddsMembershipAndKeepsPassword()
    {
        var tenant = await app.CreateTenantAsync();
        var other = await app.CreateTenantAsync();
        var email = $"shared-{Guid.NewGuid():N}@people.test";
        await other.AddUserAsync(BuiltInRoles.Cashier, email);

        var invited = await app.InTenantAsync(tenant.Id, tenant.AdminId, async sp =>
            await sp.GetRequiredService<InviteUserCommand>().InviteAsync(
                new InviteUserRequest(email, "Shared Person", [await RoleIdAsync(tenant, BuiltInRoles.Buyer)], null)));

        Assert.True(invited.IsSuccess, invited.Error?.Message);
        Assert.False(invited.Value.NewAccount);
        Assert.Null(invited.Value.SetPasswordLink);
        await HttpLogin.LoginAsync(app.CreateHttpsClient(), email);
    }

    [Theory]
    [InlineData("not-an-email", "Name")]
    [InlineData("valid@people.test", " ")]
    public async Task Invite_BadInput_ReturnsErrorAndCreatesNothing(string email, string name)
    {
        var tenant = await app.CreateTenantAsync();
        var role = await RoleIdAsync(tenant, BuiltInRoles.Employee);

        var result = await app.InTenantAsync(tenant.Id, tenant.AdminId, sp =>
            sp.GetRequiredService<InviteUserCommand>().InviteAsync(new InviteUserRequest(email, name, [role], null)));

        Assert.False(result.IsSuccess);
        Assert.Equal(1, await MemberCountAsync(tenant));
    }

    [Fact]
    public async Task Invite_ExistingMemberOrNoRole_IsRefused()
    {
        var tenant = await app.CreateTenantAsync();
        var role = await RoleIdAsync(tenant, BuiltInRoles.Employee);

        var again = await app.InTenantAsync(tenant.Id, tenant.AdminId, sp =>
            sp.GetRequiredService<InviteUserCommand>().InviteAsync(new InviteUserRequest(tenant.AdminEmail, "Again", [role], null)));
        var noRole = await app.InTenantAsync(tenant.Id, tenant.AdminId, sp =>
            sp.GetRequiredService<InviteUserCommand>().InviteAsync(new InviteUserRequest("norole@people.test", "No Role", [], null)));

        Assert.Equal(PlatformErrors.EmailTaken, again.Error);
        Assert.Equal(UserAdminErrors.RoleRequired, noRole.Error);
        Assert.Equal(1, await MemberCountAsync(tenant));
    }

    [Fact]
    public async Task Invite_WithoutManageUsers_IsForbidden()
    {
        var tenant = await app.CreateTenantAsync();
        var manager = await tenant.AddUserAsync(BuiltInRoles.Manager);
        var role = await RoleIdAsync(tenant, BuiltInRoles.Employee);

        var result = await app.InTenantAsync(tenant.Id, manager, sp =>
            sp.GetRequiredService<InviteUserCommand>().InviteAsync(new InviteUserRequest("x@people.test", "X", [role], null)));

        Assert.Equal(CommonErrors.Forbidden, result.Error);
    }

    [Fact]
    public async Task SetRoles_ChangesWhatTheMemberMayOpen()
    {
        var tenant = await app.CreateTenantAsync();
        var email = $"promoted-{Guid.NewGuid():N}@{tenant.Code}.test";
        var userId = await tenant.AddUserAsync(BuiltInRoles.Employee, email);
        var client = app.CreateHttpsClient();
        await HttpLogin.LoginAsync(client, email);
        await AssertRefusedAsync(client, "/platform/sign-ins");

        var admin = await RoleIdAsync(tenant, BuiltInRoles.Admin);
        var set = await app.InTenantAsync(tenant.Id, tenant.AdminId, sp => sp.GetRequiredService<SetMemberRolesCommand>().SetAsync(userId, [admin], null));
        Assert.True(set.IsSuccess, set.Error?.Message);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/platform/sign-ins")).StatusCode);

        var employee = await RoleIdAsync(tenant, BuiltInRoles.Employee);
        await app.InTenantAsync(tenant.Id, tenant.AdminId, sp => sp.GetRequiredService<SetMemberRolesCommand>().SetAsync(userId, [employee], null));
        await AssertRefusedAsync(client, "/platform/sign-ins");
    }

    [Fact]
    public async Task Deactivate_EndsOpenSessionWithinRevalidationAndRefusesLogin()
    {
        var tenant = await app.CreateTenantAsync();
        var email = $"leaver-{Guid.NewGuid():N}@{tenant.Code}.test";
        var userId = await tenant.AddUserAsync(BuiltInRoles.Manager, email);
        var client = app.CreateHttpsClient();
        await HttpLogin.LoginAsync(client, email);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);

        var result = await app.InTenantAsync(tenant.Id, tenant.AdminId, sp => sp.GetRequiredService<DeactivateMemberCommand>().DeactivateAsync(userId));
        Assert.True(result.IsSuccess, result.Error?.Message);

        await Task.Delay(UsersAdminAppFactory.Revalidation + TimeSpan.FromMilliseconds(500));
        var after = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("/Account/Login", after.Headers.Location!.ToString(), StringComparison.Ordinal);

        var login = await HttpLogin.PostLoginAsync(app.CreateHttpsClient(), email, ErpAppFactory.Password);
        Assert.NotEqual(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Contains("deactivated", await login.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var back = await app.InTenantAsync(tenant.Id, tenant.AdminId, sp => sp.GetRequiredService<ReactivateMemberCommand>().ReactivateAsync(userId));
        Assert.True(back.IsSuccess);
        await HttpLogin.LoginAsync(app.CreateHttpsClient(), email);
    }

    [Fact]
    public async Task OpenSession_OfActiveMember_SurvivesRevalidation()
    {
        var tenant = await app.CreateTenantAsync();
        var client = app.CreateHttpsClient();
        await HttpLogin.LoginAsync(client, tenant.AdminEmail);

        for (var i = 0; i < 2; i++)
        {
            await Task.Delay(UsersAdminAppFactory.Revalidation + TimeSpan.FromMilliseconds(500));
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
        }
    }

    [Fact]
    public async Task Deactivate_Self_IsRefused()
    {
        var tenant = await app.CreateTenantAsync();
        var second = await tenant.AddUserAsync(BuiltInRoles.Admin);

        var result = await app.InTenantAsync(tenant.Id, second, sp => sp.GetRequiredService<DeactivateMemberCommand>().DeactivateAsync(second));

        Assert.Equal(PlatformErrors.CannotDeactivateSelf, result.Error);
    }

    [Fact]
    public async Task LastAdmin_CannotLoseAdminRoleOrBeDeactivated_ButOneOfTwoCan()
    {
        var tenant = await app.CreateTenantAsync();
        var userManager = await CreateCustomRoleMemberAsync(tenant, PlatformPermissions.ManageUsers);
        var employee = await RoleIdAsync(tenant, BuiltInRoles.Employee);

        var demote = await app.InTenantAsync(tenant.Id, userManager, sp =>
            sp.GetRequiredService<SetMemberRolesCommand>().SetAsync(tenant.AdminId, [employee], null));
        var deactivate = await app.InTenantAsync(tenant.Id, userManager, sp =>
            sp.GetRequiredService<DeactivateMemberCommand>().DeactivateAsync(tenant.AdminId));
        Assert.Equal(PlatformErrors.LastAdmin, demote.Error);
        Assert.Equal(PlatformErrors.LastAdmin, deactivate.Error);

        await tenant.AddUserAsync(BuiltInRoles.Admin);
        var now = await app.InTenantAsync(tenant.Id, userManager, sp =>
            sp.GetRequiredService<DeactivateMemberCommand>().DeactivateAsync(tenant.AdminId));
        Assert.True(now.IsSuccess, now.Error?.Message);
    }

    [Fact]
    public async Task ForeignTenantMember_IsNotFound_OnPageAndInServices()
    {
        var tenant = await app.CreateTenantAsync();
        var other = await app.CreateTenantAsync();
        var foreign = await other.AddUserAsync(BuiltInRoles.Cashier);
        var own = await tenant.AddUserAsync(BuiltInRoles.Cashier);
        var client = app.CreateHttpsClient();
        await HttpLogin.LoginAsync(client, tenant.AdminEmail);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/platform/users/{own}")).StatusCode);
        var foreignPage = await client.GetAsync($"/platform/users/{foreign}");
        Assert.True(foreignPage.StatusCode == HttpStatusCode.NotFound, $"{foreignPage.StatusCode} {foreignPage.Headers.Location}");
        var unknown = await client.GetAsync($"/platform/users/{Guid.NewGuid()}");
        Assert.True(unknown.StatusCode == HttpStatusCode.NotFound, $"{unknown.StatusCode} {unknown.Headers.Location}");
        var deactivate = await app.InTenantAsync(tenant.Id, tenant.AdminId, sp => sp.GetRequiredService<DeactivateMemberCommand>().DeactivateAsync(foreign));
        var details = await app.InTenantAsync(tenant.Id, tenant.AdminId, sp => sp.GetRequiredService<MemberQueries>().GetAsync(foreign));
        Assert.Equal(UserAdminErrors.MemberNotFound, deactivate.Error);
        Assert.Equal(UserAdminErrors.MemberNotFound, details.Error);
    }

    internal static async Task AssertRefusedAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.Forbidden
            || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.ToString().Contains("access-denied", StringComparison.Ordinal)),
            $"{url} → {(int)response.StatusCode} {response.Headers.Location}");
    }

    private async Task<string> CreateCustomRoleMemberAsync(TestTenant tenant, string permission)
    {
        var userId = await tenant.AddUserAsync(BuiltInRoles.Employee);
        await app.InTenantAsync(tenant.Id, tenant.AdminId, async sp =>
        {
            await using var db = await sp.GetRequiredService<IDbContextFactory<ErpDbContext>>().CreateDbContextAsync();
            var role = new TenantRole("User managers " + Guid.NewGuid().ToString("N")[..6], null, [permission]);
            db.Roles.Add(role);
            var membership = await db.Memberships.Include(m => m.Roles).SingleAsync(m => m.UserId == userId);
            membership.SetRoles([role.Id]);
            await db.SaveChangesAsync();
        });
        return userId;
    }

    private Task<Guid> RoleIdAsync(TestTenant tenant, string name) =>
        app.InTenantAsync(tenant.Id, tenant.AdminId, async sp =>
        {
            await using var db = await sp.GetRequiredService<IDbContextFactory<ErpDbContext>>().CreateDbContextAsync();
            return await db.Roles.Where(r => r.Name == name).Select(r => r.Id).SingleAsync();
        });

    private Task<int> MemberCountAsync(TestTenant tenant) =>
        app.InTenantAsync(tenant.Id, tenant.AdminId, async sp =>
        {
            await using var db = await sp.GetRequiredService<IDbContextFactory<ErpDbContext>>().CreateDbContextAsync();
            return await db.Memberships.CountAsync();
        });
}
