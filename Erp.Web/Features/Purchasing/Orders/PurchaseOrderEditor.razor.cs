using Erp.Domain.Purchasing.Orders;
using Erp.Web.Features.Inventory.Shared;
using Erp.Web.Features.Purchasing.Shared;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Erp.Web.Features.Purchasing.Orders;

public partial class PurchaseOrderEditor
{
    private PurchaseOrderInput _input = new();
    private List<LineModel> _lines = [new()];
    private IReadOnlyList<SupplierOption> _suppliers = [];
    private IReadOnlyList<StockLocationOption> _locations = [];
    private List<BreadcrumbItem> _breadcrumbs = [];
    private string _number = "";
    private string? _error;
    private bool _loading = true;
    private bool _busy;

    [Parameter] public Guid? Id { get; set; }
    [SupplyParameterFromQuery(Name = "supplier")] public Guid? SupplierParameter { get; set; }

    [Inject] private PurchaseOrderCommands Commands { get; set; } = default!;
    [Inject] private PurchaseOrderQueries Queries { get; set; } = default!;
    [Inject] private SupplierLookups Lookups { get; set; } = default!;
    [Inject] private InventoryLookups Inventory { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    private sealed class LineModel
    {
        public StockProductOption? Product { get; set; }
        public decimal Quantity { get; set; } = 1m;
        public decimal? UnitPrice { get; set; }
        public decimal? TaxRatePercent { get; set; }
    }

    protected override async Task OnParametersSetAsync()
    {
        _suppliers = await Lookups.ListAsync(activeOnly: true);
        _locations = await Inventory.LocationsAsync();
        _breadcrumbs = [new("Purchase orders", PurchaseOrderQueries.ListUrl), new(Id is null ? "New" : "Edit", null, disabled: true)];
        if (Id is { } id)
        {
            var details = await Queries.GetAsync(id);
            if (!details.IsSuccess)
            {
                Navigation.NotFound();
                return;
            }

            if (details.Value.Status != PurchaseOrderStatus.Draft)
            {
                Navigation.NavigateTo(PurchaseOrderQueries.DetailUrl(id));
                return;
            }

            var order = details.Value;
            _number = order.Number;
            _input = new PurchaseOrderInput
            {
                SupplierId = order.SupplierId, LocationId = order.LocationId, OrderDate = order.OrderDate, ExpectedDate = order.ExpectedDate,
                Currency = order.Currency == order.Organization.BaseCurrency ? null : order.Currency, ExchangeRate = order.ExchangeRate,
                Notes = order.Notes,
            };
            _lines = [];
            foreach (var line in order.Lines)
            {
                _lines.Add(new LineModel
                {
                    Product = await Inventory.ProductAsync(line.ProductId), Quantity = line.Quantity, UnitPrice = line.UnitPrice,
                    TaxRatePercent = line.TaxRatePercent,
                });
            }
        }
        else
        {
            _input.SupplierId ??= SupplierParameter;
        }

        _loading = false;
    }

    private static DateTime? ToDate(DateOnly? date) => date?.ToDateTime(TimeOnly.MinValue);

    private static DateOnly? FromDate(DateTime? date) => date is { } d ? DateOnly.FromDateTime(d) : null;

    private async Task SaveAsync()
    {
        _busy = true;
        _error = null;
        try
        {
            _input.Lines = [.. _lines.Select(l => new PurchaseOrderLineInput
            {
                ProductId = l.Product?.Id, Quantity = l.Quantity, UnitPrice = l.UnitPrice, TaxRatePercent = l.TaxRatePercent,
            })];
            if (Id is { } id)
            {
                var updated = await Commands.UpdateAsync(id, _input);
                if (!updated.IsSuccess)
                {
                    _error = updated.Error!.Message;
                    return;
                }

                Snackbar.Add("Purchase order saved.", Severity.Success);
                Navigation.NavigateTo(PurchaseOrderQueries.DetailUrl(id));
                return;
            }

            var created = await Commands.CreateAsync(_input);
            if (!created.IsSuccess)
            {
                _error = created.Error!.Message;
                return;
            }

            Snackbar.Add("Purchase order saved as a draft.", Severity.Success);
            Navigation.NavigateTo(PurchaseOrderQueries.DetailUrl(created.Value));
        }
        finally
        {
            _busy = false;
        }
    }
}
