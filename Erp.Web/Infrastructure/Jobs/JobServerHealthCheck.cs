using Hangfire;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Erp.Web.Infrastructure.Jobs;

/// <summary>Healthy while at least one Hangfire server has sent a heartbeat recently (or jobs are switched off).</summary>
public sealed class JobServerHealthCheck(IServiceProvider services, TimeProvider clock) : IHealthCheck
{
    private static readonly TimeSpan HeartbeatWindow = TimeSpan.FromMinutes(2);

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (services.GetService<JobStorage>() is not { } storage)
        {
            return Task.FromResult(HealthCheckResult.Healthy("Background jobs are switched off."));
        }

        var since = clock.GetUtcNow().UtcDateTime - HeartbeatWindow;
        var alive = storage.GetMonitoringApi().Servers().Count(s => s.Heartbeat is { } beat && beat >= since);
        return Task.FromResult(alive > 0
            ? HealthCheckResult.Healthy($"{alive} job server(s) alive.")
            : HealthCheckResult.Unhealthy("No job server has sent a heartbeat in the last two minutes."));
    }
}
