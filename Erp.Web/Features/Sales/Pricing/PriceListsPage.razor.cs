using Erp.Domain.Sales;
using Erp.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Erp.Web.Features.Sales.Pricing;

public partial class PriceListsPage
{
    private IReadOnlyList<PriceListRow> _lists = [];
    private PriceListInput? _new;
    private bool _canConfigure;
    private bool _loading = true;
    private bool _busy;

    [Inject] private PriceListQueries Queries { get; set; } = default!;
    [Inject] private PriceListCommands Commands { get; set; } = default!;
    [Inject] private PermissionGuard Guard { get; set; } = default!;
    [Inject] private NavigationManager Nav { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        _canConfigure = await Guard.HasAsync(SalesPermissions.Configure);
        _lists = await Queries.ListAsync();
        _loading = false;
    }

    private async Task StartNewAsync() => _new = new PriceListInput { CurrencyCode = await Queries.BaseCurrencyAsync() };

    private async Task CreateAsync()
    {
        _busy = true;
        try
        {
            var created = await Commands.CreateAsync(_new!);
            if (created.IsSuccess)
            {
                Snackbar.Add("Price list created.", Severity.Success);
                Nav.NavigateTo($"/sales/price-lists/{created.Value}");
            }
            else
            {
                Snackbar.Add(created.Error!.Message, Severity.Error);
            }
        }
        finally
        {
            _busy = false;
        }
    }
}
