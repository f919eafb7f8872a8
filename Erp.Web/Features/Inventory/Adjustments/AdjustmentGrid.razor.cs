using Erp.Domain.Inventory.Adjustments;
using Erp.Web.Features.Inventory.Receipts;
using Erp.Web.Infrastructure.Grids;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Erp.Web.Features.Inventory.Adjustments;

public partial class AdjustmentGrid
{
    private static readonly Dictionary<string, string> SortKeyOf = new(StringComparer.Ordinal)
    {
        [nameof(StockAdjustmentRow.Number)] = "number",
        [nameof(StockAdjustmentRow.Date)] = "date",
        [nameof(StockAdjustmentRow.Status)] = "status",
        [nameof(StockAdjustmentRow.Location)] = "location",
        [nameof(StockAdjustmentRow.Reason)] = "reason",
        [nameof(StockAdjustmentRow.Value)] = "value",
    };

    private MudDataGrid<StockAdjustmentRow>? _grid;
    private string? _search;
    private StockAdjustmentStatus? _status;
    private string? _sort;
    private bool _desc;

    [Parameter, EditorRequired] public AdjustmentKind Kind { get; set; }

    [Inject] private StockAdjustmentQueries Queries { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    private StockAdjustmentListQuery CurrentQuery => new(Kind, _search, _status, _sort, _desc);

    private async Task<GridData<StockAdjustmentRow>> LoadAsync(GridState<StockAdjustmentRow> state, CancellationToken ct)
    {
        (_sort, _desc) = state.SortKey(SortKeyOf);
        return (await Queries.ListAsync(CurrentQuery, state.Page, state.PageSize, ct)).ToGridData(Snackbar);
    }

    private Task OnSearchChanged(string? value)
    {
        _search = value;
        return ReloadAsync();
    }

    private Task OnStatusChanged(StockAdjustmentStatus? value)
    {
        _status = value;
        return ReloadAsync();
    }

    private Task ReloadAsync() => _grid?.ReloadServerData() ?? Task.CompletedTask;

    private void DownloadExcel() => Navigation.NavigateTo(ReceiptDownloadEndpoints.AdjustmentExportUrl(CurrentQuery), forceLoad: true);
}
