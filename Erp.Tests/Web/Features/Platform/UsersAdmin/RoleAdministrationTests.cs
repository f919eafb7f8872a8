using System.Net;
using Erp.Data;
using Erp.Domain.Common;
using Erp.Domain.Platform;
using Erp.Tests.TestInfrastructure;
using Erp.Web.Features.Platform.Roles;
using Erp.Web.Features.Platform.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Erp.Tests.Web.Features.Platform.UsersAdmin;

public class RoleAdministrationTests(UsersAdminAppFactory app) : IClassFixture<UsersAdminAppFactory>
{
    [Fact]
    public async Task CustomRole_WithOnePermission_GrantsExactlyThat()
    {
        var tenant = await app.CreateTenantAsync();
        var email = $"auditor-{Guid.NewGuid():N}@{tenant.Code}.test";
        var userId = await tenant.AddUserAsync(BuiltInRoles.Employee, email);
        var roleId = await CreateAsync(tenant, "Sign-in auditors", PlatformPermissions.ViewSignIns);
        var set = await app.InTenantAsync(tenant.Id, tenant.AdminId, sp => sp.GetRequiredService<SetMemberRolesCommand>().SetAsync(userId, [roleId], null));
        Assert.True(set.IsSuccess, set.Error?.Message);

        var client = app.CreateHttpsClient();
        await HttpLogin.LoginAsync(client, email);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/platform/sign-ins")).StatusCode);
        foreach (var url in new[] { "/", "/platform/roles", $"/platform/roles/{roleId}", $"/platform/users/{tenant.AdminId}" })
        {
            await MemberAdministrationTests.AssertRefusedAsync(client, url);
        }
    }

    [Fact]
    public async Task CreateRole_NameTakenInAnyCase_IsRefused_UntilTheOtherIsDeleted()
    {
        var tenant = await app.CreateTenantAsync();
        var first = await CreateAsync(tenant, "Auditors", PlatformPermissions.ViewAudit);

        var same = await SaveAsync(tenant, cmd => cmd.CreateAsync(new SaveRoleRequest(" auditors ", null, [PlatformPermissions.ViewAudit])));
        var builtInName = await SaveAsync(tenant, cmd => cmd.CreateAsync(new SaveRoleRequest("admin", null, [PlatformPermissions.ViewAudit])));
        Assert.Equal(PlatformErrors.RoleNameTaken, same.Error);
        Assert.Equal(PlatformErrors.RoleNameTaken, builtInName.Error);

        var deleted = await app.InTenantAsync(tenant.Id, tenant.AdminId, sp => sp.GetRequiredService<DeleteRoleCommand>().DeleteAsync(first, "Merged into Accountant"));
        Assert.True(deleted.IsSuccess, deleted.Error?.Message);
        await CreateAsync(tenant, "Auditors", PlatformPermissions.ViewAudit);
    }

    [Fact]
    public async Task CreateRole_SameNameInAnotherTenant_IsAllowed()
    {
        var tenant = await app.CreateTenantAsync();
        var other = await app.CreateTenantAsync();
        await CreateAsync(other, "Night shift", PlatformPermissions.ViewDashboard);

        await CreateAsync(tenant, "Night shift", PlatformPermissions.ViewDashboard);
    }

    [Fact]
    public async Task SaveRole_BadInput_ChangesNothing()
    {
        var tenant = await app.CreateTenantAsync();
        var roleId = await CreateAsync(tenant, "Stock viewers", PlatformPermissions.ViewOrganizations);

        var empty = await SaveAsync(tenant, cmd => cmd.UpdateAsync(roleId, new SaveRoleRequest("Stock viewers", null, []), 0));
        var unknown = await SaveAsync(tenant, cmd => cmd.UpdateAsync(roleId, new SaveRoleRequest("Stock viewers", null, ["Nope.Nothing"]), 0));
        var noName = await SaveAsync(tenant, cmd => cmd.UpdateAsync(roleId, new SaveRoleRequest("  ", null, [PlatformPermissions.ViewAudit]), 0));

        Assert.Equal(UserAdminErrors.PermissionRequired, empty.Error);
        Assert.Equal(PlatformErrors.UnknownPermission, unknown.Error);
        Assert.Equal(PlatformErrors.RoleNameInvalid, noName.Error);
        var details = await app.InTenantAsync(tenant.Id, tenant.AdminId, sp => sp.GetRequiredService<RoleQueries>().GetAsync(roleId));
        Assert.Equal([PlatformPermissions.ViewOrganizations], details.Value.Permissions);
    }

