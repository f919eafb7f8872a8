using Erp.Domain.Platform;
using Microsoft.EntityFrameworkCore;

namespace Erp.Data.Inventory;

/// <summary>
/// Each organization has one "In transit" location (kind <see cref="LocationKind.Transit"/>, made on first use): a
/// shipped transfer moves its stock there, so it is in neither warehouse's available stock but still in the ledger
/// and the valuation until it is received.
/// </summary>
public static class TransitLocations
{
    public const string Code = "IN-TRANSIT";

    public static async Task<Guid> GetOrCreateAsync(ErpDbContext db, Guid organizationId, CancellationToken ct = default)
    {
        var existing = await db.Locations.IgnoreQueryFilters([ErpDbContext.SoftDeleteFilter])
            .Where(l => l.OrganizationId == organizationId && l.Kind == LocationKind.Transit)
            .Select(l => (Guid?)l.Id).FirstOrDefaultAsync(ct);
        if (existing is { } id)
        {
            return id;
        }

        var transit = new Location(organizationId, "In transit", Code, LocationKind.Transit);
        db.Locations.Add(transit);
        await db.SaveChangesAsync(ct);
        return transit.Id;
    }
}
