using Erp.Domain.Sales;
using Erp.Web.Features.Sales.Geography;
using Erp.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Erp.Web.Features.Sales.Customers;

public sealed partial class CustomerEdit
{
    [Parameter] public Guid Id { get; set; }

    [Inject] private CustomerQueries Queries { get; set; } = default!;
    [Inject] private GeographyQueries Geography { get; set; } = default!;
    [Inject] private SaveCustomerCommand Save { get; set; } = default!;
    [Inject] private PermissionGuard Guard { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    private CustomerDetails? _loaded;
    private CustomerInput? _input;
    private CustomerFormOptions _options = new([], [], [], []);
    private IReadOnlyList<CountryOption> _countries = [];
    private List<BreadcrumbItem> _crumbs = [];
    private string? _error;
    private string? _blockReason;
    private bool _blocking;
    private bool _canManage;
    private bool _busy;

    protected override async Task OnParametersSetAsync()
    {
        if (!await ReloadAsync())
        {
            // Unknown and other tenants' ids look the same: not found.
            Navigation.NotFound();
            return;
        }

        _canManage = await Guard.HasAsync(SalesPermissions.Manage);
        _options = await Queries.FormOptionsAsync();
        _countries = await Geography.CountriesAsync();
    }

    private async Task<bool> ReloadAsync()
    {
        var loaded = await Queries.GetAsync(Id);
        if (!loaded.IsSuccess)
        {
            return false;
        }

        _loaded = loaded.Value;
        _input = loaded.Value.Input;
        _error = null;
        _crumbs = [new("Customers", "/sales/customers"), new(_loaded.Code, null, disabled: true)];
        return true;
    }

    private async Task SaveAsync()
    {
        _busy = true;
        var result = await Save.UpdateAsync(Id, _input!, _loaded!.Version);
        _busy = false;
        if (!result.IsSuccess)
        {
            _error = result.Error!.Message;
            return;
        }

        Snackbar.Add("Customer saved.", Severity.Success);
        await ReloadAsync();
    }

    private async Task BlockAsync()
    {
        _busy = true;
        var result = await Save.SetBlockedAsync(Id, true, _blockReason);
        _busy = false;
        if (!result.IsSuccess)
        {
            Snackbar.Add(result.Error!.Message, Severity.Error);
            return;
        }

        _blocking = false;
        _blockReason = null;
        Snackbar.Add("Customer blocked.", Severity.Success);
        await ReloadAsync();
    }

    private async Task UnblockAsync()
    {
        _busy = true;
        var result = await Save.SetBlockedAsync(Id, false, null);
        _busy = false;
        Snackbar.Add(result.IsSuccess ? "Customer unblocked." : result.Error!.Message, result.IsSuccess ? Severity.Success : Severity.Error);
        await ReloadAsync();
    }
}
