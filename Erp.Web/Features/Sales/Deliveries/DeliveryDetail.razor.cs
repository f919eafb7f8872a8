using System.Globalization;
using Erp.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Erp.Web.Features.Sales.Deliveries;

public partial class DeliveryDetail
{
    private DeliveryDetails? _delivery;
    private List<BreadcrumbItem> _breadcrumbs = [];
    private bool _busy;

    [Parameter] public Guid Id { get; set; }

    [Inject] private DeliveryQueries Queries { get; set; } = default!;
    [Inject] private DeliveryCommands Commands { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;

    protected override Task OnParametersSetAsync() => LoadAsync();

    private static string Q(decimal value) => value.ToString("#,##0.####", CultureInfo.CurrentCulture);

    private async Task LoadAsync()
    {
        var result = await Queries.GetAsync(Id);
        if (!result.IsSuccess)
        {
            Navigation.NotFound();
            return;
        }

        _delivery = result.Value;
        _breadcrumbs = [new("Deliveries", "/sales/deliveries"), new(_delivery.Number, null, disabled: true)];
    }

    private async Task ShipAsync()
    {
        var answer = await Dialogs.ConfirmAsync("Ship delivery",
            $"Ship {_delivery!.Number}? {Q(_delivery.TotalQuantity)} unit(s) leave the stock of {_delivery.LocationName}.", "Ship");
        if (answer.Confirmed)
        {
            await RunAsync(async () =>
            {
                var shipped = await Commands.ShipAsync(Id);
                return shipped.IsSuccess ? null : shipped.Error!.Message;
            }, "Delivery shipped: stock taken out.");
        }
    }

    private async Task CancelAsync()
    {
        var answer = await Dialogs.ConfirmAsync("Cancel pick list", $"Cancel {_delivery!.Number}? Nothing has left the stock.",
            "Cancel pick list", requireReason: true, confirmColor: Color.Error);
        if (answer.Confirmed)
        {
            await RunAsync(async () =>
            {
                var cancelled = await Commands.CancelAsync(Id, answer.Reason);
                return cancelled.IsSuccess ? null : cancelled.Error!.Message;
            }, "Pick list cancelled.");
        }
    }

    private async Task RunAsync(Func<Task<string?>> action, string success)
    {
        _busy = true;
        try
        {
            var error = await action();
            Snackbar.Add(error ?? success, error is null ? Severity.Success : Severity.Error);
            await LoadAsync();
        }
        finally
        {
            _busy = false;
        }
    }
}
