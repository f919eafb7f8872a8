using Erp.Domain.Inventory.Receipts;
using Erp.Web.Infrastructure.Grids;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Erp.Web.Features.Inventory.Receipts;

public partial class ReceiptList
{
    private static readonly Dictionary<string, string> SortKeyOf = new(StringComparer.Ordinal)
    {
        [nameof(GoodsReceiptRow.Number)] = "number",
        [nameof(GoodsReceiptRow.Date)] = "date",
        [nameof(GoodsReceiptRow.Status)] = "status",
        [nameof(GoodsReceiptRow.Location)] = "location",
        [nameof(GoodsReceiptRow.Total)] = "total",
    };

    private MudDataGrid<GoodsReceiptRow>? _grid;
    private string? _search;
    private GoodsReceiptStatus? _status;
    private string? _sort;
    private bool _desc;

    [Inject] private GoodsReceiptQueries Queries { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    private GoodsReceiptListQuery CurrentQuery => new(_search, _status, _sort, _desc);

    private async Task<GridData<GoodsReceiptRow>> LoadAsync(GridState<GoodsReceiptRow> state, CancellationToken ct)
    {
        (_sort, _desc) = state.SortKey(SortKeyOf);
        return (await Queries.ListAsync(CurrentQuery, state.Page, state.PageSize, ct)).ToGridData(Snackbar);
    }

    private Task OnSearchChanged(string? value)
    {
        _search = value;
        return ReloadAsync();
    }

    private Task OnStatusChanged(GoodsReceiptStatus? value)
    {
        _status = value;
        return ReloadAsync();
    }

    private Task ReloadAsync() => _grid?.ReloadServerData() ?? Task.CompletedTask;

    private void DownloadExcel() => Navigation.NavigateTo(ReceiptDownloadEndpoints.ReceiptExportUrl(CurrentQuery), forceLoad: true);
}
