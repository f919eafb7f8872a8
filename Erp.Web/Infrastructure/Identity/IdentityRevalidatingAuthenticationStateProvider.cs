using System.Security.Claims;
using Erp.Data.Identity;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Erp.Web.Infrastructure.Identity;

/// <summary>
/// Re-checks an open circuit's user every minute: a deactivated account, a changed security stamp or a session past
/// its absolute lifetime loses access without waiting for the next page load.
/// </summary>
internal sealed class IdentityRevalidatingAuthenticationStateProvider(
        ILoggerFactory loggerFactory,
        IServiceScopeFactory scopeFactory,
        IOptions<IdentityOptions> options,
        SecurityOptions security,
        TimeProvider clock)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    // Never zero: the base class would re-check in a tight loop.
    protected override TimeSpan RevalidationInterval => security.RevalidationInterval < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : security.RevalidationInterval;

    protected override async Task<bool> ValidateAuthenticationStateAsync(
        AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        var principal = authenticationState.User;
        if (IdentitySetup.IsPastAbsoluteTimeout(principal, security, clock.GetUtcNow()))
        {
            return false;
        }

        await using var scope = scopeFactory.CreateAsyncScope();
        var userManager = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = await userManager.GetUserAsync(principal);
        if (user is null || !user.IsActive)
        {
            return false;
        }

        var principalStamp = principal.FindFirstValue(options.Value.ClaimsIdentity.SecurityStampClaimType);
        return principalStamp == await userManager.GetSecurityStampAsync(user);
    }
}
