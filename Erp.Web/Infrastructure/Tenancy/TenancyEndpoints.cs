using System.Security.Claims;
using Erp.Data;
using Erp.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Infrastructure.Tenancy;

/// <summary>Switching tenant or organization re-issues the sign-in cookie with the new claims.</summary>
public static class TenancyEndpoints
{
    public static void MapTenancyEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/account").RequireAuthorization();
        group.MapPost("/switch-tenant", SwitchTenantAsync);
        group.MapPost("/switch-organization", SwitchOrganizationAsync);
    }

    private static async Task<IResult> SwitchTenantAsync([FromForm] Guid tenantId, [FromForm] string? returnUrl,
        ClaimsPrincipal principal, UserManager<ApplicationUser> users, SignInManager<ApplicationUser> signIn, ErpDbContext db)
    {
        var user = await users.GetUserAsync(principal);
        var isMember = user is not null && await db.Memberships.IgnoreQueryFilters([ErpDbContext.TenantFilter])
            .AnyAsync(m => m.UserId == user.Id && m.TenantId == tenantId && m.IsActive && !m.IsDeleted);
        if (!isMember)
        {
            return Results.NotFound();
        }

        user!.CurrentTenantId = tenantId;
        await users.UpdateAsync(user);
        await signIn.RefreshSignInAsync(user);
        return Results.LocalRedirect(SafeReturn(returnUrl));
    }

    private static async Task<IResult> SwitchOrganizationAsync([FromForm] Guid organizationId, [FromForm] string? returnUrl,
        ClaimsPrincipal principal, UserManager<ApplicationUser> users, ErpDbContext db, AccessService access)
    {
        var user = await users.GetUserAsync(principal);
        var membership = user is null ? null : await db.Memberships.SingleOrDefaultAsync(m => m.UserId == user.Id);
        if (membership is null || !await db.Organizations.AnyAsync(o => o.Id == organizationId))
        {
            return Results.NotFound();
        }

        membership.ChooseOrganization(organizationId);
        await db.SaveChangesAsync();
        access.Invalidate(membership.TenantId);
        return Results.LocalRedirect(SafeReturn(returnUrl));
    }

    private static string SafeReturn(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal)
            ? returnUrl
            : "/";
}
