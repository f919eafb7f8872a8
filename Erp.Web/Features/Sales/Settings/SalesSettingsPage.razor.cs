using Erp.Domain.Sales;
using Erp.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Erp.Web.Features.Sales.Settings;

public partial class SalesSettingsPage
{
    private SalesSettingsInput? _input;
    private bool _canConfigure;
    private bool _busy;

    [Inject] private SalesSettingsService Service { get; set; } = default!;
    [Inject] private PermissionGuard Guard { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        _canConfigure = await Guard.HasAsync(SalesPermissions.Configure);
        var settings = await Service.GetAsync();
        _input = settings.IsSuccess ? settings.Value : null;
    }

    private static string? ValidPercent(decimal value) => value is >= 0m and <= 100m ? null : "Between 0 and 100 %.";

    private async Task SaveAsync()
    {
        _busy = true;
        try
        {
            var result = await Service.SaveAsync(_input!);
            Snackbar.Add(result.IsSuccess ? "Settings saved." : result.Error!.Message, result.IsSuccess ? Severity.Success : Severity.Error);
        }
        finally
        {
            _busy = false;
        }
    }
}
