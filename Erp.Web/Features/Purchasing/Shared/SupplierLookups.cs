using Erp.Data;
using Erp.Domain.Purchasing;
using Erp.Web.Infrastructure.Grids;
using Erp.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Purchasing.Shared;

/// <summary>A supplier as the purchasing forms and filters offer it.</summary>
public sealed record SupplierOption(Guid Id, string Code, string Name, bool IsActive, string Currency)
{
    public string Display => $"{Code} — {Name}";

    public override string ToString() => $"{Code} {Name}";
}

/// <summary>The suppliers the purchasing pages choose from: whole lists for filters, a search for pickers, one by id.</summary>
public sealed class SupplierLookups(IDbContextFactory<ErpDbContext> dbFactory, PermissionGuard guard)
{
    public async Task<IReadOnlyList<SupplierOption>> ListAsync(bool activeOnly, CancellationToken ct = default)
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

    /// <summary>Up to 20 active suppliers whose code or name contains <paramref name="search"/>, by name.</summary>
    public async Task<IReadOnlyList<SupplierOption>> SearchAsync(string? search, CancellationToken ct = default)
    {
        if (!await guard.HasAsync(PurchasingPermissions.View, ct))
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var suppliers = db.Suppliers.AsNoTracking().Where(s => s.IsActive);
        if (!string.IsNullOrWhiteSpace(search))
        {
            var pattern = Like.Contains(search);
            suppliers = suppliers.Where(s => EF.Functions.Like(s.Name, pattern, "\\") || EF.Functions.Like(s.Code, pattern, "\\"));
        }

        return await suppliers.OrderBy(s => s.Name).Take(20)
            .Select(s => new SupplierOption(s.Id, s.Code, s.Name, s.IsActive, s.CurrencyCode)).ToListAsync(ct);
    }

    public async Task<SupplierOption?> FindAsync(Guid id, CancellationToken ct = default)
    {
        if (!await guard.HasAsync(PurchasingPermissions.View, ct))
        {
            return null;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Suppliers.AsNoTracking().Where(s => s.Id == id)
            .Select(s => new SupplierOption(s.Id, s.Code, s.Name, s.IsActive, s.CurrencyCode)).FirstOrDefaultAsync(ct);
    }
}
