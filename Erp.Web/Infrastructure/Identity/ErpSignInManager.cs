using Erp.Data;
using Erp.Data.Identity;
using Erp.Domain.Platform;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Erp.Web.Infrastructure.Identity;

/// <summary>Refuses deactivated accounts and records every password and second-factor attempt in the sign-in history.</summary>
public sealed class ErpSignInManager(
    UserManager<ApplicationUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<ApplicationUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<ApplicationUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<ApplicationUser> confirmation,
    ErpDbContext db,
    TimeProvider clock)
    : SignInManager<ApplicationUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(ApplicationUser user) =>
        user.IsActive && (user.IsPlatformOperator || await HasActiveMembershipAsync(user.Id)) && await base.CanSignInAsync(user);

    /// <summary>Deactivated in every tenant (or in none at all): nowhere to work, so no sign-in.</summary>
    private Task<bool> HasActiveMembershipAsync(string userId) =>
        db.Memberships.IgnoreQueryFilters([ErpDbContext.TenantFilter])
            .Where(m => m.UserId == userId && m.IsActive)
            .Join(db.Tenants.Where(t => t.IsActive), m => m.TenantId, t => t.Id, (m, t) => m.Id)
            .AnyAsync();

    public override async Task<SignInResult> PasswordSignInAsync(string userName, string password, bool isPersistent, bool lockoutOnFailure)
    {
        var user = await UserManager.FindByNameAsync(userName) ?? await UserManager.FindByEmailAsync(userName);
        var result = user is null
            ? SignInResult.Failed
            : await PasswordSignInAsync(user, password, isPersistent, lockoutOnFailure);
        await RecordAsync(user, userName, result, "password");
        return result;
    }

    public override async Task<SignInResult> TwoFactorAuthenticatorSignInAsync(string code, bool isPersistent, bool rememberClient)
    {
        var user = await GetTwoFactorAuthenticationUserAsync();
        var result = await base.TwoFactorAuthenticatorSignInAsync(code, isPersistent, rememberClient);
        await RecordAsync(user, user?.UserName ?? "?", result, "authenticator code");
        return result;
    }

    public override async Task<SignInResult> TwoFactorRecoveryCodeSignInAsync(string recoveryCode)
    {
        var user = await GetTwoFactorAuthenticationUserAsync();
        var result = await base.TwoFactorRecoveryCodeSignInAsync(recoveryCode);
        await RecordAsync(user, user?.UserName ?? "?", result, "recovery code");
        return result;
    }

    private async Task RecordAsync(ApplicationUser? user, string userName, SignInResult result, string method)
    {
        var outcome = result switch
        {
            { Succeeded: true } => $"Signed in ({method})",
            { RequiresTwoFactor: true } => "Password accepted, second factor required",
            { IsLockedOut: true } => "Locked out",
            { IsNotAllowed: true } => "Account not allowed (deactivated)",
            _ => $"Failed ({method})",
        };
        var ip = Context.Connection.RemoteIpAddress?.ToString();
        var userAgent = Context.Request.Headers.UserAgent.ToString();
        db.SignInEvents.Add(new SignInEvent(user?.Id, userName, result.Succeeded, outcome, ip, clock.GetUtcNow(), userAgent));
        await db.SaveChangesAsync();
    }
}
