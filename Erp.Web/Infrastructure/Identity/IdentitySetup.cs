using System.Globalization;
using System.Security.Claims;
using Erp.Data;
using Erp.Data.Identity;
using Erp.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;

namespace Erp.Web.Infrastructure.Identity;

public static class IdentitySetup
{
    /// <summary>Identity on EF, hardened: 12-character passwords without composition rules, lockout, short cookies.</summary>
    public static IServiceCollection AddErpIdentity(this IServiceCollection services, SecurityOptions security)
    {
        services.AddSingleton(security);
        services.AddCascadingAuthenticationState();
        services.AddScoped<IdentityRedirectManager>();
        services.AddScoped<AuthenticationStateProvider, IdentityRevalidatingAuthenticationStateProvider>();
        services.AddHttpContextAccessor();

        services.AddAuthentication(options =>
            {
                options.DefaultScheme = IdentityConstants.ApplicationScheme;
                options.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddIdentityCookies();

        services.AddIdentityCore<ApplicationUser>(options =>
            {
                options.SignIn.RequireConfirmedAccount = false;
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = security.RequiredPasswordLength;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = security.MaxFailedAccessAttempts;
                options.Lockout.DefaultLockoutTimeSpan = security.LockoutDuration;
            })
            .AddEntityFrameworkStores<ErpDbContext>()
            .AddSignInManager<ErpSignInManager>()
            .AddClaimsPrincipalFactory<ErpUserClaimsPrincipalFactory>()
            .AddDefaultTokenProviders();

        services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = security.PasswordLinkLifetime);
        services.Configure<SecurityStampValidatorOptions>(o =>
        {
            o.ValidationInterval = security.RevalidationInterval;
            // The periodic check rebuilds the principal from the database; keep when the user signed in, or the
            // absolute-lifetime check would reject the rebuilt cookie on the next request.
            o.OnRefreshingPrincipal = KeepAuthTime;
        });
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.Cookie.Name = "erp.auth";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.ExpireTimeSpan = security.IdleTimeout;
            cookie.SlidingExpiration = true;
            cookie.LoginPath = "/Account/Login";
            cookie.LogoutPath = "/Account/Logout";
            cookie.AccessDeniedPath = "/access-denied";
            cookie.Events.OnSigningIn = StampAuthTime;
            cookie.Events.OnValidatePrincipal = async context =>
            {
                if (IsPastAbsoluteTimeout(context.Principal, security, DateTimeOffset.UtcNow))
                {
                    context.RejectPrincipal();
                    await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
                    return;
                }

                await SecurityStampValidator.ValidatePrincipalAsync(context);
            };
        });
        services.ConfigureExternalCookie(cookie =>
        {
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
        });
        return services;
    }

    public static bool IsPastAbsoluteTimeout(ClaimsPrincipal? principal, SecurityOptions security, DateTimeOffset now)
    {
        var value = principal?.FindFirstValue(ErpClaimTypes.AuthTime);
        return value is null
            || !long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds)
            || now - DateTimeOffset.FromUnixTimeSeconds(seconds) > security.AbsoluteTimeout;
    }

    private static Task KeepAuthTime(SecurityStampRefreshingPrincipalContext context)
    {
        if (context.CurrentPrincipal?.FindFirst(ErpClaimTypes.AuthTime) is { } authTime
            && context.NewPrincipal?.Identity is ClaimsIdentity identity && !identity.HasClaim(c => c.Type == ErpClaimTypes.AuthTime))
        {
            identity.AddClaim(new Claim(ErpClaimTypes.AuthTime, authTime.Value));
        }

        return Task.CompletedTask;
    }

    /// <summary>
    /// A fresh sign-in gets the current time; a refresh (tenant switch, security stamp renewal) keeps the original,
    /// so switching tenant never extends the 12-hour limit.
    /// </summary>
    private static Task StampAuthTime(CookieSigningInContext context)
    {
        var identity = context.Principal?.Identity as ClaimsIdentity;
        if (identity is null || identity.HasClaim(c => c.Type == ErpClaimTypes.AuthTime))
        {
            return Task.CompletedTask;
        }

        var existing = context.HttpContext.User.FindFirstValue(ErpClaimTypes.AuthTime);
        var sameUser = context.HttpContext.User.FindFirstValue(ClaimTypes.NameIdentifier) == identity.FindFirst(ClaimTypes.NameIdentifier)?.Value;
        identity.AddClaim(new Claim(ErpClaimTypes.AuthTime,
            sameUser && existing is not null ? existing : DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)));
        return Task.CompletedTask;
    }
}
