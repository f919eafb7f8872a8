using Erp.Data;
using Erp.Domain.Catalog;
using Erp.Domain.Common;
using Erp.Domain.Purchasing;
using Erp.Domain.Purchasing.Suppliers;
using Erp.Web.Features.Purchasing.Shared;
using Erp.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Purchasing.Suppliers;

/// <summary>
/// The products a supplier supplies: add, edit, remove. The price must be in a currency the tenant uses. Making one
/// preferred un-prefers the product's other supplier in the same transaction (the database holds one preferred per
/// product with the filtered unique index IX_SupplierProducts_PreferredPerProduct).
/// </summary>
public sealed class SupplierProductCommands(IDbContextFactory<ErpDbContext> dbFactory, PermissionGuard guard, TimeProvider clock)
{
    public async Task<Result<Guid>> AddAsync(Guid supplierId, SupplierProductInput input, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(PurchasingPermissions.ManageSuppliers, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (!await db.Suppliers.AnyAsync(s => s.Id == supplierId, ct))
        {
            return SupplierErrors.SupplierNotFound;
        }

        var product = await db.Products.AsNoTracking().Where(p => p.Id == input.ProductId && (p.Kind == ProductKind.Simple || p.Kind == ProductKind.Variant))
            .Select(p => new { p.Sku }).FirstOrDefaultAsync(ct);
        if (product is null)
        {
            return SupplierErrors.ProductNotFound;
        }

        if (await db.SupplierProducts.AnyAsync(p => p.SupplierId == supplierId && p.ProductId == input.ProductId, ct))
        {
            return SupplierErrors.AlreadySupplied(product.Sku);
        }

        var currency = await PurchasingRules.CheckCurrencyAsync(db, input.Currency, ct);
        if (!currency.IsSuccess)
        {
            return currency.Error!;
        }

        try
        {
            var item = new SupplierProduct(supplierId, input.ProductId, input.ToFields());
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            if (item.IsPreferred)
            {
                await UnpreferOthersAsync(db, input.ProductId, item.Id, ct);
            }

            db.SupplierProducts.Add(item);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return item.Id;
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

    /// <summary>Edits the line (the product stays; remove and add to change it).</summary>
    public async Task<Result> UpdateAsync(Guid supplierProductId, SupplierProductInput input, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(PurchasingPermissions.ManageSuppliers, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var item = await db.SupplierProducts.Include(p => p.PriceBreaks).FirstOrDefaultAsync(p => p.Id == supplierProductId, ct);
        if (item is null)
        {
            return SupplierErrors.SupplierProductNotFound;
        }

        var currency = await PurchasingRules.CheckCurrencyAsync(db, input.Currency, ct);
        if (!currency.IsSuccess)
        {
            return currency.Error!;
        }

        try
        {
            var fields = input.ToFields();
            // The entity's rules first (a throwaway copy), so a refused edit changes nothing at all.
            _ = new SupplierProduct(item.SupplierId, item.ProductId, fields);
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            if (fields.IsPreferred && !item.IsPreferred)
            {
                await UnpreferOthersAsync(db, item.ProductId, item.Id, ct);
            }

            item.Update(fields);

            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
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

    /// <summary>Makes this supplier the product's preferred one (the other loses it) or takes the preference away.</summary>
    public async Task<Result> SetPreferredAsync(Guid supplierProductId, bool preferred, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(PurchasingPermissions.ManageSuppliers, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var item = await db.SupplierProducts.FirstOrDefaultAsync(p => p.Id == supplierProductId, ct);
        if (item is null)
        {
            return SupplierErrors.SupplierProductNotFound;
        }

        if (item.IsPreferred == preferred)
        {
            return Result.Success();
        }

        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            if (preferred)
            {
                await UnpreferOthersAsync(db, item.ProductId, item.Id, ct);
            }

            item.SetPreferred(preferred);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return Result.Success();
        }
        catch (DbUpdateException)
        {
            return CommonErrors.ChangedByAnotherUser;
        }
    }

    /// <summary>The supplier stops supplying the product (soft delete; orders already placed keep their lines).</summary>
    public async Task<Result> RemoveAsync(Guid supplierProductId, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(PurchasingPermissions.ManageSuppliers, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var item = await db.SupplierProducts.FirstOrDefaultAsync(p => p.Id == supplierProductId, ct);
        if (item is null)
        {
            return SupplierErrors.SupplierProductNotFound;
        }

        item.SetPreferred(false);
        item.MarkDeleted("Removed from the supplier's products", db.Tenant.UserId, clock.GetUtcNow());
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

    /// <summary>
    /// Takes the preference from the product's other suppliers and saves that first, inside the caller's transaction and
    /// before the caller changes anything else, so the filtered unique index never sees two preferred rows.
    /// </summary>
    private static async Task UnpreferOthersAsync(ErpDbContext db, Guid productId, Guid keepId, CancellationToken ct)
    {
        var others = await db.SupplierProducts.Where(p => p.ProductId == productId && p.IsPreferred && p.Id != keepId).ToListAsync(ct);
        if (others.Count == 0)
        {
            return;
        }

        foreach (var other in others)
        {
            other.SetPreferred(false);
        }

        await db.SaveChangesAsync(ct);
    }
}
