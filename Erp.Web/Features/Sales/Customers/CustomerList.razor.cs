using Erp.Domain.Sales;
using Erp.Domain.Sales.Customers;
using Erp.Web.Features.Sales.Geography;
using Erp.Web.Infrastructure.Grids;
using Erp.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Erp.Web.Features.Sales.Customers;

public sealed partial class CustomerList
{
    private static readonly Dictionary<string, string> SortKeyOf = new(StringComparer.Ordinal)
    {
        [nameof(CustomerRow.Name)] = "name",
        [nameof(CustomerRow.Code)] = "code",
        [nameof(CustomerRow.Country)] = "country",
    };

    private MudDataGrid<CustomerRow>? _grid;
    private CustomerFormOptions _options = new([], [], [], []);
    private IReadOnlyList<CountryOption> _countries = [];
    private string? _search;
    private Guid? _group;
    private CustomerStatus? _status;
    private string? _tag;
    private string? _country;
    private string? _sort;
    private bool _desc;
    private bool _canManage;

    [Inject] private CustomerQueries Queries { get; set; } = default!;
    [Inject] private GeographyQueries Geography { get; set; } = default!;
    [Inject] private PermissionGuard Guard { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    private CustomerListQuery CurrentQuery => new(_search, _group, _status, _tag, _country, _sort, _desc);

    protected override async Task OnInitializedAsync()
    {
        _options = await Queries.FormOptionsAsync();
        _countries = await Geography.CountriesAsync();
        _canManage = await Guard.HasAsync(SalesPermissions.Manage);
    }

    private async Task<GridData<CustomerRow>> LoadAsync(GridState<CustomerRow> state, CancellationToken ct)
    {
        (_sort, _desc) = state.SortKey(SortKeyOf);
        return (await Queries.ListAsync(CurrentQuery, state.Page, state.PageSize, ct)).ToGridData(Snackbar);
    }

    private Task OnSearchChanged(string? value)
    {
        _search = value;
        return ReloadAsync();
    }

    private Task OnGroupChanged(Guid? value)
    {
        _group = value;
        return ReloadAsync();
    }

    private Task OnStatusChanged(CustomerStatus? value)
    {
        _status = value;
        return ReloadAsync();
    }

    private Task OnTagChanged(string? value)
    {
        _tag = value;
        return ReloadAsync();
    }

    private Task OnCountryChanged(string? value)
    {
        _country = value;
        return ReloadAsync();
    }

    private Task ReloadAsync() => _grid?.ReloadServerData() ?? Task.CompletedTask;

    private void DownloadExcel() => Navigation.NavigateTo(CustomerDownloadEndpoints.ExportUrl(CurrentQuery), forceLoad: true);
}
