using Erp.Domain.Common;
using Erp.Domain.Sales.Invoices;
using Erp.Domain.Sales.Pricing;
using Erp.Domain.Sales.Taxes;
using Erp.Web.Components.Shared;
using Erp.Web.Features.Sales.Pricing;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Erp.Web.Features.Sales.Invoices;

/// <summary>One line of the invoice form.</summary>
public sealed class InvoiceLineModel
{
    public SalesProductOption? Product { get; set; }
    public string? Description { get; set; }
    public decimal Quantity { get; set; } = 1m;
    public decimal UnitPrice { get; set; }
    public DiscountKind DiscountKind { get; set; }
    public decimal DiscountValue { get; set; }
    public decimal TaxRatePercent { get; set; }
}

public partial class InvoiceEditor
{
    private MudForm? _form;
    private InvoiceInput _input = new();
    private CustomerOption? _customer;
    private List<InvoiceLineModel> _lines = [];
    private IReadOnlyList<NamedOption> _terms = [];
    private IReadOnlyList<NamedOption> _locations = [];
    private List<BreadcrumbItem> _breadcrumbs = [];
    private decimal _defaultRate;
    private string? _error;
    private bool _loading = true;
    private bool _busy;

    [Parameter] public Guid? Id { get; set; }
    [SupplyParameterFromQuery(Name = "customer")] public Guid? CustomerId { get; set; }

    [Inject] private InvoiceCommands Commands { get; set; } = default!;
    [Inject] private InvoiceQueries Queries { get; set; } = default!;
    [Inject] private InvoiceLookups Lookups { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;

    /// <summary>The totals as the engine computes them (per-line rounding; the saved invoice uses the tenant's setting).</summary>
    private Result<DocumentTotals>? Preview => _lines.Count == 0 || _lines.Any(l => l.Quantity <= 0m)
        ? null
        : SalesTotals.Calculate(_lines.Select(l => new TotalsLine(l.Quantity, l.UnitPrice, l.TaxRatePercent, new Discount(l.DiscountKind, l.DiscountValue))).ToList(),
            new Discount(_input.OrderDiscountKind, _input.OrderDiscountValue), TaxRounding.PerLine, false, _input.PricesIncludeTax);

    protected override async Task OnParametersSetAsync()
    {
        _terms = await Lookups.PaymentTermsAsync();
        _locations = await Lookups.StockLocationsAsync();
        _defaultRate = await Lookups.DefaultTaxPercentAsync();
        _breadcrumbs = [new("Invoices", "/sales/invoices"), new(Id is null ? "New" : "Edit", null, disabled: true)];
        if (Id is { } id)
        {
            var details = await Queries.GetAsync(id);
            if (!details.IsSuccess)
            {
                Navigation.NotFound();
                return;
            }

            if (!details.Value.IsDraft)
            {
                Navigation.NavigateTo($"/sales/invoices/{id}");
                return;
            }

            await LoadAsync(details.Value);
        }
        else
        {
            _customer = CustomerId is { } customerId ? await Lookups.CustomerAsync(customerId) : null;
            _input.CustomerId = _customer?.Id;
            _lines = [new InvoiceLineModel { TaxRatePercent = _defaultRate }];
        }

        _loading = false;
    }

    private async Task LoadAsync(InvoiceDetails invoice)
    {
        _customer = await Lookups.CustomerAsync(invoice.CustomerId);
        _input = new InvoiceInput
        {
            CustomerId = invoice.CustomerId, OrganizationId = invoice.OrganizationId, InvoiceDate = invoice.InvoiceDate.ToDateTime(TimeOnly.MinValue),
            DueDate = invoice.DueDate.ToDateTime(TimeOnly.MinValue), PaymentTermId = invoice.PaymentTermId, Currency = invoice.Currency,
            ExchangeRate = invoice.ExchangeRate, PricesIncludeTax = invoice.PricesIncludeTax, OrderDiscountKind = invoice.OrderDiscountKind,
            OrderDiscountValue = invoice.OrderDiscountValue, Notes = invoice.Notes, UpdateStock = invoice.UpdateStock,
            StockLocationId = invoice.StockLocationId, SourceOrderId = invoice.SourceOrderId,
        };
        _lines = invoice.Lines.Select(l => new InvoiceLineModel
        {
            Product = l.ProductId is { } productId ? new SalesProductOption(productId, l.Sku ?? "", l.Description, Erp.Domain.Catalog.ProductKind.Simple) : null,
            Description = l.Description, Quantity = l.Quantity, UnitPrice = l.UnitPrice, DiscountKind = l.DiscountKind,
            DiscountValue = l.DiscountValue, TaxRatePercent = l.TaxRatePercent,
        }).ToList();
    }

    private async Task<IEnumerable<CustomerOption>> SearchCustomersAsync(string? text, CancellationToken ct) =>
        await Lookups.CustomersAsync(text, ct);

    private void OnCustomerChanged(CustomerOption? customer)
    {
        _customer = customer;
        _input.CustomerId = customer?.Id;
    }

    private void AddLine() => _lines.Add(new InvoiceLineModel { TaxRatePercent = _defaultRate });

    /// <summary>A picked product brings the customer's price and the product's tax rate; clearing it makes a free-text line.</summary>
    private async Task OnProductAsync(InvoiceLineModel line, SalesProductOption? product)
    {
        line.Product = product;
        if (product is null)
        {
            line.TaxRatePercent = _defaultRate;
            return;
        }

        var date = DateOnly.FromDateTime(_input.InvoiceDate ?? DateTime.Today);
        if (await Lookups.PricingAsync(_customer?.Id, product.Id, line.Quantity, date) is { } pricing)
        {
            line.UnitPrice = pricing.UnitPrice;
            line.TaxRatePercent = pricing.TaxRatePercent;
            if (_lines.Count(l => l.Product is not null) == 1)
            {
                _input.PricesIncludeTax = pricing.PriceIncludesTax;
            }
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
                var updated = await Commands.UpdateDraftAsync(id, _input);
                Finish(updated.IsSuccess ? null : updated.Error!.Message, id, "Draft invoice saved.");
            }
            else
            {
                var created = await Commands.CreateDraftAsync(_input);
                Finish(created.IsSuccess ? null : created.Error!.Message, created.IsSuccess ? created.Value : Guid.Empty, "Draft invoice saved.");
            }
        });
    }

    private async Task SaveAndPostAsync()
    {
        if (!await ValidateAsync())
        {
            return;
        }

        var stock = _input.UpdateStock ? " Its product lines leave stock at once." : "";
        var answer = await Dialogs.ConfirmAsync("Save and post invoice",
            $"Post this invoice now? It takes the next invoice number and can no longer be changed, only credited.{stock}", "Post");
        if (!answer.Confirmed)
        {
            return;
        }

        await BusyAsync(async () =>
        {
            var posted = await Commands.CreateAndPostAsync(_input);
            Finish(posted.IsSuccess ? null : posted.Error!.Message, posted.IsSuccess ? posted.Value.Id : Guid.Empty,
                posted.IsSuccess ? $"Invoice {posted.Value.Number} posted." : "");
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

        _input.Lines = _lines.Select(l => new InvoiceLineInput
        {
            ProductId = l.Product?.Id, Description = l.Description, Quantity = l.Quantity, UnitPrice = l.UnitPrice,
            DiscountKind = l.DiscountKind, DiscountValue = l.DiscountValue, TaxRatePercent = l.Product is null ? l.TaxRatePercent : null,
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
        Navigation.NavigateTo($"/sales/invoices/{id}");
    }
}
