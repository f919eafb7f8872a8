using Erp.Web.Infrastructure.Grids;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Erp.Web.Features.Pos.Registers;

public partial class RegisterList
{
    private static readonly Dictionary<string, string> SortKeyOf = new(StringComparer.Ordinal)
    {
        [nameof(CashRegisterRow.Code)] = "code",
        [nameof(CashRegisterRow.Name)] = "name",
        [nameof(CashRegisterRow.Location)] = "location",
        [nameof(CashRegisterRow.IsActive)] = "active",
    };

    private MudDataGrid<CashRegisterRow>? _grid;
    private string? _search;
    private bool? _active;
    private string? _sort;
    private bool _desc;

    [Inject] private CashRegisterQueries Queries { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    private CashRegisterListQuery CurrentQuery => new(_search, _active, _sort, _desc);

    private async Task<GridData<CashRegisterRow>> LoadAsync(GridState<CashRegisterRow> state, CancellationToken ct)
    {
        (_sort, _desc) = state.SortKey(SortKeyOf);
        return (await Queries.ListAsync(CurrentQuery, state.Page, state.PageSize, ct)).ToGridData(Snackbar);
    }

    private Task OnSearchChanged(string? value)
    {
        _search = value;
        return ReloadAsync();
    }

    private Task OnActiveChanged(bool? value)
    {
        _active = value;
        return ReloadAsync();
    }

    private Task ReloadAsync() => _grid?.ReloadServerData() ?? Task.CompletedTask;

    private void DownloadExcel() => Navigation.NavigateTo(RegisterDownloadEndpoints.ExportUrl(CurrentQuery), forceLoad: true);
}
