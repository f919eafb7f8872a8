using Erp.Domain.Common;

namespace Erp.Domain.Catalog;

/// <summary>
/// A line owned by its parent (a kit's component, an attribute's value): tenant-owned and audited, but removed
/// together with the parent's edit rather than soft-deleted on its own.
/// </summary>
public abstract class CatalogLine : Entity, ITenantOwned, IAudited
{
    public Guid TenantId { get; private set; }
}
