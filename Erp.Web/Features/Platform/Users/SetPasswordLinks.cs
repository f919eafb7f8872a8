using System.Text;
using Erp.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;

namespace Erp.Web.Features.Platform.Users;

/// <summary>
/// The link an invited user (or a new tenant's first admin) opens to choose a password. Stand-in until the account
/// pages' <c>PasswordResetLinks</c> arrives: the lead swaps this one method.
/// </summary>
public sealed class SetPasswordLinks(UserManager<ApplicationUser> users)
{
    /// <summary>A site-relative link: <c>/account/reset-password?userId=…&amp;code=…</c> (code base64url-encoded).</summary>
    public async Task<string> CreateAsync(ApplicationUser user)
    {
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var code = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));
        return $"/account/reset-password?userId={Uri.EscapeDataString(user.Id)}&code={code}";
    }
}
