using Erp.Domain.Platform.Audit;
using Microsoft.EntityFrameworkCore;

namespace Erp.Data.Audit;

/// <summary>The outcome of recomputing one tenant's chain; <see cref="FirstBrokenSequence"/> is null when intact.</summary>
public sealed record AuditVerification(Guid TenantId, long EntriesChecked, long? FirstBrokenSequence, string? Problem)
{
    public bool IsValid => FirstBrokenSequence is null;
}

/// <summary>
/// Recomputes a tenant's audit chain from the stored rows: numbering without gaps, each row pointing at the hash
/// of the row before, each hash matching the row's content, and the head matching the last row.
/// </summary>
public sealed class AuditVerifier(IDbContextFactory<ErpDbContext> dbFactory)
{
    public async Task<AuditVerification> VerifyAsync(Guid tenantId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var entries = db.AuditEntries.IgnoreQueryFilters([ErpDbContext.TenantFilter]).AsNoTracking()
            .Where(e => e.TenantId == tenantId).OrderBy(e => e.Sequence);

        long expected = 1;
        var previousHash = AuditEntry.GenesisHash;
        await foreach (var entry in entries.AsAsyncEnumerable().WithCancellation(ct))
        {
            var problem = entry.Sequence != expected ? $"row {expected} is missing"
                : entry.PreviousHash != previousHash ? "the row does not follow the row before it"
                : entry.ComputeHash() != entry.Hash ? "the row's content does not match its hash"
                : null;
            if (problem is not null)
            {
                return new AuditVerification(tenantId, expected - 1, Math.Min(expected, entry.Sequence), problem);
            }

            previousHash = entry.Hash;
            expected++;
        }

        var head = await db.AuditChainHeads.IgnoreQueryFilters([ErpDbContext.TenantFilter]).AsNoTracking()
            .Where(h => h.TenantId == tenantId).Select(h => new { h.LastSequence, h.LastHash }).SingleOrDefaultAsync(ct);
        var last = expected - 1;
        if ((head?.LastSequence ?? 0) != last || (head?.LastHash ?? AuditEntry.GenesisHash) != previousHash)
        {
            var broken = head is not null && head.LastSequence > last ? last + 1 : Math.Max(last, 1);
            return new AuditVerification(tenantId, last, broken, "the last rows of the log are missing or altered");
        }

        return new AuditVerification(tenantId, last, null, null);
    }
}
