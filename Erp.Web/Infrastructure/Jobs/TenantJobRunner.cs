using Erp.Data;
using Erp.Data.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Infrastructure.Jobs;

/// <summary>
/// Runs a job's work once per active tenant, each in its own DI scope with an explicit tenant scope and no user.
/// One tenant's failure does not stop the others; the run then fails as a whole so Hangfire retries it
/// (jobs are written to be idempotent).
/// </summary>
public sealed partial class TenantJobRunner(IServiceScopeFactory scopes, ILogger<TenantJobRunner> logger)
{
    public async Task RunForEachTenantAsync(string jobName, Func<IServiceProvider, Guid, CancellationToken, Task> work,
        CancellationToken ct = default)
    {
        List<Guid> tenantIds;
        await using (var scope = scopes.CreateAsyncScope())
        {
            await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<ErpDbContext>>().CreateDbContextAsync(ct);
            tenantIds = await db.Tenants.AsNoTracking().Where(t => t.IsActive).OrderBy(t => t.Id).Select(t => t.Id).ToListAsync(ct);
        }

        var failures = new List<Exception>();
        foreach (var tenantId in tenantIds)
        {
            ct.ThrowIfCancellationRequested();
            await using var scope = scopes.CreateAsyncScope();
            using var _ = scope.ServiceProvider.GetRequiredService<ITenantContext>().BeginScope(tenantId);
            try
            {
                await work(scope.ServiceProvider, tenantId, ct);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogTenantFailed(logger, ex, jobName, tenantId);
                failures.Add(ex);
            }
        }

        if (failures.Count > 0)
        {
            throw new AggregateException($"{jobName} failed for {failures.Count} tenant(s).", failures);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Job {JobName} failed for tenant {TenantId}")]
    private static partial void LogTenantFailed(ILogger logger, Exception ex, string jobName, Guid tenantId);
}
