using Erp.Domain.Common;

namespace Erp.Web.Features.Platform.Account;

public static class AccountErrors
{
    public static readonly Error UserNotFound = Error.NotFound("The account");
    public static readonly Error DisplayNameInvalid = new("account.display_name", "Enter a display name of at most 100 characters.");
    public static readonly Error LanguageInvalid = new("account.language", "Choose a language from the list.");
    public static readonly Error TimeZoneInvalid = new("account.time_zone", "Choose a time zone from the list.");
    public static readonly Error AvatarInvalid = new("account.avatar", "The picture must be a PNG, JPEG or WebP image of at most 256 KB.");
    public static readonly Error CurrentPasswordRequired = new("account.current_password", "Enter your current password.");
    public static readonly Error CurrentPasswordWrong = new("account.current_password_wrong", "Your current password is wrong.");
    public static readonly Error PasswordsDiffer = new("account.password_confirm", "The new password and its confirmation do not match.");
    public static readonly Error CodeInvalid = new("account.2fa_code", "That code is not valid. Enter the 6-digit code your authenticator app shows now.");
    public static readonly Error TwoFactorNotEnabled = new("account.2fa_off", "Two-factor authentication is not on for your account.");
    public static readonly Error LinkInvalid = new("account.link_invalid", "This link is not valid, was already used or has expired. Ask your administrator for a new one.");

    public static Error PasswordTooShort(int length) =>
        new("account.password_short", $"The new password must be at least {length} characters long. Any characters will do; a phrase of several words is easy to remember.");
}
