using System.Globalization;
using System.Security.Claims;
using Erp.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Components.Authorization;

namespace Erp.Web.Features.Platform.Account;

/// <summary>
/// Shows instants in the signed-in user's time zone (from the profile, carried in the cookie), formatted in their
/// culture. Store and compute in UTC; convert only for display.
/// </summary>
public sealed class UserClock(AuthenticationStateProvider authentication, TimeProvider time)
{
    private TimeZoneInfo? _zone;

    /// <summary>The user's zone; UTC for anonymous users or an unknown id.</summary>
    public TimeZoneInfo Zone
    {
        get
        {
            if (_zone is null && CurrentUser() is { } user)
            {
                _zone = UserTimeZones.Find(user.FindFirst(ErpClaimTypes.TimeZone)?.Value);
            }

            return _zone ?? TimeZoneInfo.Utc;
        }
    }

    public DateTimeOffset Now => ToUserTime(time.GetUtcNow());

    public DateTimeOffset ToUserTime(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    /// <summary>Formats in the user's zone and the current culture; "g" is the short date and time.</summary>
    public string Format(DateTimeOffset instant, string format = "g") =>
        ToUserTime(instant).ToString(format, CultureInfo.CurrentCulture);

    public string Format(DateTimeOffset? instant, string format = "g") => instant is { } value ? Format(value, format) : "";

    // The state is already resolved in a page request or circuit; pending or absent (a plain endpoint) means unknown.
    private ClaimsPrincipal? CurrentUser()
    {
        try
        {
            var state = authentication.GetAuthenticationStateAsync();
            return state.IsCompletedSuccessfully ? state.Result.User : null;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }
}
