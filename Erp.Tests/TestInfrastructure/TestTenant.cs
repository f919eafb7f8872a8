using Erp.Data;
using Erp.Data.Identity;
using Erp.Domain.Platform;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Erp.Tests.TestInfrastructure;

/// <summary>A tenant made for one test, with helpers to add members in built-in roles.</summary>
public sealed class TestTenant(ErpAppFactory app, Guid id, string code)
{
    public Guid Id { get; } = id;
    public string Code { get; } = code;
    public string AdminEmail { get; private set; } = "";
    public string AdminId { get; private set; } = "";

    internal async Task LoadAdminAsync(string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByEmailAsync(email);
        AdminEmail = email;
        AdminId = user!.Id;
    }

    /// <summary>Creates a user who is a member of this tenant in <paramref name="role"/>; returns the user id.</summary>
    public async Task<string> AddUserAsync(string role, string? email = null)
    {
        email ??= $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@{Code}.test";
        string userId = "";
        await app.InTenantAsync(Id, AdminId, async sp =>
        {
            var users = sp.GetRequiredService<UserManager<ApplicationUser>>();
            var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = $"{role} user" };
            var created = await users.CreateAsync(user, ErpAppFactory.Password);
            Assert.True(created.Succeeded, string.Join(" ", created.Errors.Select(e => e.Description)));
            await using var db = await sp.GetRequiredService<IDbContextFactory<ErpDbContext>>().CreateDbContextAsync();
            var roleId = await db.Roles.Where(r => r.Name == role).Select(r => r.Id).SingleAsync();
            var organizationId = await db.Organizations.Select(o => o.Id).FirstAsync();
            var membership = new TenantMembership(user.Id, organizationId);
            membership.SetRoles([roleId]);
            db.Memberships.Add(membership);
            await db.SaveChangesAsync();
            userId = user.Id;
        });
        return userId;
    }
}
