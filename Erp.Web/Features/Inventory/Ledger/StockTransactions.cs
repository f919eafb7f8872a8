using Erp.Data;
using Erp.Domain.Common;
using Erp.Domain.Inventory;
using Erp.Web.Infrastructure.Live;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Inventory.Ledger;

/// <summary>
/// Runs one stock-changing use case in its own context and transaction: the work reads, checks and changes (documents,
/// numbers, <c>StockLedger.PostAsync</c>); a failed result or a <see cref="DomainException"/> rolls everything back.
/// On SQLite the transaction holds the write lock from its start (BEGIN IMMEDIATE), so stock checks cannot race; on
/// SQL Server a concurrent change of the same stock level fails the versioned save and the work is run again on fresh
/// data (up to 3 times). Committed stock changes, and the kinds of records changed, are announced to open screens.
/// </summary>
public sealed class StockTransactions(IDbContextFactory<ErpDbContext> dbFactory, StockChangeNotifier notifier,
    DataChangeNotifier changes, TimeProvider clock)
{
    private const int Attempts = 3;

    public async Task<Result<T>> RunAsync<T>(Func<ErpDbContext, DateTimeOffset, CancellationToken, Task<Result<T>>> work,
        CancellationToken ct = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            // The whole use case rolls back on any failure, so SaveChanges needs no savepoint of its own.
            db.Database.AutoSavepointsEnabled = false;
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            Result<T> result;
            try
            {
                result = await work(db, clock.GetUtcNow(), ct);
            }
            catch (DomainException ex)
            {
                result = ex.Error;
            }

            if (!result.IsSuccess)
            {
                await transaction.RollbackAsync(ct);
                return result;
            }

            // Movements, and reservations (which change levels without a movement), are announced to open screens.
            var moved = db.ChangeTracker.Entries<StockLevel>().Where(e => e.State is EntityState.Added or EntityState.Modified)
                .Select(e => e.Entity).ToList();
            var changedTypes = db.ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
                .Select(e => e.Metadata.ClrType).ToHashSet();
            try
            {
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
            }
            catch (DbUpdateConcurrencyException) when (attempt < Attempts && !db.Database.IsSqlite())
            {
                continue;
            }
            catch (DbUpdateConcurrencyException)
            {
                return CommonErrors.ChangedByAnotherUser;
            }

            notifier.Publish(new StockChanged(db.CurrentTenantId!.Value,
                moved.Select(m => m.ProductId).ToHashSet(), moved.Select(m => m.LocationId).ToHashSet()));
            changes.Publish(new DataChanged(db.CurrentTenantId!.Value, changedTypes));
            return result;
        }
    }
}
