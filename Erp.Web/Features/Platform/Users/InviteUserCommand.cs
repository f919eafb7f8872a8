using Erp.Web.Features.Platform.Account;
using System.ComponentModel.DataAnnotations;
using Erp.Data;
using Erp.Data.Identity;
using Erp.Data.Tenancy;
using Erp.Domain.Common;
using Erp.Domain.Platform;
using Erp.Web.Infrastructure.Security;
using Erp.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Platform.Users;

/// <summary>
/// Adds a person to the current tenant. A new account gets no password: the person chooses one through the returned
/// link. An account that already works in another tenant just gains a membership here and keeps its password.
/// </summary>
public sealed class InviteUserCommand(
    IDbContextFactory<ErpDbContext> dbFactory, PermissionGuard guard, ITenantContext tenant, UserManager<ApplicationUser> users,
    PasswordResetLinks links, AccessService access, TimeProvider clock)
{
    private static readonly EmailAddressAttribute EmailFormat = new();

    public async Task<Result<InviteResult>> InviteAsync(InviteUserRequest request, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(PlatformPermissions.ManageUsers, ct) is { } denied)
        {
            return denied;
        }

        var email = (request.Email ?? "").Trim();
        var name = (request.DisplayName ?? "").Trim();
        if (email.Length is 0 or > 256 || !EmailFormat.IsValid(email))
        {
            return UserAdminErrors.EmailInvalid;
        }

        if (name.Length is 0 or > 200)
        {
            return UserAdminErrors.NameRequired;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await MemberInputs.CheckAsync(db, request.RoleIds, request.DefaultOrganizationId, ct) is { } invalid)
        {
            return invalid;
        }

        var user = await users.FindByEmailAsync(email);
        if (user is not null && await db.Memberships.IgnoreQueryFilters([ErpDbContext.SoftDeleteFilter]).AnyAsync(m => m.UserId == user.Id, ct))
        {
            return PlatformErrors.EmailTaken;
        }

        var newAccount = user is null;
        if (user is null)
        {
            user = new ApplicationUser
            {
                UserName = email, Email = email, EmailConfirmed = true, DisplayName = name, CreatedAt = clock.GetUtcNow(),
            };
            var created = await users.CreateAsync(user);
            if (!created.Succeeded)
            {
                return Error.Validation(string.Join(" ", created.Errors.Select(e => e.Description)));
            }
        }

        var membership = new TenantMembership(user.Id, request.DefaultOrganizationId);
        membership.SetRoles(request.RoleIds);
        db.Memberships.Add(membership);
        await db.SaveChangesAsync(ct);
        access.Invalidate(tenant.TenantId!.Value);

        var link = await users.HasPasswordAsync(user) ? null : await links.CreateAsync(user);
        return new InviteResult(user.Id, newAccount, link);
    }
}
