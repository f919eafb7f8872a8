using Erp.Data.Tenancy;
using Erp.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Erp.Data.Interceptors;

/// <summary>
/// Before every save: stamps the tenant on new rows and refuses writes that cross tenants; stamps
/// created/updated by and at; bumps the concurrency version; turns hard deletes of soft-deletable rows into errors.
/// </summary>
public sealed class EntityStampingInterceptor(TimeProvider clock) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Stamp(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Stamp(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Stamp(DbContext? context)
    {
        if (context is not ErpDbContext db)
        {
            return;
        }

        var now = clock.GetUtcNow();
        var user = db.Tenant.UserId;
        foreach (var entry in db.ChangeTracker.Entries().ToList())
        {
            if (entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            {
                GuardTenant(entry, db.CurrentTenantId);
                StampTracking(entry, now, user);
                BumpVersion(entry);
            }
        }
    }

    private static void GuardTenant(EntityEntry entry, Guid? currentTenant)
    {
        if (entry.Entity is not ITenantOwned owned)
        {
            return;
        }

        if (currentTenant is null)
        {
            throw new TenantIsolationException($"No tenant is in scope; refusing to write {entry.Metadata.ClrType.Name}.");
        }

        var tenantProperty = entry.Property(nameof(ITenantOwned.TenantId));
        if (entry.State == EntityState.Added && owned.TenantId == Guid.Empty)
        {
            tenantProperty.CurrentValue = currentTenant.Value;
            return;
        }

        var original = entry.State == EntityState.Added ? owned.TenantId : (Guid)tenantProperty.OriginalValue!;
        if (original != currentTenant.Value || owned.TenantId != currentTenant.Value)
        {
            throw new TenantIsolationException(
                $"Refusing to write {entry.Metadata.ClrType.Name} {entry.Property("Id").CurrentValue} of another tenant.");
        }
    }

    private static void StampTracking(EntityEntry entry, DateTimeOffset now, string? user)
    {
        if (entry.Entity is ISoftDeletable && entry.State == EntityState.Deleted)
        {
            throw new InvalidOperationException(
                $"{entry.Metadata.ClrType.Name} is soft-deletable: call MarkDeleted with a reason instead of removing it.");
        }

        if (entry.Entity is not ITracked)
        {
            return;
        }

        if (entry.State == EntityState.Added)
        {
            entry.Property(nameof(ITracked.CreatedAt)).CurrentValue = now;
            entry.Property(nameof(ITracked.CreatedBy)).CurrentValue = user;
        }
        else if (entry.State == EntityState.Modified)
        {
            entry.Property(nameof(ITracked.UpdatedAt)).CurrentValue = now;
            entry.Property(nameof(ITracked.UpdatedBy)).CurrentValue = user;
        }
    }

    private static void BumpVersion(EntityEntry entry)
    {
        if (entry.Entity is IVersioned versioned && entry.State == EntityState.Modified)
        {
            entry.Property(nameof(IVersioned.Version)).CurrentValue = versioned.Version + 1;
        }
    }
}
