using Erp.Data.Tenancy;
using Erp.Domain.Inventory;
using Erp.Web.Features.Inventory.Ledger;
using Erp.Web.Infrastructure.Grids;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Erp.Web.Features.Inventory.Stock;

public sealed partial class StockList
{
    private static readonly Dictionary<string, string> SortKeyOf = new(StringComparer.Ordinal)
    {
        [nameof(StockLevelRow.Sku)] = "sku",
        [nameof(StockLevelRow.Name)] = "name",
        [nameof(StockLevelRow.OnHand)] = "onHand",
        [nameof(StockLevelRow.Reserved)] = "reserved",
        [nameof(StockLevelRow.Value)] = "value",
    };

    private MudDataGrid<StockLevelRow>? _grid;
    private IReadOnlyList<StockLocationFilterOption> _locations = [];
    private IReadOnlyList<(Guid Id, string Name, int Depth)> _categories = [];
    private string? _search;
    private Guid? _location;
    private Guid? _category;
    private StockStatus? _status;
    private bool _includeEmpty;
    private string? _sort;
    private bool _desc;
    private int _total;
    private decimal _totalOnHand;
    private decimal _totalValue;
    private HashSet<Guid> _filterLocations = [];

    [Inject] private StockQueries Queries { get; set; } = default!;
    [Inject] private StockChangeNotifier Notifier { get; set; } = default!;
    [Inject] private ITenantContext Tenant { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    private StockListQuery CurrentQuery => new(_search, _location, _category, _status, _includeEmpty, _sort, _desc);

    protected override async Task OnInitializedAsync()
    {
        _locations = await Queries.LocationOptionsAsync();
        _categories = await Queries.CategoryOptionsAsync();
        Notifier.Changed += OnStockChanged;
    }

    public void Dispose() => Notifier.Changed -= OnStockChanged;

    private async Task<GridData<StockLevelRow>> LoadAsync(GridState<StockLevelRow> state, CancellationToken ct)
    {
        (_sort, _desc) = state.SortKey(SortKeyOf);
        var result = await Queries.ListAsync(CurrentQuery, state.Page, state.PageSize, ct);
        if (!result.IsSuccess)
        {
            Snackbar.Add(result.Error!.Message, Severity.Error);
            return new GridData<StockLevelRow> { Items = [], TotalItems = 0 };
        }

        (_total, _totalOnHand, _totalValue) = (result.Value.Total, result.Value.TotalOnHand, result.Value.TotalValue);
        return new GridData<StockLevelRow> { Items = result.Value.Items, TotalItems = result.Value.Total };
    }

    // Called on the thread that committed the change: only the tenant's changes within the location filter reload.
    private void OnStockChanged(StockChanged change)
    {
        if (change.TenantId != Tenant.TenantId || (_location is not null && !change.LocationIds.Any(_filterLocations.Contains)))
        {
            return;
        }

        _ = InvokeAsync(ReloadAsync);
    }

    private Task OnSearchChanged(string? value)
    {
        _search = value;
        return ReloadAsync();
    }

    private Task OnLocationChanged(Guid? value)
    {
        _location = value;
        _filterLocations = value is { } id ? DescendantsOf(id) : [];
        return ReloadAsync();
    }

    private Task OnCategoryChanged(Guid? value)
    {
        _category = value;
        return ReloadAsync();
    }

    private Task OnStatusChanged(StockStatus? value)
    {
        _status = value;
        return ReloadAsync();
    }

    private Task OnIncludeEmptyChanged(bool value)
    {
        _includeEmpty = value;
        return ReloadAsync();
    }

    private Task ReloadAsync() => _grid?.ReloadServerData() ?? Task.CompletedTask;

    // The options come in tree order: a location's sub-locations follow it with a greater depth.
    private HashSet<Guid> DescendantsOf(Guid id)
    {
        var result = new HashSet<Guid>();
        var start = _locations.Select((l, i) => (l, i)).FirstOrDefault(x => x.l.Id == id);
        if (start.l is null)
        {
            return [id];
        }

        result.Add(id);
        foreach (var l in _locations.Skip(start.i + 1).TakeWhile(l => l.Depth > start.l.Depth && !l.IsTransit))
        {
            result.Add(l.Id);
        }

        return result;
    }

    private void DownloadExcel() => Navigation.NavigateTo(StockDownloadEndpoints.StockExportUrl(CurrentQuery), forceLoad: true);

    private static string Quantity(decimal value) => value.ToString("#,0.####", System.Globalization.CultureInfo.CurrentCulture);

    private static Color StatusColor(StockLevelRow row) => row.InTransit ? Color.Info : row.Status switch
    {
        StockStatus.Out => Color.Error,
        StockStatus.Low => Color.Warning,
        _ => Color.Success,
    };
}
