using Erp.Domain.Common;
using Erp.Domain.Sales;
using Erp.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Erp.Web.Features.Sales.Taxes;

public partial class TaxRatesPage
{
    private IReadOnlyList<TaxRateRow> _rates = [];
    private TaxRateInput _input = new();
    private string? _editingCode;
    private bool _canConfigure;
    private bool _busy;

    [Inject] private TaxRateService Service { get; set; } = default!;
    [Inject] private PermissionGuard Guard { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        _canConfigure = await Guard.HasAsync(SalesPermissions.Configure);
        _rates = await Service.ListAsync();
    }

    private static string? ValidRate(decimal value) => value is >= 0m and <= 100m ? null : "A rate must be between 0 and 100 %.";

    private void Edit(TaxRateRow rate)
    {
        _input = new TaxRateInput { Id = rate.Id, Code = rate.Code, Name = rate.Name, Percent = rate.Percent, IsDefault = rate.IsDefault };
        _editingCode = rate.Code;
    }

    private void New()
    {
        _input = new TaxRateInput();
        _editingCode = null;
    }

    private async Task SaveAsync()
    {
        if (await RunAsync(async () => await Service.SaveAsync(_input), _input.Id is null ? "Tax rate added." : "Tax rate saved."))
        {
            New();
        }
    }

    private async Task<bool> RunAsync(Func<Task<Result>> action, string success)
    {
        _busy = true;
        try
        {
            var result = await action();
            Snackbar.Add(result.IsSuccess ? success : result.Error!.Message, result.IsSuccess ? Severity.Success : Severity.Error);
            if (result.IsSuccess)
            {
                _rates = await Service.ListAsync();
            }

            return result.IsSuccess;
        }
        finally
        {
            _busy = false;
        }
    }
}
