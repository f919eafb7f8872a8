using Erp.Web.Infrastructure.Grids;
using Erp.Data.Tenancy;
using Erp.Domain.Catalog;
using Erp.Domain.Inventory;
using Erp.Web.Features.Inventory.Ledger;
using Erp.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Erp.Web.Features.Catalog.Products;

public sealed partial class ProductList
{
    private static readonly Dictionary<string, string> SortKeyOf = new(StringComparer.Ordinal)
    {
        [nameof(ProductRow.Name)] = "name",
        [nameof(ProductRow.Sku)] = "sku",
        [nameof(ProductRow.Barcode)] = "barcode",
        [nameof(ProductRow.Price)] = "price",
        [nameof(ProductRow.Cost)] = "cost",
    };

    private MudDataGrid<ProductRow>? _grid;
    private ProductFormOptions _options = new([], [], [], []);
    private string? _search;
    private Guid? _category;
    private Guid? _brand;
    private ProductKind? _kind;
    private bool? _active = true;
    private string? _sort;
    private bool _desc;
    private bool _canManage;
    private StockStatus? _stock;
    private IReadOnlyCollection<Guid> _shown = [];

    [Inject] private ProductQueries Queries { get; set; } = default!;
    [Inject] private PermissionGuard Guard { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;
    [Inject] private StockChangeNotifier StockChanges { get; set; } = default!;
    [Inject] private ITenantContext Tenant { get; set; } = default!;

    /// <summary>Stock filter from the link (<c>?stock=low</c>), e.g. from a low-stock notification.</summary>
    [SupplyParameterFromQuery(Name = "stock")] public string? StockFilter { get; set; }

    private ProductListQuery CurrentQuery => new(_search, _category, _brand, _kind, _active, _sort, _desc, _stock);

    protected override async Task OnInitializedAsync()
    {
        _stock = ProductDownloadEndpoints.TryParseStock(StockFilter, out var stock) ? stock : null;
        StockChanges.Changed += OnStockChangedElsewhere;
        _options = await Queries.FormOptionsAsync();
        _canManage = await Guard.HasAsync(CatalogPermissions.Manage);
    }

    private async Task<GridData<ProductRow>> LoadAsync(GridState<ProductRow> state, CancellationToken ct)
    {
        (_sort, _desc) = state.SortKey(SortKeyOf);
        var result = await Queries.ListAsync(CurrentQuery, state.Page, state.PageSize, ct);
        _shown = result.IsSuccess ? result.Value.Items.Select(r => r.Id).ToHashSet() : [];
        return result.ToGridData(Snackbar);
    }

    public void Dispose() => StockChanges.Changed -= OnStockChangedElsewhere;

    /// <summary>Live stock: reload when a shown product's stock changed, or any stock while the list is filtered by stock.</summary>
    private void OnStockChangedElsewhere(StockChanged change)
    {
        if (change.TenantId != Tenant.TenantId || (_stock is null && !change.ProductIds.Any(_shown.Contains)))
        {
            return;
        }

        _ = InvokeAsync(ReloadAsync);
    }

    private Task OnStockChanged(StockStatus? value)
    {
        _stock = value;
        return ReloadAsync();
    }

    private Task OnSearchChanged(string? value)
    {
        _search = value;
        return ReloadAsync();
    }

    private Task OnCategoryChanged(Guid? value)
    {
        _category = value;
        return ReloadAsync();
    }

    private Task OnBrandChanged(Guid? value)
    {
        _brand = value;
        return ReloadAsync();
    }

    private Task OnKindChanged(ProductKind? value)
    {
        _kind = value;
        return ReloadAsync();
    }

    private Task OnActiveChanged(bool? value)
    {
        _active = value;
        return ReloadAsync();
    }

    private Task ReloadAsync() => _grid?.ReloadServerData() ?? Task.CompletedTask;

    private void DownloadExcel() => Navigation.NavigateTo(ProductDownloadEndpoints.ExportUrl(CurrentQuery), forceLoad: true);
}
