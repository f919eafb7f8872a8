using System.Globalization;
using Erp.Domain.Sales;
using Erp.Domain.Sales.Orders;
using Erp.Web.Features.Sales.Orders;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace Erp.Web.Features.Sales.Deliveries;

public partial class DeliveriesTab
{
    private IReadOnlyList<DeliveryRow> _deliveries = [];
    private DeliveryInput _input = new();
    private bool _canDeliver;
    private bool _busy;

    [Parameter, EditorRequired] public SalesOrderDetails Order { get; set; } = default!;

    /// <summary>Raised after a delivery was posted, so the page reloads the order.</summary>
    [Parameter] public EventCallback Delivered { get; set; }

    [CascadingParameter] private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    [Inject] private DeliveryQueries Queries { get; set; } = default!;
    [Inject] private DeliveryCommands Commands { get; set; } = default!;
    [Inject] private IAuthorizationService Authorization { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        var user = (await AuthenticationState).User;
        _canDeliver = Order.Status is SalesOrderStatus.Confirmed or SalesOrderStatus.PartiallyDelivered
            && (await Authorization.AuthorizeAsync(user, SalesPermissions.Manage)).Succeeded;
        _input = new DeliveryInput
        {
            Quantities = Order.Lines.Where(l => l.Quantity > l.DeliveredQuantity).ToDictionary(l => l.Id, l => l.Quantity - l.DeliveredQuantity),
        };
        var deliveries = await Queries.OfOrderAsync(Order.Id);
        _deliveries = deliveries.IsSuccess ? deliveries.Value : [];
    }

    private static string Q(decimal value) => value.ToString("#,##0.####", CultureInfo.CurrentCulture);

    private async Task DeliverAsync()
    {
        _busy = true;
        try
        {
            var posted = await Commands.DeliverAsync(Order.Id, _input);
            if (!posted.IsSuccess)
            {
                Snackbar.Add(posted.Error!.Message, Severity.Error);
                return;
            }

            Snackbar.Add($"Delivery {posted.Value.Number} posted: the stock has left {Order.LocationName}.", Severity.Success);
            await Delivered.InvokeAsync();
        }
        finally
        {
            _busy = false;
        }
    }
}