    [Fact]
    public async Task EditRole_GrantsNewPermissionToHolders_AndRefusesAStaleEdit()
    {
        var tenant = await app.CreateTenantAsync();
        var email = $"holder-{Guid.NewGuid():N}@{tenant.Code}.test";
        var userId = await tenant.AddUserAsync(BuiltInRoles.Employee, email);
        var roleId = await CreateAsync(tenant, "Watchers", PlatformPermissions.ViewDashboard);
        await app.InTenantAsync(tenant.Id, tenant.AdminId, sp => sp.GetRequiredService<SetMemberRolesCommand>().SetAsync(userId, [roleId], null));
        var client = app.CreateHttpsClient();
        await HttpLogin.LoginAsync(client, email);
        await MemberAdministrationTests.AssertRefusedAsync(client, "/platform/sign-ins");
        var loaded = await app.InTenantAsync(tenant.Id, tenant.AdminId, sp => sp.GetRequiredService<RoleQueries>().GetAsync(roleId));

        var saved = await SaveAsync(tenant, cmd => cmd.UpdateAsync(roleId,
            new SaveRoleRequest("Watchers", null, [PlatformPermissions.ViewDashboard, PlatformPermissions.ViewSignIns]), loaded.Value.Version));
        var stale = await SaveAsync(tenant, cmd => cmd.UpdateAsync(roleId,
            new SaveRoleRequest("Watchers", null, [PlatformPermissions.ViewAudit]), loaded.Value.Version));

        Assert.True(saved.IsSuccess, saved.Error?.Message);
        Assert.Equal(CommonErrors.ChangedByAnotherUser, stale.Error);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/platform/sign-ins")).StatusCode);
    }

    [Fact]
    public async Task BuiltInRole_CannotBeEditedOrDeleted()
    {
        var tenant = await app.CreateTenantAsync();
        var cashier = await RoleIdAsync(tenant, BuiltInRoles.Cashier);

        var edit = await SaveAsync(tenant, cmd => cmd.UpdateAsync(cashier, new SaveRoleRequest("Cashier", null, [PlatformPermissions.ManageUsers]), 0));
        var delete = await app.InTenantAsync(tenant.Id, tenant.AdminId, sp => sp.GetRequiredService<DeleteRoleCommand>().DeleteAsync(cashier, "no"));

        Assert.Equal(PlatformErrors.BuiltInRoleReadOnly, edit.Error);
        Assert.Equal(PlatformErrors.BuiltInRoleReadOnly, delete.Error);
    }

    [Fact]
    public async Task DeleteRole_InUseOrWithoutReason_IsRefused()
    {
        var tenant = await app.CreateTenantAsync();
        var roleId = await CreateAsync(tenant, "Helpers", PlatformPermissions.ViewDashboard);
        var userId = await tenant.AddUserAsync(BuiltInRoles.Employee);
        await app.InTenantAsync(tenant.Id, tenant.AdminId, sp => sp.GetRequiredService<SetMemberRolesCommand>().SetAsync(userId, [roleId], null));

        var inUse = await app.InTenantAsync(tenant.Id, tenant.AdminId, sp => sp.GetRequiredService<DeleteRoleCommand>().DeleteAsync(roleId, "Not needed"));
        var noReason = await app.InTenantAsync(tenant.Id, tenant.AdminId, sp => sp.GetRequiredService<DeleteRoleCommand>().DeleteAsync(roleId, " "));

        Assert.Equal(UserAdminErrors.RoleInUse, inUse.Error);
        Assert.False(noReason.IsSuccess);
        var list = await app.InTenantAsync(tenant.Id, tenant.AdminId, sp => sp.GetRequiredService<RoleQueries>().ListAsync());
        Assert.Contains(list.Value, r => r.Id == roleId && r.MemberCount == 1);
    }

    [Fact]
    public async Task ForeignTenantRole_IsNotFound()
    {
        var tenant = await app.CreateTenantAsync();
        var other = await app.CreateTenantAsync();
        var foreign = await CreateAsync(other, "Theirs", PlatformPermissions.ViewDashboard);
        var client = app.CreateHttpsClient();
        await HttpLogin.LoginAsync(client, tenant.AdminEmail);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/platform/roles")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/platform/roles/new")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/platform/roles/{foreign}")).StatusCode);
        var edit = await SaveAsync(tenant, cmd => cmd.UpdateAsync(foreign, new SaveRoleRequest("Mine now", null, [PlatformPermissions.ViewAudit]), 0));
        Assert.Equal(UserAdminErrors.RoleNotFound, edit.Error);
    }

    private async Task<Guid> CreateAsync(TestTenant tenant, string name, params string[] permissions)
    {
        var result = await SaveAsync(tenant, cmd => cmd.CreateAsync(new SaveRoleRequest(name, "Made by a test", permissions)));
        Assert.True(result.IsSuccess, result.Error?.Message);
        return ((Erp.Domain.Common.Result<Guid>)result).Value;
    }

    private Task<Erp.Domain.Common.Result> SaveAsync<T>(TestTenant tenant, Func<SaveRoleCommand, Task<T>> action) where T : Erp.Domain.Common.Result =>
        app.InTenantAsync<Erp.Domain.Common.Result>(tenant.Id, tenant.AdminId, async sp => await action(sp.GetRequiredService<SaveRoleCommand>()));

    private Task<Guid> RoleIdAsync(TestTenant tenant, string name) =>
        app.InTenantAsync(tenant.Id, tenant.AdminId, async sp =>
        {
            await using var db = await sp.GetRequiredService<IDbContextFactory<ErpDbContext>>().CreateDbContextAsync();
            return await db.Roles.Where(r => r.Name == name).Select(r => r.Id).SingleAsync();
        });
}
