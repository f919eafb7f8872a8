using Erp.Domain.Common;

namespace Erp.Domain.Platform.Audit;

/// <summary>
/// The last sequence number and hash of one tenant's audit chain. Every audited save locks and moves this row
/// in its own transaction, so concurrent writers append one after the other.
/// </summary>
public sealed class AuditChainHead : ITenantOwned
{
    private AuditChainHead() { }

    public AuditChainHead(Guid tenantId, long lastSequence, string lastHash)
    {
        TenantId = tenantId;
        LastSequence = lastSequence;
        LastHash = lastHash;
    }

    public Guid TenantId { get; private set; }
    public long LastSequence { get; private set; }
    public string LastHash { get; private set; } = "";
}
