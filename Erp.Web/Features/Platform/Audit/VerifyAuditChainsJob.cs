using System.Globalization;
using Erp.Data.Audit;
using Erp.Domain.Platform;
using Erp.Web.Features.Platform.Notifications;
using Erp.Web.Infrastructure.Jobs;

namespace Erp.Web.Features.Platform.Audit;

/// <summary>
/// Nightly: recomputes every tenant's audit chain and tells the tenant's audit viewers about a break. Idempotent:
/// the notification links to the broken row, and no one is told twice about the same break.
/// </summary>
public sealed class VerifyAuditChainsJob(TenantJobRunner runner)
{
    public const string RecurringId = "verify-audit-chains";

    public Task RunAsync(CancellationToken ct) =>
        runner.RunForEachTenantAsync(nameof(VerifyAuditChainsJob), VerifyTenantAsync, ct);

    private static async Task VerifyTenantAsync(IServiceProvider services, Guid tenantId, CancellationToken ct)
    {
        var result = await services.GetRequiredService<AuditVerifier>().VerifyAsync(tenantId, ct);
        if (result.FirstBrokenSequence is not { } broken)
        {
            return;
        }

        var at = broken.ToString(CultureInfo.InvariantCulture);
        var message = new NotificationMessage(
            "The audit log failed verification",
            $"The audit log of this tenant was altered outside the application, starting at entry {at}: {result.Problem}.",
            $"/platform/audit?brokenAt={at}",
            NotificationLevel.Error);
        await services.GetRequiredService<NotificationService>()
            .NotifyPermissionHoldersAsync(PlatformPermissions.ViewAudit, message, oncePerLink: true, ct);
    }
}
