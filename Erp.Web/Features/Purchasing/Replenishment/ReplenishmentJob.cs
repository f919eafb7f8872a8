using Erp.Web.Infrastructure.Jobs;

namespace Erp.Web.Features.Purchasing.Replenishment;

/// <summary>
/// Daily, per tenant: runs the <see cref="ReplenishmentPlanner"/>, which proposes draft purchase orders for the items at
/// or below their reorder point and tells the buyers. Idempotent: what was proposed counts as on order next time.
/// </summary>
public sealed class ReplenishmentJob(TenantJobRunner runner)
{
    public const string RecurringId = "replenishment";

    public Task RunAsync(CancellationToken ct) => runner.RunForEachTenantAsync(nameof(ReplenishmentJob), RunTenantAsync, ct);

    private static async Task RunTenantAsync(IServiceProvider services, Guid tenantId, CancellationToken ct)
    {
        var result = await services.GetRequiredService<ReplenishmentPlanner>().RunAsync(ct);
        if (!result.IsSuccess)
        {
            throw new InvalidOperationException($"Replenishment failed for tenant {tenantId}: {result.Error!.Message}");
        }
    }
}
