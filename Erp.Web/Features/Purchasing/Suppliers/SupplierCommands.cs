using Erp.Data;
using Erp.Domain.Common;
using Erp.Domain.Purchasing;
using Erp.Domain.Purchasing.Suppliers;
using Erp.Data.Tenancy;
using Erp.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Purchasing.Suppliers;

/// <summary>
/// Creates suppliers (with their code from the "Supplier" sequence), edits them and their contacts, activates and
/// deactivates them, and deletes (softly, with a reason) those that never had a purchase order.
/// </summary>
public sealed class SupplierCommands(IDbContextFactory<ErpDbContext> dbFactory, PermissionGuard guard, ITenantContext tenant,
    TimeProvider clock)
{
    public async Task<Result<Guid>> CreateAsync(SupplierInput input, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(PurchasingPermissions.ManageSuppliers, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        try
        {
            var fields = input.ToFields();
            if (await SupplierChecks.AllAsync(db, fields, null, ct) is { } refused)
            {
                return refused;
            }

            // The code is taken in the same transaction as the insert, so a refused save leaves no gap.
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var supplier = new Supplier(await SupplierChecks.NextCodeAsync(db, Today, ct), fields);
            supplier.SetContacts(input.ContactFields());
            db.Suppliers.Add(supplier);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return supplier.Id;
        }
        catch (DomainException ex)
        {
            return ex.Error;
        }
        catch (DbUpdateException)
        {
            return CommonErrors.ChangedByAnotherUser;
        }
    }

    /// <summary>Saves the edit if nobody saved since <paramref name="expectedVersion"/>; returns the new version.</summary>
    public async Task<Result<long>> UpdateAsync(Guid id, SupplierInput input, long expectedVersion, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(PurchasingPermissions.ManageSuppliers, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var supplier = await db.Suppliers.Include(s => s.Contacts).FirstOrDefaultAsync(s => s.Id == id, ct);
        if (supplier is null)
        {
            return SupplierErrors.SupplierNotFound;
        }

        if (supplier.Version != expectedVersion)
        {
            return CommonErrors.ChangedByAnotherUser;
        }

        try
        {
            var fields = input.ToFields();
            if (await SupplierChecks.AllAsync(db, fields, id, ct) is { } refused)
            {
                return refused;
            }

            supplier.Update(fields);
            supplier.SetContacts(input.ContactFields());
            await db.SaveChangesAsync(ct);
            return supplier.Version;
        }
        catch (DomainException ex)
        {
            return ex.Error;
        }
        catch (DbUpdateException)
        {
            return CommonErrors.ChangedByAnotherUser;
        }
    }

    /// <summary>Activates or deactivates the supplier; an inactive supplier gets no new orders or bills.</summary>
    public async Task<Result> SetActiveAsync(Guid id, bool active, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(PurchasingPermissions.ManageSuppliers, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var supplier = await db.Suppliers.FirstOrDefaultAsync(s => s.Id == id, ct);
        if (supplier is null)
        {
            return SupplierErrors.SupplierNotFound;
        }

        try
        {
            supplier.Update(Fields(supplier) with { IsActive = active });
            await db.SaveChangesAsync(ct);
            return Result.Success();
        }
        catch (DomainException ex)
        {
            return ex.Error;
        }
        catch (DbUpdateException)
        {
            return CommonErrors.ChangedByAnotherUser;
        }
    }

    /// <summary>
    /// Deletes (softly, with the reason) a supplier that has no purchase orders, with the products it supplies; one
    /// with orders is refused (deactivate it instead): its orders, receipts and bills still name it.
    /// </summary>
    public async Task<Result> DeleteAsync(Guid id, string? reason, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(PurchasingPermissions.ManageSuppliers, ct) is { } denied)
        {
            return denied;
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return CommonErrors.DeleteReasonRequired;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var supplier = await db.Suppliers.FirstOrDefaultAsync(s => s.Id == id, ct);
        if (supplier is null)
        {
            return SupplierErrors.SupplierNotFound;
        }

        var orders = await db.PurchaseOrders.IgnoreQueryFilters([ErpDbContext.SoftDeleteFilter]).CountAsync(o => o.SupplierId == id, ct);
        if (orders > 0)
        {
            return SupplierErrors.HasOrders(supplier.Code, orders);
        }

        var at = clock.GetUtcNow();
        supplier.MarkDeleted(reason, tenant.UserId, at);
        foreach (var item in await db.SupplierProducts.Where(p => p.SupplierId == id).ToListAsync(ct))
        {
            item.MarkDeleted(reason, tenant.UserId, at);
        }

        try
        {
            await db.SaveChangesAsync(ct);
            return Result.Success();
        }
        catch (DbUpdateException)
        {
            return CommonErrors.ChangedByAnotherUser;
        }
    }

    private static SupplierFields Fields(Supplier s) => new(s.Name, s.TaxId, s.Email, s.Phone, s.Website, s.Address, s.PaymentTermId,
        s.CurrencyCode, s.LeadTimeDays, s.IsActive, s.Notes);

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}
