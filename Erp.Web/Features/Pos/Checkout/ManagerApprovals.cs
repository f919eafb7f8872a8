using Erp.Data.Identity;
using Erp.Data.Tenancy;
using Erp.Domain.Common;
using Erp.Domain.Pos;
using Erp.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Identity;

namespace Erp.Web.Features.Pos.Checkout;

/// <summary>
/// A manager approving, at the till, a price change or discount the cashier may not give: their e-mail and password
/// are checked (wrong passwords count towards their lockout) and they must hold Pos.Override in this tenant.
/// </summary>
public sealed class ManagerApprovals(IServiceScopeFactory scopes, ITenantContext tenant, AccessService access)
{
    public static readonly Error Refused = new("pos.approval_refused",
        "The approval was refused: wrong e-mail or password, or that user may not approve price changes here.");

    /// <summary>The approving manager's user id, or why not.</summary>
    public async Task<Result<string>> ApproveAsync(ManagerApproval approval, CancellationToken ct = default)
    {
        if (tenant.TenantId is not { } tenantId || string.IsNullOrWhiteSpace(approval.Email) || string.IsNullOrEmpty(approval.Password))
        {
            return Refused;
        }

        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = await users.FindByEmailAsync(approval.Email.Trim());
        if (user is null || user.Id == tenant.UserId || await users.IsLockedOutAsync(user))
        {
            return Refused;
        }

        if (!await users.CheckPasswordAsync(user, approval.Password))
        {
            await users.AccessFailedAsync(user);
            return Refused;
        }

        return (await access.GetAsync(user.Id, tenantId, ct)).Has(PosPermissions.Override) ? user.Id : Refused;
    }
}
