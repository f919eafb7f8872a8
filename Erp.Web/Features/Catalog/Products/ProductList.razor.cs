using Erp.Web.Infrastructure.Grids;
using Erp.Domain.Catalog;
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

    [Inject] private ProductQueries Queries { get; set; } = default!;
    [Inject] private PermissionGuard Guard { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    private ProductListQuery CurrentQuery => new(_search, _category, _brand, _kind, _active, _sort, _desc);

    protected override async Task OnInitializedAsync()
    {
        _options = await Queries.FormOptionsAsync();
        _canManage = await Guard.HasAsync(CatalogPermissions.Manage);
    }

    private async Task<GridData<ProductRow>> LoadAsync(GridState<ProductRow> state, CancellationToken ct)
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
