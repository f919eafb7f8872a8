using Erp.Data;
using Erp.Domain.Sales.Quotations;
using Erp.Web.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Sales.Quotations;

/// <summary>
/// Daily, per tenant (explicit tenant scope): draft and sent quotations whose valid-until date has passed become Expired.
/// Idempotent: an expired quotation is no longer open, so a second run finds nothing to do. "Today" is UTC.
/// </summary>
public sealed class QuotationExpiryJob(TenantJobRunner runner)
{
    public const string RecurringId = "quotation-expiry";

    public Task RunAsync(CancellationToken ct) => runner.RunForEachTenantAsync(nameof(QuotationExpiryJob), ExpireTenantAsync, ct);

    private static async Task ExpireTenantAsync(IServiceProvider services, Guid tenantId, CancellationToken ct)
    {
        var dbFactory = services.GetRequiredService<IDbContextFactory<ErpDbContext>>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var overdue = await db.Quotations
            .Where(q => (q.Status == QuotationStatus.Draft || q.Status == QuotationStatus.Sent) && q.ValidUntil < today)
            .ToListAsync(ct);
        foreach (var quotation in overdue)
        {
            quotation.Expire(now);
        }

        await db.SaveChangesAsync(ct);
    }
}
