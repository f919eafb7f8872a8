using Erp.Data;
using Erp.Data.Identity;
using Erp.Data.Tenancy;
using Erp.Domain.Common;
using Erp.Domain.Platform;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Platform.Tenants;

public sealed record CreateTenantRequest(
    string Name, string Code, string OrganizationName, string BaseCurrency,
    string AdminEmail, string AdminName, string AdminPassword, string Culture = "en-US", string TimeZone = "UTC");

/// <summary>
/// Creates a tenant with its built-in roles, a first organization and its first admin. Used by the platform
/// operator screen and by the demo seed; callers check the operator permission.
/// </summary>
public sealed class CreateTenantCommand(
    IDbContextFactory<ErpDbContext> dbFactory, ITenantContext tenant, UserManager<ApplicationUser> users, TimeProvider clock)
{
    public async Task<Result<Guid>> CreateAsync(CreateTenantRequest request, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        Tenant created;
        try
        {
            created = new Tenant(request.Name, request.Code, request.Culture, request.TimeZone, clock.GetUtcNow());
        }
        catch (DomainException ex)
        {
            return ex.Error;
        }

        if (await db.Tenants.AnyAsync(t => t.Code == created.Code, ct))
        {
            return PlatformErrors.TenantCodeTaken;
        }

        var user = await users.FindByEmailAsync(request.AdminEmail);
        if (user is null)
        {
            user = new ApplicationUser
            {
                UserName = request.AdminEmail, Email = request.AdminEmail, EmailConfirmed = true,
                DisplayName = request.AdminName, CreatedAt = clock.GetUtcNow(), Language = request.Culture, TimeZone = request.TimeZone,
            };
            var result = await users.CreateAsync(user, request.AdminPassword);
            if (!result.Succeeded)
            {
                return Error.Validation(string.Join(" ", result.Errors.Select(e => e.Description)));
            }
        }

        db.Tenants.Add(created);
        await db.SaveChangesAsync(ct);
        using (tenant.BeginScope(created.Id))
        {
            var organization = new Organization(request.OrganizationName, "HQ", request.BaseCurrency);
            db.Organizations.Add(organization);
            var roles = BuiltInRoles.All.Select(TenantRole.BuiltIn).ToList();
            db.Roles.AddRange(roles);
            var membership = new TenantMembership(user.Id, organization.Id);
            membership.SetRoles([roles.Single(r => r.Name == BuiltInRoles.Admin).Id]);
            db.Memberships.Add(membership);
            await db.SaveChangesAsync(ct);
        }

        return created.Id;
    }
}
