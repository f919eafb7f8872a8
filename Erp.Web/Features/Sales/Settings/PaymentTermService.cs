using Erp.Data;
using Erp.Domain.Common;
using Erp.Domain.Sales;
using Erp.Domain.Sales.Customers;
using Erp.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Sales.Customers;

public sealed record PaymentTermRow(Guid Id, string Name, int NetDays, decimal? DiscountPercent, int? DiscountDays, bool IsActive,
    string Description, int Customers);

/// <summary>The tenant's payment terms: read with View, changed with Configure. The standard five are seeded on first use.</summary>
public sealed class PaymentTermService(IDbContextFactory<ErpDbContext> dbFactory, PermissionGuard guard)
{
    public async Task<Result<IReadOnlyList<PaymentTermRow>>> ListAsync(CancellationToken ct = default)
    {
        if (await guard.CheckAsync(SalesPermissions.View, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await EnsureStandardAsync(db, ct);
        var terms = await db.PaymentTerms.AsNoTracking().OrderBy(t => t.NetDays).ThenBy(t => t.Name).ToListAsync(ct);
        var counts = await db.Customers.Where(c => c.PaymentTermId != null).GroupBy(c => c.PaymentTermId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key!.Value, x => x.Count, ct);
        return terms.Select(t => new PaymentTermRow(t.Id, t.Name, t.NetDays, t.DiscountPercent, t.DiscountDays, t.IsActive,
            t.Describe(), counts.GetValueOrDefault(t.Id))).ToList();
    }

    public async Task<Result<Guid>> SaveAsync(Guid? id, string? name, int netDays, decimal? discountPercent, int? discountDays,
        CancellationToken ct = default)
    {
        if (await guard.CheckAsync(SalesPermissions.Configure, ct) is { } denied)
        {
            return denied;
        }

        if (!PaymentTerm.IsValid(netDays, discountPercent, discountDays))
        {
            return CustomerErrors.InvalidPaymentTerm;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var trimmed = name?.Trim() ?? "";
        if (await db.PaymentTerms.AnyAsync(t => t.Name == trimmed && t.Id != id, ct))
        {
            return CustomerErrors.NameTaken;
        }

        try
        {
            PaymentTerm term;
            if (id is null)
            {
                term = new PaymentTerm(trimmed, netDays, discountPercent, discountDays);
                db.PaymentTerms.Add(term);
            }
            else
            {
                term = await db.PaymentTerms.FirstOrDefaultAsync(t => t.Id == id, ct) ?? throw new DomainException(Error.NotFound("The payment terms"));
                term.Update(trimmed, netDays, discountPercent, discountDays);
            }

            await db.SaveChangesAsync(ct);
            return term.Id;
        }
        catch (DomainException ex)
        {
            return ex.Error;
        }
    }

    /// <summary>Inactive terms stay on the customers that have them but are no longer offered.</summary>
    public async Task<Result> SetActiveAsync(Guid id, bool active, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(SalesPermissions.Configure, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var term = await db.PaymentTerms.FirstOrDefaultAsync(t => t.Id == id, ct);
        if (term is null)
        {
            return Error.NotFound("The payment terms");
        }

        term.SetActive(active);
        await db.SaveChangesAsync(ct);
        return Result.Success();
    }

    /// <summary>Adds the standard terms (Due on receipt, Net 15/30/60, 2/10 Net 30) to a tenant that has none yet.</summary>
    public static async Task EnsureStandardAsync(ErpDbContext db, CancellationToken ct)
    {
        if (db.CurrentTenantId is null || await db.PaymentTerms.IgnoreQueryFilters([ErpDbContext.SoftDeleteFilter]).AnyAsync(ct))
        {
            return;
        }

        db.PaymentTerms.AddRange(PaymentTerm.Standard.Select(s => new PaymentTerm(s.Name, s.NetDays, s.DiscountPercent, s.DiscountDays)));
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
