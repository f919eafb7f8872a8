using Erp.Domain.Sales;
using Erp.Domain.Sales.Orders;
using Erp.Web.Features.Inventory.Shared;
using Erp.Web.Features.Sales.Pricing;
using Erp.Web.Features.Sales.Customers;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace Erp.Web.Features.Sales.Orders;

public partial class SalesOrderEditor
{
    private MudForm? _form;
    private SalesOrderInput _input = new();
    private SalesCustomerOption? _customer;
    private List<SalesLineModel> _lines = [new()];
    private IReadOnlyList<StockLocationOption> _locations = [];
    private IReadOnlyList<PaymentTermRow> _terms = [];
    private List<BreadcrumbItem> _breadcrumbs = [];
    private string _number = "";
    private string? _error;
    private bool _loading = true;
    private bool _busy;
    private bool _canOverride;

    [Parameter] public Guid? Id { get; set; }

    /// <summary>Pre-selects the customer of a new order (from the customer's Orders tab).</summary>
    [SupplyParameterFromQuery(Name = "customer")] public Guid? CustomerId { get; set; }

    [CascadingParameter] private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    [Inject] private SalesOrderCommands Commands { get; set; } = default!;
    [Inject] private SalesOrderQueries Queries { get; set; } = default!;
    [Inject] private SalesOrderLookups Lookups { get; set; } = default!;
    [Inject] private PaymentTermService Terms { get; set; } = default!;
    [Inject] private IAuthorizationService Authorization { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        var user = (await AuthenticationState).User;
        _canOverride = (await Authorization.AuthorizeAsync(user, SalesPermissions.PriceOverride)).Succeeded;
        _locations = await Lookups.LocationsAsync();
        var terms = await Terms.ListAsync();
        _terms = terms.IsSuccess ? [.. terms.Value.Where(t => t.IsActive)] : [];
        _breadcrumbs = [new("Sales orders", "/sales/orders"), new(Id is null ? "New" : "Edit", null, disabled: true)];
        if (Id is { } id)
        {
            var details = await Queries.GetAsync(id);
            if (!details.IsSuccess)
            {
                Navigation.NotFound();
                return;
            }

            if (details.Value.Status != SalesOrderStatus.Draft)
            {
                Navigation.NavigateTo(SalesOrderQueries.DetailUrl(id));
                return;
            }

            Load(details.Value);
            _customer = await Lookups.CustomerAsync(details.Value.CustomerId);
        }
        else if (CustomerId is { } customerId)
        {
            _customer = await Lookups.CustomerAsync(customerId);
        }

        _loading = false;
    }

    private void Load(SalesOrderDetails order)
    {
        _number = order.Number;
        _input = new SalesOrderInput
        {
            CustomerId = order.CustomerId, LocationId = order.LocationId, OrderDate = order.OrderDate.ToDateTime(TimeOnly.MinValue),
            RequestedDeliveryDate = order.RequestedDeliveryDate?.ToDateTime(TimeOnly.MinValue), Currency = order.Currency,
            ExchangeRate = order.ExchangeRate, PaymentTermId = order.PaymentTermId, OrderDiscountKind = order.OrderDiscount.Kind,
            OrderDiscountValue = order.OrderDiscount.Value, Notes = order.Notes,
        };
        _lines = [.. order.Lines.Select(l => new SalesLineModel
        {
            Product = new SalesProductOption(l.ProductId, l.Sku, l.ProductName, Domain.Catalog.ProductKind.Simple),
            Quantity = l.Quantity, UnitPrice = l.UnitPrice, DiscountKind = l.Discount.Kind, DiscountValue = l.Discount.Value,
        })];
    }

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

        _input.CustomerId = _customer?.Id;
        _input.Lines = [.. _lines.Select(l => l.ToInput())];
        _busy = true;
        try
        {
            if (Id is { } id)
            {
                var updated = await Commands.UpdateAsync(id, _input);
                Finish(updated.IsSuccess ? null : updated.Error!.Message, id);
            }
            else
            {
                var created = await Commands.CreateAsync(_input);
                Finish(created.IsSuccess ? null : created.Error!.Message, created.IsSuccess ? created.Value : Guid.Empty);
            }
        }
        finally
        {
            _busy = false;
        }
    }

    private void Finish(string? error, Guid id)
    {
        if (error is not null)
        {
            _error = error;
            return;
        }

        Snackbar.Add("Sales order saved as draft.", Severity.Success);
        Navigation.NavigateTo(SalesOrderQueries.DetailUrl(id));
    }
}
