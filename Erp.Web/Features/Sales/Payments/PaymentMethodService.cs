using Erp.Data;
using Erp.Domain.Common;
using Erp.Domain.Sales;
using Erp.Domain.Sales.Payments;
using Erp.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Sales.Payments;

public sealed record PaymentMethodRow(Guid Id, string Name, PaymentMethodKind Kind, bool IsActive);

/// <summary>
/// The tenant's payment methods (sales payments and, later, the registers): read with View, changed with Configure.
/// The standard methods are added on first use. Methods are deactivated, never deleted: payments keep pointing at them.
/// </summary>
public sealed class PaymentMethodService(IDbContextFactory<ErpDbContext> dbFactory, PermissionGuard guard)
{
    public async Task<Result<IReadOnlyList<PaymentMethodRow>>> ListAsync(bool activeOnly = false, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(SalesPermissions.View, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await EnsureStandardAsync(db, ct);
        return await db.PaymentMethods.AsNoTracking().Where(m => !activeOnly || m.IsActive)
            .OrderBy(m => m.Kind).ThenBy(m => m.Name)
            .Select(m => new PaymentMethodRow(m.Id, m.Name, m.Kind, m.IsActive)).ToListAsync(ct);
    }

    public async Task<Result<Guid>> SaveAsync(Guid? id, string? name, PaymentMethodKind kind, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(SalesPermissions.Configure, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var trimmed = name?.Trim() ?? "";
        if (await db.PaymentMethods.AnyAsync(m => m.Name == trimmed && m.Id != id, ct))
        {
            return PaymentErrors.MethodNameTaken;
        }

        if (kind == PaymentMethodKind.StoreCredit
            && await db.PaymentMethods.AnyAsync(m => m.Kind == PaymentMethodKind.StoreCredit && m.Id != id, ct))
        {
            return PaymentErrors.OneStoreCredit;
        }

        try
        {
            var method = id is null ? null : await db.PaymentMethods.FirstOrDefaultAsync(m => m.Id == id, ct);
            if (id is not null && method is null)
            {
                return PaymentErrors.MethodNotFound;
            }

            if (method is null)
            {
                method = new PaymentMethod(trimmed, kind);
                db.PaymentMethods.Add(method);
            }
            else
            {
                method.Update(trimmed, kind);
            }

            await db.SaveChangesAsync(ct);
            return method.Id;
        }
        catch (DomainException ex)
        {
            return ex.Error;
        }
    }

    public async Task<Result> SetActiveAsync(Guid id, bool active, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(SalesPermissions.Configure, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var method = await db.PaymentMethods.FirstOrDefaultAsync(m => m.Id == id, ct);
        if (method is null)
        {
            return PaymentErrors.MethodNotFound;
        }

        if (!active && method.IsActive && !await db.PaymentMethods.AnyAsync(m => m.IsActive && m.Id != id, ct))
        {
            return PaymentErrors.LastActiveMethod;
        }

        method.SetActive(active);
        await db.SaveChangesAsync(ct);
        return Result.Success();
    }

    /// <summary>Adds the standard methods (cash, card, bank transfer, mobile money, store credit) to a tenant that has none.</summary>
    public static async Task EnsureStandardAsync(ErpDbContext db, CancellationToken ct)
    {
        if (db.CurrentTenantId is null || await db.PaymentMethods.IgnoreQueryFilters([ErpDbContext.SoftDeleteFilter]).AnyAsync(ct))
        {
            return;
        }

        db.PaymentMethods.AddRange(PaymentMethod.Standard.Select(s => new PaymentMethod(s.Name, s.Kind)));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another screen seeded them at the same moment; theirs are as good as ours.
            db.ChangeTracker.Clear();
        }
    }
}
