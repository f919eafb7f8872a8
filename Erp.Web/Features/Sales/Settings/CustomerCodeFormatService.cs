using Erp.Data;
using Erp.Domain.Common;
using Erp.Domain.Platform.Documents;
using Erp.Domain.Sales;
using Erp.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Sales.Customers;

public sealed record CustomerCodeFormat(string Prefix, string Format, long NextNumber, string NextPreview);

/// <summary>
/// The customer code format: the "Customer" document type of the gap-free numbering, never restarting yearly (codes are
/// permanent). Changed with Sales.Configure here, or with the platform's document numbering page.
/// </summary>
public sealed class CustomerCodeFormatService(IDbContextFactory<ErpDbContext> dbFactory, PermissionGuard guard, TimeProvider clock)
{
    public async Task<Result<CustomerCodeFormat>> GetAsync(CancellationToken ct = default)
    {
        if (await guard.CheckAsync(SalesPermissions.View, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var row = await db.DocumentSequences.AsNoTracking().Where(s => s.DocumentType == DocumentTypes.Customer)
            .OrderByDescending(s => s.Period).FirstOrDefaultAsync(ct);
        var defaults = DocumentTypes.DefaultsOf(DocumentTypes.Customer);
        var (prefix, format, next) = row is null ? (defaults.Prefix, defaults.Format, 1L) : (row.Prefix, row.Format, row.NextNumber);
        return new CustomerCodeFormat(prefix, format, next, Preview(prefix, format, next));
    }

    public async Task<Result> SaveAsync(string? prefix, string? format, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(SalesPermissions.Configure, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = await db.DocumentSequences.Where(s => s.DocumentType == DocumentTypes.Customer).ToListAsync(ct);
        try
        {
            if (rows.Count == 0)
            {
                db.DocumentSequences.Add(new DocumentSequence(DocumentTypes.Customer, DocumentSequence.NoPeriod, prefix ?? "", format ?? "", false));
            }

            rows.ForEach(r => r.Configure(prefix ?? "", format ?? "", false));
        }
        catch (DomainException ex)
        {
            return ex.Error;
        }

        await db.SaveChangesAsync(ct);
        return Result.Success();
    }

    /// <summary>The code the next customer would get with this prefix and format, or the format's problem.</summary>
    public string Preview(string? prefix, string? format, long next)
    {
        var parsed = DocumentNumberFormat.Parse(format);
        return parsed.IsSuccess
            ? parsed.Value.Format(prefix?.Trim() ?? "", DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), next)
            : parsed.Error!.Message;
    }
}
