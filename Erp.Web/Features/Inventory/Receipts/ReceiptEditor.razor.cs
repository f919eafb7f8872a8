using Erp.Domain.Inventory.Receipts;
using Erp.Web.Components.Shared;
using Erp.Web.Features.Inventory.Shared;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Erp.Web.Features.Inventory.Receipts;

public partial class ReceiptEditor
{
    private MudForm? _form;
    private GoodsReceiptInput _input = new();
    private List<DocumentLineModel> _lines = [new()];
    private IReadOnlyList<StockLocationOption> _locations = [];
    private List<BreadcrumbItem> _breadcrumbs = [];
    private string _number = "";
    private string? _error;
    private bool _loading = true;
    private bool _busy;

    [Parameter] public Guid? Id { get; set; }

    [Inject] private GoodsReceiptCommands Commands { get; set; } = default!;
    [Inject] private GoodsReceiptQueries Queries { get; set; } = default!;
    [Inject] private InventoryLookups Lookups { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;

    private decimal Total => _lines.Sum(l => Math.Round(l.Quantity * (l.UnitCost ?? 0m), 2, MidpointRounding.AwayFromZero));

    protected override async Task OnParametersSetAsync()
    {
        _locations = await Lookups.LocationsAsync();
        _breadcrumbs = [new("Goods receipts", "/inventory/receipts"), new(Id is null ? "New" : "Edit", null, disabled: true)];
        if (Id is { } id)
        {
            var details = await Queries.GetAsync(id);
            if (!details.IsSuccess)
            {
                Navigation.NotFound();
                return;
            }

            if (details.Value.Status != GoodsReceiptStatus.Draft)
            {
                Navigation.NavigateTo($"/inventory/receipts/{id}");
                return;
            }

            await LoadAsync(details.Value);
        }

        _loading = false;
    }

    private async Task LoadAsync(GoodsReceiptDetails receipt)
    {
        _number = receipt.Number;
        _input = new GoodsReceiptInput
        {
            LocationId = receipt.LocationId, Date = receipt.Date.ToDateTime(TimeOnly.MinValue), SupplierReference = receipt.SupplierReference,
            Currency = receipt.Currency == receipt.BaseCurrency ? null : receipt.Currency, ExchangeRate = receipt.ExchangeRate, Note = receipt.Note,
        };
        _lines = [];
        foreach (var line in receipt.Lines)
        {
            var model = new DocumentLineModel();
            await model.PickAsync(await Lookups.ProductAsync(line.ProductId), Lookups, defaultCost: false);
            model.UnitId = line.UnitId;
            model.Quantity = line.Quantity;
            model.UnitCost = line.UnitCost;
            _lines.Add(model);
        }
    }

    private static string? Positive(decimal quantity) => quantity > 0m ? null : "Quantities must be greater than zero.";

    private async Task SaveAsync()
    {
        if (!await ValidateAsync())
        {
            return;
        }

        await BusyAsync(async () =>
        {
            if (Id is { } id)
            {
                var updated = await Commands.UpdateAsync(id, _input);
                Finish(updated.IsSuccess ? null : updated.Error!.Message, id, "Goods receipt saved as draft.");
            }
            else
            {
                var created = await Commands.CreateAsync(_input);
                Finish(created.IsSuccess ? null : created.Error!.Message, created.IsSuccess ? created.Value : Guid.Empty,
                    "Goods receipt saved as draft.");
            }
        });
    }

    /// <summary>A new receipt saved and posted in one step, after confirmation: the stock is added at once.</summary>
    private async Task SaveAndPostAsync()
    {
        if (!await ValidateAsync())
        {
            return;
        }

        var answer = await Dialogs.ConfirmAsync("Save and post goods receipt",
            $"Post this receipt now? Its {_lines.Count} line(s) are added to stock at once. A posted receipt cannot be changed.", "Post");
        if (!answer.Confirmed)
        {
            return;
        }

        await BusyAsync(async () =>
        {
            var posted = await Commands.CreateAndPostAsync(_input);
            Finish(posted.IsSuccess ? null : posted.Error!.Message, posted.IsSuccess ? posted.Value.Id : Guid.Empty,
                posted.IsSuccess ? $"Goods receipt {posted.Value.Number} posted: stock added." : "");
        });
    }

    private async Task<bool> ValidateAsync()
    {
        _error = null;
        if (_form is not null)
        {
            await _form.ValidateAsync();
            if (!_form.IsValid)
            {
                _error = "Check the highlighted fields.";
                return false;
            }
        }

        _input.Lines = _lines.Select(l => new GoodsReceiptLineInput
        {
            ProductId = l.Product?.Id, UnitId = l.UnitId, Quantity = l.Quantity, UnitCost = l.UnitCost ?? 0m,
        }).ToList();
        return true;
    }

    private async Task BusyAsync(Func<Task> work)
    {
        _busy = true;
        try
        {
            await work();
        }
        finally
        {
            _busy = false;
        }
    }

    private void Finish(string? error, Guid id, string success)
    {
        if (error is not null)
        {
            _error = error;
            return;
        }

        Snackbar.Add(success, Severity.Success);
        Navigation.NavigateTo($"/inventory/receipts/{id}");
    }
}
