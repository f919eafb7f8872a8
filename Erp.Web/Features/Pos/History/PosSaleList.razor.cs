using Erp.Domain.Pos.Sales;
using Erp.Web.Infrastructure.Grids;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Erp.Web.Features.Pos.History;

public partial class PosSaleList
{
    private static readonly Dictionary<string, string> SortKeyOf = new(StringComparer.Ordinal)
    {
        [nameof(PosSaleRow.Number)] = "number",
        [nameof(PosSaleRow.SoldAt)] = "date",
        [nameof(PosSaleRow.Status)] = "status",
        [nameof(PosSaleRow.Register)] = "register",
        [nameof(PosSaleRow.Cashier)] = "cashier",
        [nameof(PosSaleRow.Customer)] = "customer",
        [nameof(PosSaleRow.Gross)] = "gross",
    };

    private MudDataGrid<PosSaleRow>? _grid;
    private PosHistoryFilters _filters = new([], []);
    private string? _search;
    private PosSaleStatus? _status;
    private Guid? _register;
    private string? _cashier;
    private DateTime? _from;
    private DateTime? _to;
    private string? _sort;
    private bool _desc;

    [Inject] private PosSaleQueries Queries { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    private PosSaleListQuery CurrentQuery => new(_search, _status, _from is { } f ? DateOnly.FromDateTime(f) : null,
        _to is { } t ? DateOnly.FromDateTime(t) : null, _register, _cashier, _sort, _desc);

    protected override async Task OnInitializedAsync()
    {
        var filters = await Queries.FiltersAsync();
        if (filters.IsSuccess)
        {
            _filters = filters.Value;
        }
    }

    private async Task<GridData<PosSaleRow>> LoadAsync(GridState<PosSaleRow> state, CancellationToken ct)
    {
        (_sort, _desc) = state.SortKey(SortKeyOf);
        return (await Queries.ListAsync(CurrentQuery, state.Page, state.PageSize, ct)).ToGridData(Snackbar);
    }

    private Task OnSearchChanged(string? value) => Reload(() => _search = value);

    private Task OnStatusChanged(PosSaleStatus? value) => Reload(() => _status = value);

    private Task OnRegisterChanged(Guid? value) => Reload(() => _register = value);

    private Task OnCashierChanged(string? value) => Reload(() => _cashier = value);

    private Task OnFromChanged(DateTime? value) => Reload(() => _from = value);

    private Task OnToChanged(DateTime? value) => Reload(() => _to = value);

    private Task Reload(Action change)
    {
        change();
        return _grid?.ReloadServerData() ?? Task.CompletedTask;
    }

    private void DownloadExcel() => Navigation.NavigateTo(PosHistoryDownloads.ExportUrl(CurrentQuery), forceLoad: true);
}
