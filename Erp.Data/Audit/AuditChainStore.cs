using Erp.Domain.Platform.Audit;
using Microsoft.EntityFrameworkCore;

namespace Erp.Data.Audit;

/// <summary>Locks, reads and moves a tenant's chain head inside the saving transaction.</summary>
internal static class AuditChainStore
{
    public sealed record Head(bool Exists, long LastSequence, string LastHash);

    /// <summary>
    /// Takes the tenant's chain lock before reading the head, so a concurrent writer waits for this transaction:
    /// an update lock held to commit on SQL Server (range-locked even while no head row exists yet); on SQLite the
    /// no-op update takes the database's single write lock.
    /// </summary>
    public static async Task<Head> LockAsync(ErpDbContext db, Guid tenantId, CancellationToken ct)
    {
        var heads = db.AuditChainHeads.IgnoreQueryFilters([ErpDbContext.TenantFilter]);
        if (db.Database.IsSqlServer())
        {
            var locked = await db.AuditChainHeads
                .FromSql($"SELECT * FROM AuditChainHeads WITH (UPDLOCK, HOLDLOCK) WHERE TenantId = {tenantId}")
                .IgnoreQueryFilters([ErpDbContext.TenantFilter]).AsNoTracking()
                .Select(h => new { h.LastSequence, h.LastHash }).ToListAsync(ct);
            return locked.Count == 0 ? new Head(false, 0, AuditEntry.GenesisHash) : new Head(true, locked[0].LastSequence, locked[0].LastHash);
        }

        await heads.Where(h => h.TenantId == tenantId)
            .ExecuteUpdateAsync(s => s.SetProperty(h => h.LastSequence, h => h.LastSequence), ct);
        var head = await heads.AsNoTracking().Where(h => h.TenantId == tenantId)
            .Select(h => new { h.LastSequence, h.LastHash }).SingleOrDefaultAsync(ct);
        return head is null ? new Head(false, 0, AuditEntry.GenesisHash) : new Head(true, head.LastSequence, head.LastHash);
    }

    /// <summary>Moves an existing head; a new head is inserted by the caller with the entries.</summary>
    public static Task MoveAsync(ErpDbContext db, Guid tenantId, long lastSequence, string lastHash, CancellationToken ct) =>
        db.AuditChainHeads.IgnoreQueryFilters([ErpDbContext.TenantFilter]).Where(h => h.TenantId == tenantId)
            .ExecuteUpdateAsync(s => s.SetProperty(h => h.LastSequence, lastSequence).SetProperty(h => h.LastHash, lastHash), ct);
}
