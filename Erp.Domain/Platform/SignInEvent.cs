using Erp.Domain.Common;

namespace Erp.Domain.Platform;

/// <summary>
/// One sign-in attempt. Global (a failed attempt has no tenant yet); admins see the attempts of their
/// tenant's members, found through memberships.
/// </summary>
public sealed class SignInEvent : Entity
{
    private SignInEvent() { }

    public SignInEvent(string? userId, string userName, bool succeeded, string outcome, string? ipAddress, DateTimeOffset at,
        string? userAgent = null)
    {
        UserId = userId;
        UserName = userName.Length > 256 ? userName[..256] : userName;
        Succeeded = succeeded;
        Outcome = outcome;
        IpAddress = ipAddress;
        At = at;
        UserAgent = userAgent is { Length: > 512 } ? userAgent[..512] : userAgent;
    }

    public string? UserId { get; private set; }
    public string UserName { get; private set; } = "";
    public bool Succeeded { get; private set; }
    public string Outcome { get; private set; } = "";
    public string? IpAddress { get; private set; }
    public DateTimeOffset At { get; private set; }
    public string? UserAgent { get; private set; }
}
