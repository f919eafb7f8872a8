namespace Erp.Domain.Common;

/// <summary>A row that belongs to one tenant. The data layer filters, stamps and guards it.</summary>
public interface ITenantOwned
{
    Guid TenantId { get; }
}

/// <summary>A row that also belongs to one organization (business unit) of its tenant.</summary>
public interface IOrganizationOwned : ITenantOwned
{
    Guid OrganizationId { get; }
}

/// <summary>Created/updated stamps, filled by the data layer.</summary>
public interface ITracked
{
    DateTimeOffset CreatedAt { get; }
    string? CreatedBy { get; }
    DateTimeOffset? UpdatedAt { get; }
    string? UpdatedBy { get; }
}

/// <summary>Rows that are hidden rather than removed; deletion keeps who, when and why.</summary>
public interface ISoftDeletable
{
    bool IsDeleted { get; }
    DateTimeOffset? DeletedAt { get; }
    string? DeletedBy { get; }
    string? DeleteReason { get; }
    void MarkDeleted(string reason, string? userId, DateTimeOffset at);
}

/// <summary>Optimistic concurrency: the data layer increments <see cref="Version"/> on each save.</summary>
public interface IVersioned
{
    long Version { get; }
}

/// <summary>Changes to this entity are written to the hash-chained audit log.</summary>
public interface IAudited;
