using Erp.Web.Infrastructure.Grids;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Erp.Web.Features.Platform.Users;

public partial class UserList
{
    // Grid column (property) names mapped to the query's whitelisted sort keys.
    private static readonly Dictionary<string, string> SortKeyOf = new(StringComparer.Ordinal)
    {
        [nameof(UserRow.Name)] = "name",
        [nameof(UserRow.Email)] = "email",
        [nameof(UserRow.IsActive)] = "active",
        [nameof(UserRow.LastSignIn)] = "lastSignIn",
    };

    private MudDataGrid<UserRow>? _grid;
    private IReadOnlyList<RoleOption> _roles = [];
    private string? _search;
    private Guid? _role;
    private bool? _active;
    private string? _sort;
    private bool _desc;

    [Inject] private UserQueries Queries { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    private UserListQuery CurrentQuery => new(_search, _role, _active, _sort, _desc);

    protected override async Task OnInitializedAsync() => _roles = await Queries.RolesAsync();

    private async Task<GridData<UserRow>> LoadAsync(GridState<UserRow> state, CancellationToken ct)
    {
        (_sort, _desc) = state.SortKey(SortKeyOf);
        var result = await Queries.ListAsync(CurrentQuery, state.Page, state.PageSize, ct);
        return result.ToGridData(Snackbar);
    }

    private Task OnSearchChanged(string? value)
    {
        _search = value;
        return ReloadAsync();
    }

    private Task OnRoleChanged(Guid? value)
    {
        _role = value;
        return ReloadAsync();
    }

    private Task OnActiveChanged(bool? value)
    {
        _active = value;
        return ReloadAsync();
    }

    private Task ReloadAsync() => _grid?.ReloadServerData() ?? Task.CompletedTask;

    // A full navigation to an attachment downloads the file and leaves the page (and its circuit) where it is.
    private void DownloadExcel() => Navigation.NavigateTo(UserDownloadEndpoints.ExportUrl(CurrentQuery), forceLoad: true);

    private void DownloadAccessReport() => Navigation.NavigateTo(UserDownloadEndpoints.AccessReportPath, forceLoad: true);
}
