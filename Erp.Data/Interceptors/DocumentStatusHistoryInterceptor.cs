using Erp.Domain.Platform.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Erp.Data.Interceptors;

/// <summary>
/// Saves the status history rows a document collected with the document itself, in the same SaveChanges (and so
/// the same transaction). Registered before the stamping interceptor, which then stamps these rows too.
/// </summary>
public sealed class DocumentStatusHistoryInterceptor : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Collect(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void Collect(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var documents = context.ChangeTracker.Entries<IHasStatusHistory>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Unchanged)
            .Select(e => e.Entity)
            .ToList();
        foreach (var document in documents)
        {
            context.AddRange(document.TakeStatusChanges());
        }
    }
}
