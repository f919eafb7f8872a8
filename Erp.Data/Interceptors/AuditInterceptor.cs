using System.Diagnostics;
using System.Runtime.CompilerServices;
using Erp.Data.Audit;
using Erp.Domain.Platform.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;

namespace Erp.Data.Interceptors;

/// <summary>
/// Writes an audit row for every change of an audited entity, in the same transaction as the change, appended to
/// the tenant's hash chain. Runs after <see cref="EntityStampingInterceptor"/>, so tenants are stamped and guarded.
/// Refuses any write of audit rows by application code.
/// </summary>
public sealed class AuditInterceptor(TimeProvider clock) : SaveChangesInterceptor
{
    private readonly ConditionalWeakTable<DbContext, SaveState> _saves = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        // Synchronous saves are rare here (Identity and services save asynchronously); they share the one code path.
        AppendAsync(eventData.Context, CancellationToken.None).GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        await AppendAsync(eventData.Context, cancellationToken);
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        EndAsync(eventData.Context, commit: true, CancellationToken.None).GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(
        SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        await EndAsync(eventData.Context, commit: true, cancellationToken);
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) =>
        EndAsync(eventData.Context, commit: false, CancellationToken.None).GetAwaiter().GetResult();

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default) =>
        EndAsync(eventData.Context, commit: false, CancellationToken.None);

    public override void SaveChangesCanceled(DbContextEventData eventData) =>
        EndAsync(eventData.Context, commit: false, CancellationToken.None).GetAwaiter().GetResult();

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default) =>
        EndAsync(eventData.Context, commit: false, CancellationToken.None);

    private async Task AppendAsync(DbContext? context, CancellationToken ct)
    {
        if (context is not ErpDbContext db)
        {
            return;
        }

        var pending = AuditChangeCollector.Collect(db);
        if (pending.Count == 0)
        {
            return;
        }

        // Read before the transaction starts: the chain lock must be the transaction's first statement.
        var userName = await UserNameAsync(db, db.Tenant.UserId, ct);
        var state = new SaveState();
        _saves.AddOrUpdate(db, state);
        if (db.Database.CurrentTransaction is null)
        {
            // Our own transaction, begun before the head is read, so the head lock lasts until the rows commit.
            state.Transaction = await db.Database.BeginTransactionAsync(ct);
        }

        try
        {
            await AppendToChainsAsync(db, pending, userName, state, ct);
        }
        catch
        {
            await EndAsync(db, commit: false, CancellationToken.None);
            throw;
        }
    }

    private async Task AppendToChainsAsync(ErpDbContext db, List<PendingAudit> pending, string? userName, SaveState state,
        CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var userId = db.Tenant.UserId;
        var correlationId = Activity.Current is { } activity ? activity.TraceId.ToHexString() : db.Tenant.CorrelationId;

        foreach (var group in pending.GroupBy(p => p.TenantId).OrderBy(g => g.Key))
        {
            var head = await AuditChainStore.LockAsync(db, group.Key, ct);
            var (sequence, hash) = (head.LastSequence, head.LastHash);
            foreach (var change in group)
            {
                var entry = new AuditEntry(change.TenantId, ++sequence, change.EntityType, change.EntityKey, change.Action,
                    change.ChangesJson, userId, userName, now, correlationId, hash);
                hash = entry.Hash;
                db.Add(entry);
                state.Added.Add(entry);
            }

            if (head.Exists)
            {
                await AuditChainStore.MoveAsync(db, group.Key, sequence, hash, ct);
            }
            else
            {
                var newHead = new AuditChainHead(group.Key, sequence, hash);
                db.Add(newHead);
                state.Added.Add(newHead);
            }
        }
    }

    private static async Task<string?> UserNameAsync(ErpDbContext db, string? userId, CancellationToken ct)
    {
        if (userId is null)
        {
            return "System";
        }

        var user = await db.Users.AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new { u.DisplayName, u.Email }).SingleOrDefaultAsync(ct);
        return string.IsNullOrWhiteSpace(user?.DisplayName) ? user?.Email : user.DisplayName;
    }

    private async Task EndAsync(DbContext? context, bool commit, CancellationToken ct)
    {
        if (context is null || !_saves.TryGetValue(context, out var state))
        {
            return;
        }

        _saves.Remove(context);
        if (!commit)
        {
            // A failed save may be retried on the same context: the next attempt recomputes its place in the chain.
            foreach (var added in state.Added)
            {
                context.Entry(added).State = EntityState.Detached;
            }
        }

        if (state.Transaction is { } transaction)
        {
            if (commit)
            {
                await transaction.CommitAsync(ct);
            }
            else
            {
                await transaction.RollbackAsync(ct);
            }

            await transaction.DisposeAsync();
        }
    }

    private sealed class SaveState
    {
        public IDbContextTransaction? Transaction { get; set; }
        public List<object> Added { get; } = [];
    }
}
