using Erp.Web.Infrastructure.Grids;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Erp.Web.Features.Purchasing.Receipts;

/// <summary>Purchase receipts: server-side paging, sorting, supplier and date filters, search, Excel of the current view.</summary>
public sealed partial class ReceiptList
{
    private static readonly Dictionary<string, string> SortKeyOf = new(StringComparer.Ordinal)
    {
        [nameof(PurchaseReceiptRow.Number)] = "number",
        [nameof(PurchaseReceiptRow.Date)] = "date",
        [nameof(PurchaseReceiptRow.OrderNumber)] = "order",
        [nameof(PurchaseReceiptRow.SupplierName)] = "supplier",
    };

    private MudDataGrid<PurchaseReceiptRow>? _grid;
    private IReadOnlyList<(Guid Id, string Name)> _suppliers = [];
    private string? _search;
    private Guid? _supplierId;
    private DateTime? _from;
    private DateTime? _to;
    private string? _sort;
    private bool _desc;

    [Inject] private PurchaseReceiptQueries Queries { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    private PurchaseReceiptListQuery CurrentQuery => new(_search, _supplierId,
        _from is { } from ? DateOnly.FromDateTime(from) : null, _to is { } to ? DateOnly.FromDateTime(to) : null, _sort, _desc);

    protected override async Task OnInitializedAsync() => _suppliers = await Queries.SuppliersAsync();

    private async Task<GridData<PurchaseReceiptRow>> LoadAsync(GridState<PurchaseReceiptRow> state, CancellationToken ct)
    {
        (_sort, _desc) = state.SortKey(SortKeyOf);
        return (await Queries.ListAsync(CurrentQuery, state.Page, state.PageSize, ct)).ToGridData(Snackbar);
    }

    private Task OnSearchChanged(string? value)
    {
        _search = value;
        return ReloadAsync();
    }

    private Task OnSupplierChanged(Guid? value)
    {
        _supplierId = value;
        return ReloadAsync();
    }

    private Task OnFromChanged(DateTime? value)
    {
        _from = value;
        return ReloadAsync();
    }

    private Task OnToChanged(DateTime? value)
    {
        _to = value;
        return ReloadAsync();
    }

    private Task ReloadAsync() => _grid?.ReloadServerData() ?? Task.CompletedTask;

    private void DownloadExcel() => Navigation.NavigateTo(PurchaseReceiptDownloadEndpoints.ExportUrl(CurrentQuery), forceLoad: true);
}
