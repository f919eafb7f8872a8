using Erp.Data.Identity;
using Erp.Domain.Common;
using Erp.Web.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;

namespace Erp.Web.Features.Platform.Account;

public sealed record ChangePasswordRequest(string CurrentPassword, string NewPassword, string ConfirmPassword);

/// <summary>
/// Changes the signed-in user's password. Identity renews the security stamp, so every other session of the user
/// ends at its next check (within a minute); the page re-issues the current session's cookie.
/// </summary>
public sealed class ChangePasswordCommand(UserManager<ApplicationUser> users, SecurityOptions security)
{
    public async Task<Result> ChangeAsync(ApplicationUser user, ChangePasswordRequest request)
    {
        if (string.IsNullOrEmpty(request.CurrentPassword))
        {
            return AccountErrors.CurrentPasswordRequired;
        }

        if (PasswordRules.Check(request.NewPassword, request.ConfirmPassword, security) is { } invalid)
        {
            return invalid;
        }

        var result = await users.ChangePasswordAsync(user, request.CurrentPassword, request.NewPassword);
        return result.Succeeded ? Result.Success()
            : result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch)) ? AccountErrors.CurrentPasswordWrong
            : PasswordRules.ToError(result);
    }
}

/// <summary>ASVS L2: a minimum length and nothing else (no composition rules); checked before Identity sees it.</summary>
public static class PasswordRules
{
    public static Error? Check(string? password, string? confirmation, SecurityOptions security) =>
        (password ?? "").Length < security.RequiredPasswordLength ? AccountErrors.PasswordTooShort(security.RequiredPasswordLength)
        : password != confirmation ? AccountErrors.PasswordsDiffer
        : null;

    public static Error ToError(IdentityResult result) =>
        Error.Validation(string.Join(" ", result.Errors.Select(e => e.Description)));
}
