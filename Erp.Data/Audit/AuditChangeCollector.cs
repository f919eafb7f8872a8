using System.Collections;
using System.Globalization;
using System.Text.Json;
using Erp.Domain.Common;
using Erp.Domain.Platform;
using Erp.Domain.Platform.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Erp.Data.Audit;

/// <summary>A change about to be saved, before it gets its place in the tenant's chain.</summary>
internal sealed record PendingAudit(Guid TenantId, string EntityType, string EntityKey, AuditAction Action, string ChangesJson);

/// <summary>Reads the change tracker and describes each change of an <see cref="IAudited"/> entity field by field.</summary>
internal static class AuditChangeCollector
{
    // Bookkeeping the data layer stamps on every row: recorded by the entry itself (user, time), not as field changes.
    private static readonly HashSet<string> Bookkeeping =
    [
        nameof(Entity.Id), nameof(ITenantOwned.TenantId), nameof(ITracked.CreatedAt), nameof(ITracked.CreatedBy),
        nameof(ITracked.UpdatedAt), nameof(ITracked.UpdatedBy), nameof(IVersioned.Version),
        nameof(ISoftDeletable.IsDeleted), nameof(ISoftDeletable.DeletedAt), nameof(ISoftDeletable.DeletedBy),
    ];

    public static List<PendingAudit> Collect(DbContext db)
    {
        var pending = new List<PendingAudit>();
        foreach (var entry in db.ChangeTracker.Entries())
        {
            RefuseAuditRowWrites(entry);
            if (entry.Entity is not IAudited || entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            var tenantId = entry.Entity switch
            {
                ITenantOwned owned => owned.TenantId,
                Tenant tenant => tenant.Id,
                _ => Guid.Empty,
            };
            var changes = Changes(entry);
            if (tenantId == Guid.Empty || (entry.State == EntityState.Modified && changes.Count == 0))
            {
                continue;
            }

            pending.Add(new PendingAudit(tenantId, entry.Metadata.ClrType.Name, Key(entry), Action(entry), AuditChange.ToJson(changes)));
        }

        return pending;
    }

    private static void RefuseAuditRowWrites(EntityEntry entry)
    {
        var refused = entry.Entity switch
        {
            AuditEntry => entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted,
            AuditChainHead => entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted,
            _ => false,
        };
        if (refused)
        {
            throw new InvalidOperationException(
                "The audit log is append-only and written by the data layer alone: audit rows cannot be added, changed or deleted.");
        }
    }

    private static AuditAction Action(EntityEntry entry) => entry.State switch
    {
        EntityState.Added => AuditAction.Added,
        EntityState.Deleted => AuditAction.Deleted,
        _ when entry.Entity is ISoftDeletable { IsDeleted: true }
            && entry.Property(nameof(ISoftDeletable.IsDeleted)).OriginalValue is false => AuditAction.SoftDeleted,
        _ => AuditAction.Modified,
    };

    private static List<AuditChange> Changes(EntityEntry entry)
    {
        var changes = new List<AuditChange>();
        foreach (var property in entry.Properties)
        {
            if (Bookkeeping.Contains(property.Metadata.Name))
            {
                continue;
            }

            var (old, @new) = entry.State switch
            {
                EntityState.Added => (null, Format(property.CurrentValue)),
                EntityState.Deleted => (Format(property.OriginalValue), null),
                _ when property.IsModified => (Format(property.OriginalValue), Format(property.CurrentValue)),
                _ => (null, null),
            };
            if (old != @new)
            {
                changes.Add(new AuditChange(property.Metadata.Name, old, @new));
            }
        }

        return changes;
    }

    private static string Key(EntityEntry entry) =>
        string.Join(",", entry.Metadata.FindPrimaryKey()!.Properties.Select(p => Format(entry.Property(p.Name).CurrentValue)));

    public static string? Format(object? value) => value switch
    {
        null => null,
        string s => s,
        Guid g => g.ToString(),
        DateTimeOffset d => d.ToString("O", CultureInfo.InvariantCulture),
        DateTime d => d.ToString("O", CultureInfo.InvariantCulture),
        Enum e => e.ToString(),
        bool b => b ? "true" : "false",
        byte[] bytes => $"({bytes.Length} bytes)",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable e => JsonSerializer.Serialize(e),
        _ => value.ToString(),
    };
}
