using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Erp.Domain.Common;

namespace Erp.Domain.Platform.Audit;

/// <summary>
/// One append-only row of a tenant's audit log. Each row carries the hash of the previous row of the same
/// tenant, so changing, removing or reordering a row breaks the chain from that row on.
/// </summary>
public sealed class AuditEntry : Entity, ITenantOwned
{
    private AuditEntry() { }

    public AuditEntry(Guid tenantId, long sequence, string entityType, string entityKey, AuditAction action,
        string changesJson, string? userId, string? userName, DateTimeOffset at, string? correlationId, string previousHash)
    {
        TenantId = tenantId;
        Sequence = sequence;
        EntityType = entityType;
        EntityKey = entityKey;
        Action = action;
        ChangesJson = changesJson;
        UserId = userId;
        UserName = userName is { Length: > 200 } ? userName[..200] : userName;
        // Milliseconds survive every provider's storage exactly, so the hash recomputes from what was stored.
        At = new DateTimeOffset(at.UtcTicks - (at.UtcTicks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
        CorrelationId = correlationId is { Length: > 100 } ? correlationId[..100] : correlationId;
        PreviousHash = previousHash;
        Hash = ComputeHash();
    }

    /// <summary>The hash before the first row of every tenant's chain.</summary>
    public const string GenesisHash = "";

    public Guid TenantId { get; private set; }
    public long Sequence { get; private set; }
    public string EntityType { get; private set; } = "";
    public string EntityKey { get; private set; } = "";
    public AuditAction Action { get; private set; }
    public string ChangesJson { get; private set; } = "[]";
    public string? UserId { get; private set; }
    public string? UserName { get; private set; }
    public DateTimeOffset At { get; private set; }
    public string? CorrelationId { get; private set; }
    public string PreviousHash { get; private set; } = "";
    public string Hash { get; private set; } = "";

    public IReadOnlyList<AuditChange> Changes => AuditChange.FromJson(ChangesJson);

    /// <summary>SHA-256 over every stored field and the previous hash, as lower-case hex.</summary>
    public string ComputeHash()
    {
        var canonical = string.Join('\u001f',
            Id.ToString("N"), TenantId.ToString("N"), Sequence.ToString(CultureInfo.InvariantCulture), EntityType, EntityKey,
            ((int)Action).ToString(CultureInfo.InvariantCulture), ChangesJson, UserId ?? "", UserName ?? "",
            At.UtcTicks.ToString(CultureInfo.InvariantCulture), CorrelationId ?? "", PreviousHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }
}
