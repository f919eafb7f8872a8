using System.Globalization;
using Erp.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Erp.Web.Features.Sales.Deliveries;

/// <summary>The ship form of one order: every open line prefilled with what is left; 0 leaves a line on backorder.</summary>
public partial class DeliveryNew
{
    private DeliveryDraft? _draft;
    private string? _error;
    private List<BreadcrumbItem> _breadcrumbs = [];
    private Dictionary<Guid, decimal> _quantities = [];
    private Guid _locationId;
    private DateTime? _date;
    private string? _carrier;
    private string? _tracking;
    private string? _note;
    private bool _busy;

    [SupplyParameterFromQuery(Name = "order")] public Guid OrderId { get; set; }

    [Inject] private DeliveryQueries Queries { get; set; } = default!;
    [Inject] private DeliveryCommands Commands { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private TimeProvider Clock { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        var draft = await Queries.DraftForAsync(OrderId);
        if (!draft.IsSuccess)
        {
            _error = draft.Error!.Message;
            return;
        }

        _draft = draft.Value;
        _locationId = _draft.LocationId;
        _date = Clock.GetLocalNow().Date;
        _quantities = _draft.Lines.ToDictionary(l => l.OrderLineId, l => l.Remaining);
        _breadcrumbs = [new("Deliveries", "/sales/deliveries"), new($"Ship {_draft.OrderNumber}", null, disabled: true)];
    }

    private static string Q(decimal value) => value.ToString("#,##0.####", CultureInfo.CurrentCulture);

    private DeliveryInput Input => new(OrderId, _locationId, _date is { } d ? DateOnly.FromDateTime(d) : null, _carrier, _tracking, _note,
        [.. _quantities.Select(q => new DeliveryLineInput(q.Key, q.Value))]);

    private async Task ShipAsync()
    {
        _busy = true;
        try
        {
            var shipped = await Commands.CreateAndShipAsync(Input);
            if (!shipped.IsSuccess)
            {
                Snackbar.Add(shipped.Error!.Message, Severity.Error);
                return;
            }

            Snackbar.Add($"Delivery {shipped.Value.Number} shipped: stock taken out.", Severity.Success);
            Navigation.NavigateTo($"/sales/deliveries/{shipped.Value.Id}");
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task SavePickListAsync()
    {
        _busy = true;
        try
        {
            var saved = await Commands.CreateAsync(Input);
            if (!saved.IsSuccess)
            {
                Snackbar.Add(saved.Error!.Message, Severity.Error);
                return;
            }

            Snackbar.Add("Pick list saved; ship it when the goods leave.", Severity.Success);
            Navigation.NavigateTo($"/sales/deliveries/{saved.Value}");
        }
        finally
        {
            _busy = false;
        }
    }
}
