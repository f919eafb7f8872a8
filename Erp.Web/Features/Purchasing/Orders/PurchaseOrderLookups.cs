using Erp.Data;
using Erp.Domain.Purchasing;
using Erp.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Purchasing.Orders;

public sealed record SupplierOption(Guid Id, string Code, string Name, bool IsActive, string Currency)
{
    public string Display => $"{Code} — {Name}";
}

/// <summary>The suppliers the order pages choose from (filters and the editor).</summary>
public sealed class PurchaseOrderLookups(IDbContextFactory<ErpDbContext> dbFactory, PermissionGuard guard)
{
    public async Task<IReadOnlyList<SupplierOption>> SuppliersAsync(bool activeOnly, CancellationToken ct = default)
    {
        if (!await guard.HasAsync(PurchasingPermissions.View, ct))
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var suppliers = db.Suppliers.AsNoTracking();
        if (activeOnly)
        {
            suppliers = suppliers.Where(s => s.IsActive);
        }

        return await suppliers.OrderBy(s => s.Code).Select(s => new SupplierOption(s.Id, s.Code, s.Name, s.IsActive, s.CurrencyCode)).ToListAsync(ct);
    }
}
