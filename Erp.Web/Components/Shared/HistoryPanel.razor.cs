using Erp.Web.Infrastructure.Grids;
using Erp.Web.Features.Platform.Audit;
using Microsoft.AspNetCore.Components;

namespace Erp.Web.Components.Shared;

/// <summary>
/// A record's change history from the audit log, newest first, paged:
/// <c>&lt;HistoryPanel EntityType="Organization" EntityId="@id" /&gt;</c>. Needs <c>Platform.ViewAudit</c>.
/// </summary>
public sealed partial class HistoryPanel
{
    private Paged<AuditRow>? _page;
    private string? _error;
    private bool _loading = true;
    private int _pageIndex;
    private (string, string)? _loadedFor;

    [Inject] private AuditQueries Queries { get; set; } = default!;

    /// <summary>The entity's CLR type name, as recorded in the audit log (e.g. <c>Organization</c>).</summary>
    [Parameter, EditorRequired] public string EntityType { get; set; } = "";

    [Parameter] public Guid EntityId { get; set; }

    /// <summary>For entities whose key is not a single GUID; wins over <see cref="EntityId"/>.</summary>
    [Parameter] public string? EntityKey { get; set; }

    [Parameter] public int PageSize { get; set; } = 10;

    private string Key => EntityKey ?? EntityId.ToString();

    private int PageCount => _page is null ? 0 : (_page.Total + PageSize - 1) / PageSize;

    protected override async Task OnParametersSetAsync()
    {
        if (_loadedFor != (EntityType, Key))
        {
            _loadedFor = (EntityType, Key);
            _pageIndex = 0;
            await LoadAsync();
        }
    }

    /// <summary>Reloads the first page, e.g. after the host page saved the record.</summary>
    public async Task RefreshAsync()
    {
        _pageIndex = 0;
        await LoadAsync();
        StateHasChanged();
    }

    private async Task GoToPageAsync(int page)
    {
        _pageIndex = page - 1;
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        _loading = true;
        var result = await Queries.HistoryAsync(EntityType, Key, _pageIndex, PageSize);
        _page = result.IsSuccess ? result.Value : null;
        _error = result.IsSuccess ? null : "You do not have permission to see the change history.";
        _loading = false;
    }
}
