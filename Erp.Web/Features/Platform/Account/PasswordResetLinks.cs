using System.Text;
using Erp.Data.Identity;
using Erp.Domain.Common;
using Erp.Web.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;

namespace Erp.Web.Features.Platform.Account;

/// <summary>
/// One-time links an administrator hands to a user to set or reset their password (there is no e-mail sending).
/// The code is Identity's reset token: it expires after <c>Security:PasswordLinkLifetime</c> and dies once used,
/// because setting the password renews the security stamp it is bound to.
/// </summary>
public sealed class PasswordResetLinks(UserManager<ApplicationUser> users, SecurityOptions security)
{
    public const string Path = "account/reset-password";

    /// <summary>
    /// A site-relative link, <c>/account/reset-password?userId=…&amp;code=…</c>: what an admin hands to an invited user
    /// (who has no password yet) or to someone who forgot theirs. There is no e-mail here, so the screen shows it.
    /// </summary>
    public async Task<string> CreateAsync(ApplicationUser user)
    {
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var code = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));
        return QueryHelpers.AddQueryString("/" + Path, new Dictionary<string, string?> { ["userId"] = user.Id, ["code"] = code });
    }

    /// <summary>The same link made absolute, such as <c>https://erp.example/account/reset-password?…</c>.</summary>
    public async Task<string> CreateAsync(ApplicationUser user, string baseUri) =>
        new Uri(new Uri(baseUri), await CreateAsync(user)).ToString();

    /// <summary>Sets the new password when the link is still good; also lifts a lockout.</summary>
    public async Task<Result> ResetAsync(string? userId, string? code, string newPassword, string confirmPassword)
    {
        if (PasswordRules.Check(newPassword, confirmPassword, security) is { } invalid)
        {
            return invalid;
        }

        var user = string.IsNullOrEmpty(userId) ? null : await users.FindByIdAsync(userId);
        if (user is null || Decode(code) is not { } token)
        {
            return AccountErrors.LinkInvalid;
        }

        var result = await users.ResetPasswordAsync(user, token, newPassword);
        if (!result.Succeeded)
        {
            return result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken))
                ? AccountErrors.LinkInvalid
                : PasswordRules.ToError(result);
        }

        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        return Result.Success();
    }

    private static string? Decode(string? code)
    {
        try
        {
            return string.IsNullOrEmpty(code) ? null : Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
