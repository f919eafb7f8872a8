namespace Erp.Domain.Common;

/// <summary>Base of every persisted entity: a sortable (version 7) GUID key.</summary>
public abstract class Entity
{
    public Guid Id { get; protected set; } = Guid.CreateVersion7();
}
