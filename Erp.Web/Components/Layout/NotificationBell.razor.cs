using Erp.Data.Tenancy;
using Erp.Domain.Platform;
using Erp.Web.Features.Platform.Notifications;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Erp.Web.Components.Layout;

/// <summary>The app bar bell: unread count, the latest notifications, mark read; updates live through the publisher.</summary>
public sealed partial class NotificationBell : IDisposable
{
    private const int Latest = 8;
    private IReadOnlyList<NotificationRow> _latest = [];
    private int _unread;
    private bool _open;

    [Inject] private NotificationService Notifications { get; set; } = default!;
    [Inject] private NotificationPublisher Publisher { get; set; } = default!;
    [Inject] private ITenantContext Tenant { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        Publisher.Published += OnPublished;
        await LoadAsync();
    }

    public void Dispose() => Publisher.Published -= OnPublished;

    private async Task LoadAsync()
    {
        _unread = await Notifications.UnreadCountAsync();
        _latest = await Notifications.LatestAsync(Latest);
    }

    private void OnPublished(Guid tenantId, IReadOnlyCollection<string> userIds)
    {
        if (tenantId != Tenant.TenantId || Tenant.UserId is not { } me || !userIds.Contains(me))
        {
            return;
        }

        _ = InvokeAsync(async () =>
        {
            await LoadAsync();
            StateHasChanged();
        });
    }

    private async Task OnOpenChangedAsync()
    {
        if (_open)
        {
            await LoadAsync();
        }
    }

    private async Task OpenAsync(NotificationRow note)
    {
        if (!note.IsRead)
        {
            await Notifications.MarkReadAsync(note.Id);
            await LoadAsync();
        }

        if (note.Link is { } link)
        {
            Navigation.NavigateTo(link);
        }
    }

    private async Task MarkAllReadAsync()
    {
        await Notifications.MarkAllReadAsync();
        await LoadAsync();
    }

    private static string LevelIcon(NotificationRow note) => note.Level switch
    {
        NotificationLevel.Error => Icons.Material.Filled.Error,
        NotificationLevel.Warning => Icons.Material.Filled.Warning,
        _ => Icons.Material.Filled.Info,
    };

    private static Color LevelColor(NotificationRow note) => note.Level switch
    {
        NotificationLevel.Error => Color.Error,
        NotificationLevel.Warning => Color.Warning,
        _ => Color.Info,
    };
}
