using Erp.Data;
using Erp.Domain.Platform;
using Erp.Tests.TestInfrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Erp.Tests.Web.Features.Platform.UsersAdmin;

public class AdminPagesAccessTests(UsersAdminAppFactory app) : IClassFixture<UsersAdminAppFactory>
{
    [Theory]
    [InlineData(BuiltInRoles.Cashier)]
    [InlineData(BuiltInRoles.Employee)]
    public async Task StaffWithoutAdminRights_AreRefusedOnEveryAdminPage(string role)
    {
        var tenant = await app.CreateTenantAsync();
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@{tenant.Code}.test";
        await tenant.AddUserAsync(role, email);
        var adminRole = await app.InTenantAsync(tenant.Id, tenant.AdminId, async sp =>
        {
            await using var db = await sp.GetRequiredService<IDbContextFactory<ErpDbContext>>().CreateDbContextAsync();
            return await db.Roles.Where(r => r.Name == BuiltInRoles.Admin).Select(r => r.Id).SingleAsync();
        });
        var client = app.CreateHttpsClient();
        await HttpLogin.LoginAsync(client, email);

        foreach (var url in new[]
                 {
                     $"/platform/users/{tenant.AdminId}", "/platform/roles", "/platform/roles/new", $"/platform/roles/{adminRole}",
                     "/platform/sign-ins", "/operator/tenants",
                 })
        {
            await MemberAdministrationTests.AssertRefusedAsync(client, url);
        }
    }
}
