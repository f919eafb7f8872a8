namespace Erp.Web.Infrastructure.Identity;

/// <summary>The <c>Security</c> configuration section (OWASP ASVS level 2 defaults).</summary>
public sealed class SecurityOptions
{
    public const string Section = "Security";

    /// <summary>Signed out after this long without activity.</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Must sign in again after this long, active or not.</summary>
    public TimeSpan AbsoluteTimeout { get; set; } = TimeSpan.FromHours(12);

    /// <summary>How often open sessions re-check that the account and membership are still active.</summary>
    public TimeSpan RevalidationInterval { get; set; } = TimeSpan.FromMinutes(1);

    public int MaxFailedAccessAttempts { get; set; } = 5;

    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);

    public int RequiredPasswordLength { get; set; } = 12;

    /// <summary>How long an administrator's password set/reset link stays valid (it also dies once used).</summary>
    public TimeSpan PasswordLinkLifetime { get; set; } = TimeSpan.FromDays(3);

    /// <summary>The idle sign-out warns the user this long before signing them out.</summary>
    public TimeSpan IdleWarning { get; set; } = TimeSpan.FromMinutes(1);
}
