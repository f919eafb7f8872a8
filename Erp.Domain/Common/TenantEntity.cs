namespace Erp.Domain.Common;

/// <summary>
/// Base for business data: tenant-owned, tracked, versioned, audited and soft-deletable.
/// Stamps are set by the data layer's interceptors, never by callers.
/// </summary>
public abstract class TenantEntity : Entity, ITenantOwned, ITracked, IVersioned, ISoftDeletable, IAudited
{
    public Guid TenantId { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public string? CreatedBy { get; private set; }
    public DateTimeOffset? UpdatedAt { get; private set; }
    public string? UpdatedBy { get; private set; }
    public long Version { get; private set; }
    public bool IsDeleted { get; private set; }
    public DateTimeOffset? DeletedAt { get; private set; }
    public string? DeletedBy { get; private set; }
    public string? DeleteReason { get; private set; }

    public void MarkDeleted(string reason, string? userId, DateTimeOffset at)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException(CommonErrors.DeleteReasonRequired);
        }

        IsDeleted = true;
        DeleteReason = reason.Trim();
        DeletedBy = userId;
        DeletedAt = at;
    }
}
