using Erp.Domain.Platform;

namespace Erp.Web.Features.Platform.Notifications;

public sealed record NotificationMessage(string Title, string Body, string? Link = null, NotificationLevel Level = NotificationLevel.Info);

public sealed record NotificationRow(Guid Id, string Title, string Body, string? Link, NotificationLevel Level,
    DateTimeOffset CreatedAt, bool IsRead);
