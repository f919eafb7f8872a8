using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Erp.Data.Identity;
using Erp.Domain.Common;
using Microsoft.AspNetCore.Identity;

namespace Erp.Web.Features.Platform.Account;

public sealed record TwoFactorStatus(bool Enabled, bool HasAuthenticator, int RecoveryCodesLeft);

/// <summary>The shared key to type into an authenticator app, grouped in fours, and the same as an otpauth:// URI.</summary>
public sealed record AuthenticatorSetup(string SharedKey, string AuthenticatorUri);

/// <summary>
/// TOTP two-factor authentication for the signed-in user. Turning it on or off renews the security stamp, so the
/// page re-issues the current cookie.
/// </summary>
public sealed class TwoFactorSetup(UserManager<ApplicationUser> users, UrlEncoder urlEncoder)
{
    public const int RecoveryCodeCount = 10;
    private const string Issuer = "Erp";

    public async Task<TwoFactorStatus> GetStatusAsync(ApplicationUser user) => new(
        await users.GetTwoFactorEnabledAsync(user),
        await users.GetAuthenticatorKeyAsync(user) is not null,
        await users.CountRecoveryCodesAsync(user));

    /// <summary>The key the app will be set up with; made on first use and kept until verified or reset.</summary>
    public async Task<AuthenticatorSetup> GetAuthenticatorSetupAsync(ApplicationUser user)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user) ?? "";
        }

        var account = await users.GetEmailAsync(user) ?? user.UserName ?? "";
        var uri = string.Create(CultureInfo.InvariantCulture,
            $"otpauth://totp/{urlEncoder.Encode(Issuer)}:{urlEncoder.Encode(account)}?secret={key}&issuer={urlEncoder.Encode(Issuer)}&digits=6");
        return new AuthenticatorSetup(FormatKey(key), uri);
    }

    /// <summary>Checks a code from the app, turns two-factor on and returns fresh recovery codes (shown once).</summary>
    public async Task<Result<IReadOnlyList<string>>> EnableAsync(ApplicationUser user, string? code)
    {
        var digits = (code ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (digits.Length != 6 || !digits.All(char.IsAsciiDigit)
            || !await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, digits))
        {
            return AccountErrors.CodeInvalid;
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        return await NewCodesAsync(user);
    }

    public async Task<Result<IReadOnlyList<string>>> RegenerateRecoveryCodesAsync(ApplicationUser user) =>
        await users.GetTwoFactorEnabledAsync(user) ? await NewCodesAsync(user) : AccountErrors.TwoFactorNotEnabled;

    /// <summary>Turns two-factor off and forgets the key; turning it on again starts with a new key and new codes.</summary>
    public async Task<Result> DisableAsync(ApplicationUser user)
    {
        if (!await users.GetTwoFactorEnabledAsync(user))
        {
            return AccountErrors.TwoFactorNotEnabled;
        }

        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        return Result.Success();
    }

    private async Task<Result<IReadOnlyList<string>>> NewCodesAsync(ApplicationUser user)
    {
        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount);
        return (codes ?? []).ToList();
    }

    private static string FormatKey(string key)
    {
        var grouped = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            grouped.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }

        return grouped.ToString().TrimEnd().ToLowerInvariant();
    }
}
