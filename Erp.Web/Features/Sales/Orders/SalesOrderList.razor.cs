using Erp.Domain.Sales.Orders;
using Microsoft.AspNetCore.Components;

namespace Erp.Web.Features.Sales.Orders;

public partial class SalesOrderList
{
    private SalesOrderGrid? _grid;
    private string? _search;
    private SalesOrderStatus? _status;
    private SalesCustomerOption? _customer;
    private DateTime? _from;
    private DateTime? _to;

    [Inject] private NavigationManager Navigation { get; set; } = default!;

    private SalesOrderListQuery CurrentQuery => new(_search, _status, _customer?.Id,
        _from is { } from ? DateOnly.FromDateTime(from) : null, _to is { } to ? DateOnly.FromDateTime(to) : null,
        _grid?.Sort, _grid?.Desc ?? false);

    private Task OnSearchChanged(string? value)
    {
        _search = value;
        return ReloadAsync();
    }

    private Task OnStatusChanged(SalesOrderStatus? value)
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

    private Task ReloadAsync() => _grid?.ReloadAsync() ?? Task.CompletedTask;

    private void DownloadExcel() => Navigation.NavigateTo(SalesOrderDownloadEndpoints.OrderExportUrl(CurrentQuery), forceLoad: true);
}
