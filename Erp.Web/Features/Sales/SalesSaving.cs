using Erp.Data;
using Erp.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Sales;

/// <summary>Saves a sales context, turning a concurrency or unique-index conflict into a plain refusal.</summary>
internal static class SalesSaving
{
    public static async Task<Result> SaveAsync(ErpDbContext db, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return Result.Success();
        }
        catch (DbUpdateException)
        {
            // DbUpdateConcurrencyException included: someone changed or added the same record at the same moment.
            return CommonErrors.ChangedByAnotherUser;
        }
    }

    /// <summary>Runs a domain change; a refused change becomes its error.</summary>
    public static Error? Try(Action change)
    {
        try
        {
            change();
            return null;
        }
        catch (DomainException ex)
        {
            return ex.Error;
        }
    }
}
