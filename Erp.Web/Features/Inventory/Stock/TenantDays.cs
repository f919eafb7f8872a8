using Erp.Data;
using Erp.Web.Features.Platform.Account;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Inventory.Stock;

/// <summary>Days in the tenant's time zone as UTC instants: a day runs from its local midnight to the next one.</summary>
public sealed class TenantDays(TimeZoneInfo zone)
{
    public TimeZoneInfo Zone => zone;

    public static async Task<TenantDays> LoadAsync(ErpDbContext db, CancellationToken ct)
    {
        var tenantId = db.CurrentTenantId;
        var id = await db.Tenants.AsNoTracking().Where(t => t.Id == tenantId).Select(t => t.TimeZone).FirstOrDefaultAsync(ct);
        return new TenantDays(UserTimeZones.Find(id));
    }

    /// <summary>The first instant of <paramref name="day"/>.</summary>
    public DateTimeOffset Start(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        // Where midnight does not exist (a DST jump at 00:00) the day starts at the first valid minute.
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(30);
        }

        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, zone), TimeSpan.Zero);
    }

    /// <summary>The first instant after <paramref name="day"/>: "up to the end of the day" is "before this".</summary>
    public DateTimeOffset EndExclusive(DateOnly day) => Start(day.AddDays(1));

    public DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
}
