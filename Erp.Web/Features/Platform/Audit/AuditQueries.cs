using Erp.Web.Infrastructure.Grids;
using Erp.Data;
using Erp.Data.Audit;
using Erp.Data.Tenancy;
using Erp.Domain.Common;
using Erp.Domain.Platform;
using Erp.Domain.Platform.Audit;
using Erp.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Platform.Audit;

/// <summary>Reads the current tenant's audit log (newest first) for the History panel and the audit page.</summary>
public sealed class AuditQueries(IDbContextFactory<ErpDbContext> dbFactory, PermissionGuard guard, ITenantContext tenant,
    AuditVerifier verifier)
{
    public const int MaxPageSize = 100;

    public Task<Result<Paged<AuditRow>>> HistoryAsync(string entityType, string entityKey, int page, int pageSize,
        CancellationToken ct = default) =>
        ListAsync(new AuditLogQuery(entityType, entityKey, Page: page, PageSize: pageSize), exactEntity: true, ct);

    public Task<Result<Paged<AuditRow>>> ListAsync(AuditLogQuery query, CancellationToken ct = default) =>
        ListAsync(query, exactEntity: false, ct);

    public async Task<Result<IReadOnlyList<string>>> EntityTypesAsync(CancellationToken ct = default)
    {
        if (await guard.CheckAsync(PlatformPermissions.ViewAudit, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.AuditEntries.Select(a => a.EntityType).Distinct().OrderBy(t => t).ToListAsync(ct);
    }

    public async Task<Result<AuditVerification>> VerifyChainAsync(CancellationToken ct = default)
    {
        if (await guard.CheckAsync(PlatformPermissions.ViewAudit, ct) is { } denied)
        {
            return denied;
        }

        return await verifier.VerifyAsync(tenant.TenantId!.Value, ct);
    }

    private async Task<Result<Paged<AuditRow>>> ListAsync(AuditLogQuery query, bool exactEntity, CancellationToken ct)
    {
        if (await guard.CheckAsync(PlatformPermissions.ViewAudit, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.EntityType))
        {
            rows = rows.Where(a => a.EntityType == query.EntityType);
        }

        if (!string.IsNullOrWhiteSpace(query.EntityKey))
        {
            var key = query.EntityKey.Trim();
            rows = exactEntity ? rows.Where(a => a.EntityKey == key) : rows.Where(a => a.EntityKey.Contains(key));
        }

        if (!string.IsNullOrWhiteSpace(query.User))
        {
            var user = query.User.Trim();
            rows = rows.Where(a => a.UserName != null && a.UserName.Contains(user));
        }

        if (query.From is { } from)
        {
            rows = rows.Where(a => a.At >= from);
        }

        if (query.To is { } to)
        {
            rows = rows.Where(a => a.At < to);
        }

        var total = await rows.CountAsync(ct);
        var size = Math.Clamp(query.PageSize, 1, MaxPageSize);
        var items = await rows.OrderByDescending(a => a.Sequence).Skip(Math.Max(0, query.Page) * size).Take(size)
            .Select(a => new { a.Id, a.Sequence, a.At, a.UserName, a.EntityType, a.EntityKey, a.Action, a.ChangesJson, a.CorrelationId })
            .ToListAsync(ct);
        return new Paged<AuditRow>(
            items.Select(a => new AuditRow(a.Id, a.Sequence, a.At, a.UserName, a.EntityType, a.EntityKey, a.Action,
                AuditChange.FromJson(a.ChangesJson), a.CorrelationId)).ToList(),
            total);
    }
}
