using Erp.Domain.Inventory;
using Erp.Domain.Inventory.Counts;
using Erp.Web.Infrastructure.Grids;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace Erp.Web.Features.Inventory.Counts;

public partial class CountList
{
    private static readonly Dictionary<string, string> SortKeyOf = new(StringComparer.Ordinal)
    {
        [nameof(CountRow.Number)] = "number",
        [nameof(CountRow.CountDate)] = "date",
        [nameof(CountRow.Status)] = "status",
        [nameof(CountRow.Location)] = "location",
    };

    private MudDataGrid<CountRow>? _grid;
    private string? _search;
    private StockCountStatus? _status;
    private string? _sort;
    private bool _desc;
    private bool _canManage;

    [CascadingParameter] private Task<AuthenticationState> AuthenticationState { get; set; } = default!;
    [Inject] private IAuthorizationService Authorization { get; set; } = default!;
    [Inject] private CountQueries Queries { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    private CountListQuery CurrentQuery => new(_search, _status, _sort, _desc);

    protected override async Task OnInitializedAsync() =>
        _canManage = (await Authorization.AuthorizeAsync((await AuthenticationState).User, InventoryPermissions.Manage)).Succeeded;

    private async Task<GridData<CountRow>> LoadAsync(GridState<CountRow> state, CancellationToken ct)
    {
        (_sort, _desc) = state.SortKey(SortKeyOf);
        return (await Queries.ListAsync(CurrentQuery, state.Page, state.PageSize, ct)).ToGridData(Snackbar);
    }

    private Task OnSearchChanged(string? value)
    {
        _search = value;
        return ReloadAsync();
    }

    private Task OnStatusChanged(StockCountStatus? value)
    {
        _status = value;
        return ReloadAsync();
    }

    private Task ReloadAsync() => _grid?.ReloadServerData() ?? Task.CompletedTask;

    private void DownloadExcel() => Navigation.NavigateTo(CountDownloadEndpoints.ExportUrl(CurrentQuery), forceLoad: true);
}
