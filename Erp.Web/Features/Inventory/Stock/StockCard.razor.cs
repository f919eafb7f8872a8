using System.Globalization;
using Erp.Data.Tenancy;
using Erp.Web.Features.Inventory.Ledger;
using Erp.Web.Features.Inventory.Shared;
using Erp.Web.Infrastructure.Grids;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Erp.Web.Features.Inventory.Stock;

public sealed partial class StockCard
{
    private MudDataGrid<StockCardRow>? _grid;
    private StockCardProduct? _product;
    private StockProductOption? _picked;
    private IReadOnlyList<StockLocationFilterOption> _locations = [];
    private Guid? _location;
    private DateOnly? _from;
    private DateOnly? _to;
    private bool _newestFirst;
    private bool _loaded;

    [Parameter] public Guid? ProductId { get; set; }

    [Inject] private StockCardQueries Queries { get; set; } = default!;
    [Inject] private StockQueries StockQueries { get; set; } = default!;
    [Inject] private StockChangeNotifier Notifier { get; set; } = default!;
    [Inject] private ITenantContext Tenant { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    /// <summary>A running total is worth showing when the card covers more than one location.</summary>
    private bool ShowsRunningTotal => _location is not { } id || HasSubLocations(id);

    private StockCardQuery? CurrentQuery => ProductId is { } id ? new StockCardQuery(id, _location, _from, _to, _newestFirst) : null;

    protected override async Task OnInitializedAsync()
    {
        _locations = await StockQueries.LocationOptionsAsync();
        Notifier.Changed += OnStockChanged;
    }

    protected override async Task OnParametersSetAsync()
    {
        _product = null;
        _loaded = false;
        if (ProductId is { } id)
        {
            var product = await Queries.ProductAsync(id);
            if (product.IsSuccess)
            {
                _product = product.Value;
            }
            else
            {
                // Unknown and other tenants' ids look the same: not found.
                Navigation.NotFound();
            }
        }

        _loaded = true;
        if (_grid is not null)
        {
            await _grid.ReloadServerData();
        }
    }

    public void Dispose() => Notifier.Changed -= OnStockChanged;

    private async Task<GridData<StockCardRow>> LoadAsync(GridState<StockCardRow> state, CancellationToken ct)
    {
        if (CurrentQuery is not { } query)
        {
            return new GridData<StockCardRow> { Items = [], TotalItems = 0 };
        }

        return (await Queries.ListAsync(query, state.Page, state.PageSize, ct)).ToGridData(Snackbar);
    }

    private void OnStockChanged(StockChanged change)
    {
        if (change.TenantId == Tenant.TenantId && ProductId is { } id && change.ProductIds.Contains(id))
        {
            _ = InvokeAsync(RefreshAsync);
        }
    }

    private async Task RefreshAsync()
    {
        if (ProductId is { } id && (await Queries.ProductAsync(id)) is { IsSuccess: true } product)
        {
            _product = product.Value;
        }

        await ReloadAsync();
        StateHasChanged();
    }

    private void OnProductPicked(StockProductOption? option)
    {
        _picked = null;
        if (option is not null)
        {
            Navigation.NavigateTo($"/inventory/stock-card/{option.Id}");
        }
    }

    private Task OnLocationChanged(Guid? value)
    {
        _location = value;
        return ReloadAsync();
    }

    private Task OnFromChanged(DateTime? value)
    {
        _from = value is { } d ? DateOnly.FromDateTime(d) : null;
        return ReloadAsync();
    }

    private Task OnToChanged(DateTime? value)
    {
        _to = value is { } d ? DateOnly.FromDateTime(d) : null;
        return ReloadAsync();
    }

    private Task OnNewestFirstChanged(bool value)
    {
        _newestFirst = value;
        return ReloadAsync();
    }

    private Task ReloadAsync() => _grid?.ReloadServerData() ?? Task.CompletedTask;

    private void DownloadExcel()
    {
        if (CurrentQuery is { } query)
        {
            Navigation.NavigateTo(StockDownloadEndpoints.CardExportUrl(query), forceLoad: true);
        }
    }

    // The options come in tree order: sub-locations follow their parent with a greater depth.
    private bool HasSubLocations(Guid id)
    {
        var index = _locations.ToList().FindIndex(l => l.Id == id);
        return index >= 0 && index + 1 < _locations.Count && !_locations[index + 1].IsTransit
               && _locations[index + 1].Depth > _locations[index].Depth;
    }

    private static DateTime? ToDate(DateOnly? date) => date?.ToDateTime(TimeOnly.MinValue);

    private static string Quantity(decimal value) => value.ToString("#,0.####", CultureInfo.CurrentCulture);

    private static string Signed(decimal value) => value.ToString("+#,0.####;−#,0.####;0", CultureInfo.CurrentCulture);
}
