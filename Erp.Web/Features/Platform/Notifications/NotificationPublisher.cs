namespace Erp.Web.Features.Platform.Notifications;

/// <summary>In-process fan-out: open circuits (the app bar bell) refresh when one of their user's notifications arrives.</summary>
public sealed class NotificationPublisher
{
    public event Action<Guid, IReadOnlyCollection<string>>? Published;

    public void Publish(Guid tenantId, IReadOnlyCollection<string> userIds)
    {
        if (userIds.Count > 0)
        {
            Published?.Invoke(tenantId, userIds);
        }
    }
}
