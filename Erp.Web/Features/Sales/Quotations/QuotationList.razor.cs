using Erp.Domain.Sales.Quotations;
using Erp.Web.Features.Sales.Orders;
using Erp.Web.Infrastructure.Grids;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Erp.Web.Features.Sales.Quotations;

public partial class QuotationList
{
    private static readonly Dictionary<string, string> SortKeyOf = new(StringComparer.Ordinal)
    {
        [nameof(QuotationRow.Number)] = "number",
        [nameof(QuotationRow.QuotationDate)] = "date",
        [nameof(QuotationRow.ValidUntil)] = "validuntil",
        [nameof(QuotationRow.Status)] = "status",
        [nameof(QuotationRow.CustomerName)] = "customer",
        [nameof(QuotationRow.Gross)] = "gross",
    };

    private MudDataGrid<QuotationRow>? _grid;
    private string? _search;
    private QuotationStatus? _status;
    private SalesCustomerOption? _customer;
    private DateTime? _from;
    private DateTime? _to;
    private string? _sort;
    private bool _desc;

    [Inject] private QuotationQueries Queries { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    private QuotationListQuery CurrentQuery => new(_search, _status, _customer?.Id,
        _from is { } from ? DateOnly.FromDateTime(from) : null, _to is { } to ? DateOnly.FromDateTime(to) : null, _sort, _desc);

    private async Task<GridData<QuotationRow>> LoadAsync(GridState<QuotationRow> state, CancellationToken ct)
    {
        (_sort, _desc) = state.SortKey(SortKeyOf);
        return (await Queries.ListAsync(CurrentQuery, state.Page, state.PageSize, ct)).ToGridData(Snackbar);
    }

    private Task OnSearchChanged(string? value)
    {
        _search = value;
        return ReloadAsync();
    }

    private Task OnStatusChanged(QuotationStatus? value)
    {
        _status = value;
        return ReloadAsync();
    }

    private Task OnCustomerChanged(SalesCustomerOption? value)
    {
        _customer = value;
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

    private void DownloadExcel() => Navigation.NavigateTo(SalesOrderDownloadEndpoints.QuotationExportUrl(CurrentQuery), forceLoad: true);
}
