namespace Erp.Web.Features.Platform.Account;

/// <summary>Time zones offered to users, by IANA id (what Linux reports, and what Windows converts to).</summary>
public static class UserTimeZones
{
    private static readonly Lazy<IReadOnlyList<UserTimeZone>> AllZones = new(Load);

    public static IReadOnlyList<UserTimeZone> All => AllZones.Value;

    public static bool IsSupported(string? id) => id is not null && All.Any(z => z.Id == id);

    /// <summary>The zone for an id saved on a profile; UTC when it is unknown on this machine.</summary>
    public static TimeZoneInfo Find(string? id) =>
        id is not null && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc;

    private static List<UserTimeZone> Load()
    {
        var zones = new List<UserTimeZone> { new("UTC", "(UTC) Coordinated Universal Time") };
        foreach (var zone in TimeZoneInfo.GetSystemTimeZones())
        {
            var id = zone.HasIanaId ? zone.Id
                : TimeZoneInfo.TryConvertWindowsIdToIanaId(zone.Id, out var iana) ? iana : null;
            if (id is not null && id != "UTC" && zones.TrueForAll(z => z.Id != id))
            {
                zones.Add(new UserTimeZone(id, $"(UTC{Offset(zone.BaseUtcOffset)}) {id.Replace('_', ' ')}"));
            }
        }

        return zones;
    }

    private static string Offset(TimeSpan offset) =>
        (offset < TimeSpan.Zero ? "−" : "+") + offset.Duration().ToString(@"hh\:mm", System.Globalization.CultureInfo.InvariantCulture);
}

public sealed record UserTimeZone(string Id, string Label);
