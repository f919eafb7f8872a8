using Erp.Data;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Platform.Documents;

public sealed record StatusHistoryRow(DateTimeOffset At, string? From, string To, string? UserName, string? Reason);

/// <summary>
/// The status transitions of one document, oldest first. The hosting page has already checked that the user may see
/// the document; the tenant filter keeps other tenants' documents out.
/// </summary>
public sealed class StatusHistoryQueries(IDbContextFactory<ErpDbContext> dbFactory)
{
    public async Task<IReadOnlyList<StatusHistoryRow>> ForAsync(string documentType, Guid documentId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var changes = await db.DocumentStatusChanges.AsNoTracking()
            .Where(c => c.DocumentType == documentType && c.DocumentId == documentId)
            .OrderBy(c => c.ChangedAt).ThenBy(c => c.Id)
            .Select(c => new { c.ChangedAt, c.FromStatus, c.ToStatus, c.ChangedBy, c.Reason })
            .ToListAsync(ct);
        var userIds = changes.Select(c => c.ChangedBy).OfType<string>().Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.DisplayName.Length > 0 ? u.DisplayName : u.Email, ct);
        return changes.Select(c => new StatusHistoryRow(c.ChangedAt, c.FromStatus, c.ToStatus,
            c.ChangedBy is null ? null : names.GetValueOrDefault(c.ChangedBy), c.Reason)).ToList();
    }
}
