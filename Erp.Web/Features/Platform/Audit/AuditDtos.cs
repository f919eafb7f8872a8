using Erp.Web.Infrastructure.Grids;
using Erp.Domain.Platform.Audit;

namespace Erp.Web.Features.Platform.Audit;

public sealed record AuditRow(Guid Id, long Sequence, DateTimeOffset At, string? UserName, string EntityType, string EntityKey,
    AuditAction Action, IReadOnlyList<AuditChange> Changes, string? CorrelationId);

public sealed record AuditLogQuery(string? EntityType = null, string? EntityKey = null, string? User = null,
    DateTimeOffset? From = null, DateTimeOffset? To = null, int Page = 0, int PageSize = 25);
