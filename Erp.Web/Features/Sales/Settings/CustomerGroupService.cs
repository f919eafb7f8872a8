using Erp.Data;
using Erp.Domain.Common;
using Erp.Domain.Sales;
using Erp.Domain.Sales.Customers;
using Erp.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Sales.Customers;

public sealed record CustomerGroupRow(Guid Id, string Name, Guid? PriceListId, string? PriceList, Guid? DefaultPaymentTermId,
    string? DefaultPaymentTerms, int Customers);

/// <summary>Customer groups: read with View, changed with Configure (they carry price lists and default terms).</summary>
public sealed class CustomerGroupService(IDbContextFactory<ErpDbContext> dbFactory, PermissionGuard guard, TimeProvider clock)
{
    public async Task<Result<IReadOnlyList<CustomerGroupRow>>> ListAsync(CancellationToken ct = default)
    {
        if (await guard.CheckAsync(SalesPermissions.View, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.CustomerGroups.AsNoTracking().OrderBy(g => g.Name)
            .Select(g => new CustomerGroupRow(g.Id, g.Name, g.PriceListId,
                db.PriceLists.Where(p => p.Id == g.PriceListId).Select(p => p.Name).FirstOrDefault(), g.DefaultPaymentTermId,
                db.PaymentTerms.Where(t => t.Id == g.DefaultPaymentTermId).Select(t => t.Name).FirstOrDefault(),
                db.Customers.Count(c => c.GroupId == g.Id)))
            .ToListAsync(ct);
    }

    public async Task<Result<Guid>> SaveAsync(Guid? id, string? name, Guid? priceListId, Guid? defaultPaymentTermId, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(SalesPermissions.Configure, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var trimmed = name?.Trim() ?? "";
        if (await db.CustomerGroups.AnyAsync(g => g.Name == trimmed && g.Id != id, ct))
        {
            return CustomerErrors.NameTaken;
        }

        if (priceListId is { } listId && !await db.PriceLists.AnyAsync(p => p.Id == listId, ct))
        {
            return CustomerErrors.PriceListNotFound;
        }

        if (defaultPaymentTermId is { } termId && !await db.PaymentTerms.AnyAsync(t => t.Id == termId, ct))
        {
            return CustomerErrors.PaymentTermNotFound;
        }

        try
        {
            CustomerGroup group;
            if (id is null)
            {
                group = new CustomerGroup(trimmed, priceListId, defaultPaymentTermId);
                db.CustomerGroups.Add(group);
            }
            else
            {
                group = await db.CustomerGroups.FirstOrDefaultAsync(g => g.Id == id, ct) ?? throw new DomainException(CustomerErrors.GroupNotFound);
                group.Update(trimmed, priceListId, defaultPaymentTermId);
            }

            await db.SaveChangesAsync(ct);
            return group.Id;
        }
        catch (DomainException ex)
        {
            return ex.Error;
        }
    }

    /// <summary>A group still used by customers cannot be deleted.</summary>
    public async Task<Result> DeleteAsync(Guid id, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(SalesPermissions.Configure, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var group = await db.CustomerGroups.FirstOrDefaultAsync(g => g.Id == id, ct);
        if (group is null)
        {
            return CustomerErrors.GroupNotFound;
        }

        if (await db.Customers.IgnoreQueryFilters([ErpDbContext.SoftDeleteFilter]).AnyAsync(c => c.GroupId == id, ct))
        {
            return CustomerErrors.InUse;
        }

        group.MarkDeleted("Deleted on the customer groups page", db.Tenant.UserId, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return Result.Success();
    }
}
