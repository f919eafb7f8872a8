using Erp.Domain.Sales.Deliveries;
using Erp.Web.Infrastructure.Grids;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Erp.Web.Features.Sales.Deliveries;

public partial class DeliveryList
{
    private static readonly Dictionary<string, string> SortKeyOf = new(StringComparer.Ordinal)
    {
        [nameof(DeliveryRow.Number)] = "number",
        [nameof(DeliveryRow.Date)] = "date",
        [nameof(DeliveryRow.Status)] = "status",
        [nameof(DeliveryRow.OrderNumber)] = "order",
        [nameof(DeliveryRow.Customer)] = "customer",
    };

    private MudDataGrid<OrderToShipRow>? _queue;
    private MudDataGrid<DeliveryRow>? _grid;
    private int _tab;
    private string? _queueSearch;
    private string? _search;
    private DeliveryStatus? _status;
    private string? _sort;
    private bool _desc;

    [Inject] private DeliveryQueries Queries { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    private DeliveryListQuery CurrentQuery => new(_search, _status, _sort, _desc);

    private async Task<GridData<OrderToShipRow>> LoadQueueAsync(GridState<OrderToShipRow> state, CancellationToken ct) =>
        (await Queries.ToShipAsync(_queueSearch, state.Page, state.PageSize, ct)).ToGridData(Snackbar);

    private async Task<GridData<DeliveryRow>> LoadAsync(GridState<DeliveryRow> state, CancellationToken ct)
    {
        (_sort, _desc) = state.SortKey(SortKeyOf);
        return (await Queries.ListAsync(CurrentQuery, state.Page, state.PageSize, ct)).ToGridData(Snackbar);
    }

    private Task OnQueueSearchChanged(string? value)
    {
        _queueSearch = value;
        return _queue?.ReloadServerData() ?? Task.CompletedTask;
    }

    private Task OnSearchChanged(string? value)
    {
        _search = value;
        return _grid?.ReloadServerData() ?? Task.CompletedTask;
    }

    private Task OnStatusChanged(DeliveryStatus? value)
    {
        _status = value;
        return _grid?.ReloadServerData() ?? Task.CompletedTask;
    }

    private void DownloadExcel() => Navigation.NavigateTo(DeliveryDownloadEndpoints.ExportUrl(CurrentQuery), forceLoad: true);
}
