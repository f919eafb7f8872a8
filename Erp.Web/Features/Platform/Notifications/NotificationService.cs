using Erp.Data;
using Erp.Data.Tenancy;
using Erp.Domain.Common;
using Erp.Domain.Platform;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Platform.Notifications;

/// <summary>
/// In-app notifications of the scope's tenant: sent by the system (jobs, use cases) to users or to everyone holding
/// a permission; read and marked read by the signed-in user, who only ever sees their own.
/// </summary>
public sealed class NotificationService(
    IDbContextFactory<ErpDbContext> dbFactory, ITenantContext tenant, NotificationPublisher publisher, TimeProvider clock)
{
    public async Task<int> NotifyUsersAsync(IReadOnlyCollection<string> userIds, NotificationMessage message, CancellationToken ct = default)
    {
        var tenantId = tenant.TenantId ?? throw new TenantIsolationException("No tenant is in scope; cannot notify.");
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var members = await db.Memberships.Where(m => m.IsActive && userIds.Contains(m.UserId)).Select(m => m.UserId).ToListAsync(ct);
        return await AddAsync(db, tenantId, members, message, ct);
    }

    /// <summary>
    /// Notifies every active member holding <paramref name="permission"/>. With <paramref name="oncePerLink"/>,
    /// members who already have a notification with the same link are skipped, so a re-run job notifies no one twice.
    /// </summary>
    public async Task<int> NotifyPermissionHoldersAsync(string permission, NotificationMessage message, bool oncePerLink = false,
        CancellationToken ct = default)
    {
        var tenantId = tenant.TenantId ?? throw new TenantIsolationException("No tenant is in scope; cannot notify.");
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var roleIds = db.Roles.Where(r => r.Permissions.Contains(permission)).Select(r => r.Id);
        var membershipIds = db.Set<MembershipRole>().Where(r => roleIds.Contains(r.RoleId)).Select(r => r.MembershipId);
        var activeUsers = db.Users.Where(u => u.IsActive).Select(u => u.Id);
        var holders = db.Memberships.Where(m => m.IsActive && membershipIds.Contains(m.Id) && activeUsers.Contains(m.UserId))
            .Select(m => m.UserId);
        if (oncePerLink && message.Link is { } link)
        {
            var alreadyTold = db.Notifications.Where(n => n.Link == link).Select(n => n.UserId);
            holders = holders.Where(u => !alreadyTold.Contains(u));
        }

        return await AddAsync(db, tenantId, await holders.Distinct().ToListAsync(ct), message, ct);
    }

    public async Task<IReadOnlyList<NotificationRow>> LatestAsync(int take = 10, CancellationToken ct = default)
    {
        if (tenant is not { UserId: { } userId, TenantId: not null })
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Notifications.AsNoTracking().Where(n => n.UserId == userId)
            .OrderByDescending(n => n.CreatedAt).Take(take)
            .Select(n => new NotificationRow(n.Id, n.Title, n.Body, n.Link, n.Level, n.CreatedAt, n.ReadAt != null))
            .ToListAsync(ct);
    }

    public async Task<int> UnreadCountAsync(CancellationToken ct = default)
    {
        if (tenant is not { UserId: { } userId, TenantId: not null })
        {
            return 0;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Notifications.CountAsync(n => n.UserId == userId && n.ReadAt == null, ct);
    }

    public async Task<Result> MarkReadAsync(Guid id, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var notification = await db.Notifications.SingleOrDefaultAsync(n => n.Id == id && n.UserId == tenant.UserId, ct);
        if (notification is null)
        {
            return Error.NotFound("The notification");
        }

        notification.MarkRead(clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return Result.Success();
    }

    public async Task<int> MarkAllReadAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var tenantId = tenant.TenantId;
        var now = clock.GetUtcNow();
        // ExecuteUpdate bypasses the query filter's guarantees for writes, so the tenant condition is explicit.
        return await db.Notifications.Where(n => n.TenantId == tenantId && n.UserId == tenant.UserId && n.ReadAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), ct);
    }

    private async Task<int> AddAsync(ErpDbContext db, Guid tenantId, List<string> userIds, NotificationMessage message, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        db.Notifications.AddRange(userIds.Select(u => new Notification(u, message.Title, message.Body, message.Link, message.Level, now)));
        await db.SaveChangesAsync(ct);
        publisher.Publish(tenantId, userIds);
        return userIds.Count;
    }
}
