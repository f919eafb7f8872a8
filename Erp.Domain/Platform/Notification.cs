using Erp.Domain.Common;

namespace Erp.Domain.Platform;

/// <summary>An in-app message to one user of a tenant.</summary>
public sealed class Notification : Entity, ITenantOwned
{
    private Notification() { }

    public Notification(string userId, string title, string body, string? link, NotificationLevel level, DateTimeOffset createdAt)
    {
        UserId = userId;
        Title = Text.Required(title, 200, "Title");
        Body = Text.Required(body, 2000, "Body");
        Link = link;
        Level = level;
        CreatedAt = createdAt;
    }

    public Guid TenantId { get; private set; }
    public string UserId { get; private set; } = "";
    public string Title { get; private set; } = "";
    public string Body { get; private set; } = "";
    public string? Link { get; private set; }
    public NotificationLevel Level { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? ReadAt { get; private set; }

    public void MarkRead(DateTimeOffset at) => ReadAt ??= at;
}

public enum NotificationLevel
{
    Info = 1,
    Warning = 2,
    Error = 3,
}
