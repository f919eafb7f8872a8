using Erp.Domain.Sales.Invoices;
using Microsoft.AspNetCore.Components;

namespace Erp.Web.Features.Sales.Invoices;

public partial class InvoiceList
{
    private InvoiceGrid? _grid;
    private string? _search;
    private SalesInvoiceStatus? _status;
    private bool _overdue;
    private Guid? _customerId;
    private string? _customerName;
    private InvoiceListQuery _lastQuery = new();

    [SupplyParameterFromQuery(Name = "customer")] public Guid? Customer { get; set; }
    [SupplyParameterFromQuery(Name = "overdue")] public bool? OverdueOnly { get; set; }

    [Inject] private InvoiceLookups Lookups { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;

    private InvoiceListQuery CurrentQuery => new(_search, _status, _customerId, _overdue);

    protected override async Task OnParametersSetAsync()
    {
        _overdue = OverdueOnly ?? _overdue;
        _customerId = Customer;
        _customerName = Customer is { } id ? (await Lookups.CustomerAsync(id))?.Name : null;
    }

    private void OnLoaded(InvoiceListQuery query) => _lastQuery = query;

    private Task OnSearchChanged(string? value)
    {
        _search = value;
        return ReloadAsync();
    }

    private Task OnStatusChanged(SalesInvoiceStatus? value)
    {
        _status = value;
        return ReloadAsync();
    }

    private Task OnOverdueChanged(bool value)
    {
        _overdue = value;
        return ReloadAsync();
    }

    private void ClearCustomer() => Navigation.NavigateTo("/sales/invoices");

    private async Task ReloadAsync()
    {
        await Task.Yield();
        await (_grid?.ReloadAsync() ?? Task.CompletedTask);
    }

    private void DownloadExcel() => Navigation.NavigateTo(InvoiceDownloadEndpoints.InvoiceExportUrl(_lastQuery), forceLoad: true);
}
