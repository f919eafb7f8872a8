using System.Security.Claims;
using Erp.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Components.Authorization;

namespace Erp.Tests.TestInfrastructure;

/// <summary>A signed-in user for component tests, with the profile claims the app reads (time zone, language).</summary>
public sealed class FixedAuthenticationState(string userId, string timeZone = "UTC") : AuthenticationStateProvider
{
    public override Task<AuthenticationState> GetAuthenticationStateAsync() =>
        Task.FromResult(new AuthenticationState(new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, userId), new Claim(ErpClaimTypes.TimeZone, timeZone)], "test"))));
}
