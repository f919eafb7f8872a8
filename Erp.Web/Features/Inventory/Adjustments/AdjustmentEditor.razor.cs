using Erp.Domain.Inventory.Adjustments;
using Erp.Web.Features.Inventory.Receipts;
using Erp.Web.Features.Inventory.Settings;
using Erp.Web.Features.Inventory.Shared;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Erp.Web.Features.Inventory.Adjustments;

public partial class AdjustmentEditor
{
    private MudForm? _form;
    private StockAdjustmentInput _input = new();
    private List<DocumentLineModel> _lines = [new()];
    private IReadOnlyList<StockLocationOption> _locations = [];
    private IReadOnlyList<AdjustmentReasonRow> _reasons = [];
    private List<BreadcrumbItem> _breadcrumbs = [];
    private string _number = "";
    private string? _error;
    private bool _loading = true;
    private bool _busy;

    [Parameter] public Guid? Id { get; set; }

    [Inject] private StockAdjustmentCommands Commands { get; set; } = default!;
    [Inject] private StockAdjustmentQueries Queries { get; set; } = default!;
    [Inject] private InventorySettingsService Settings { get; set; } = default!;
    [Inject] private InventoryLookups Lookups { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    private string Noun => _input.Kind == AdjustmentKind.Scrap ? "scrap" : "stock adjustment";

    private string Heading => Id is null ? $"New {Noun}" : $"Edit {_number}";

    protected override async Task OnParametersSetAsync()
    {
        _locations = await Lookups.LocationsAsync();
        _reasons = await Settings.ReasonsAsync();
        if (Id is { } id)
        {
            var details = await Queries.GetAsync(id);
            if (!details.IsSuccess)
            {
                Navigation.NotFound();
                return;
            }

            if (details.Value.Status != StockAdjustmentStatus.Draft)
            {
                Navigation.NavigateTo(StockAdjustmentQueries.DetailUrl(id));
                return;
            }

            await LoadAsync(details.Value);
        }
        else
        {
            var scrap = Navigation.ToBaseRelativePath(Navigation.Uri).StartsWith("inventory/scrap", StringComparison.OrdinalIgnoreCase);
            _input = new StockAdjustmentInput { Kind = scrap ? AdjustmentKind.Scrap : AdjustmentKind.Adjustment };
        }

        var listTitle = _input.Kind == AdjustmentKind.Scrap ? "Scrap" : "Stock adjustments";
        _breadcrumbs = [new(listTitle, StockAdjustmentQueries.ListUrl(_input.Kind)), new(Id is null ? "New" : "Edit", null, disabled: true)];
        _loading = false;
    }

    private async Task LoadAsync(StockAdjustmentDetails adjustment)
    {
        _number = adjustment.Number;
        _input = new StockAdjustmentInput
        {
            Kind = adjustment.Kind, LocationId = adjustment.LocationId, ReasonId = adjustment.ReasonId,
            Date = adjustment.Date.ToDateTime(TimeOnly.MinValue), Note = adjustment.Note,
        };
        _lines = [];
        foreach (var line in adjustment.Lines)
        {
            var model = new DocumentLineModel();
            await model.PickAsync(await Lookups.ProductAsync(line.ProductId), Lookups, defaultCost: false);
            model.UnitId = line.UnitId;
            model.Quantity = adjustment.Kind == AdjustmentKind.Scrap ? -line.Quantity : line.Quantity;
            model.UnitCost = line.UnitCost;
            _lines.Add(model);
        }
    }

    private string? CheckQuantity(decimal quantity) => _input.Kind == AdjustmentKind.Scrap
        ? quantity > 0m ? null : "Enter the quantity disposed of (more than zero)."
        : quantity != 0m ? null : "Enter a change other than zero.";

    private async Task SaveAsync()
    {
        _error = null;
        if (_form is not null)
        {
            await _form.ValidateAsync();
            if (!_form.IsValid)
            {
                _error = "Check the highlighted fields.";
                return;
            }
        }

        _busy = true;
        try
        {
            _input.Lines = _lines.Select(l => new StockAdjustmentLineInput
            {
                ProductId = l.Product?.Id, UnitId = l.UnitId, Quantity = l.Quantity,
                UnitCost = _input.Kind == AdjustmentKind.Adjustment && l.Quantity > 0m ? l.UnitCost : null,
            }).ToList();
            string? error;
            Guid id;
            if (Id is { } existing)
            {
                var updated = await Commands.UpdateAsync(existing, _input);
                (error, id) = (updated.Error?.Message, existing);
            }
            else
            {
                var created = await Commands.CreateAsync(_input);
                (error, id) = (created.Error?.Message, created.IsSuccess ? created.Value : Guid.Empty);
            }

            if (error is not null)
            {
                _error = error;
                return;
            }

            Snackbar.Add($"The {Noun} was saved as a draft.", Severity.Success);
            Navigation.NavigateTo(StockAdjustmentQueries.DetailUrl(id));
        }
        finally
        {
            _busy = false;
        }
    }
}
