using System.Globalization;
using Erp.Domain.Sales.Payments;
using Erp.Web.Features.Sales.Invoices;
using Erp.Web.Features.Sales.Payments;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Erp.Web.Features.Sales.Receivables;

public partial class PaymentForm
{
    private readonly PaymentInput _input = new();
    private readonly Dictionary<Guid, decimal> _allocations = [];
    private CustomerOption? _customer;
    private List<PaymentMethodRow> _methods = [];
    private IReadOnlyList<InvoiceRow> _open = [];
    private List<string> _errors = [];
    private bool _busy;

    /// <summary>Fixes the customer (from an invoice or the customer page).</summary>
    [Parameter] public Guid? CustomerId { get; set; }

    /// <summary>An invoice to allocate to first (its whole due, up to the amount).</summary>
    [Parameter] public Guid? InvoiceId { get; set; }

    [Parameter] public string? BackHref { get; set; }
    [Parameter] public EventCallback<InvoicePosted> Recorded { get; set; }

    [Inject] private InvoiceLookups Lookups { get; set; } = default!;
    [Inject] private InvoiceQueries Invoices { get; set; } = default!;
    [Inject] private PaymentMethodService Methods { get; set; } = default!;
    [Inject] private PaymentCommands Commands { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    private decimal Allocated => _allocations.Values.Sum();

    protected override async Task OnParametersSetAsync()
    {
        var methods = await Methods.ListAsync(activeOnly: true);
        _methods = methods.IsSuccess ? methods.Value.Where(m => m.Kind != PaymentMethodKind.StoreCredit).ToList() : [];
        _input.MethodId ??= _methods.Count > 0 ? _methods[0].Id : null;
        if (CustomerId is { } customerId && _customer?.Id != customerId)
        {
            await OnCustomerChangedAsync(await Lookups.CustomerAsync(customerId));
            if (InvoiceId is { } invoiceId && _open.FirstOrDefault(i => i.Id == invoiceId) is { } invoice)
            {
                _input.Amount = invoice.Due;
                _allocations[invoice.Id] = invoice.Due;
            }
        }
    }

    private async Task<IEnumerable<CustomerOption>> SearchCustomersAsync(string? text, CancellationToken ct) => await Lookups.CustomersAsync(text, ct);

    private async Task OnCustomerChangedAsync(CustomerOption? customer)
    {
        _customer = customer;
        _input.CustomerId = customer?.Id;
        _allocations.Clear();
        var open = customer is null ? null : await Invoices.OpenForCustomerAsync(customer.Id);
        _open = open is { IsSuccess: true } ? open.Value : [];
        foreach (var invoice in _open)
        {
            _allocations[invoice.Id] = 0m;
        }
    }

    private void OnAmountChanged(decimal amount) => _input.Amount = amount;

    /// <summary>Spreads the amount over the open invoices, oldest due date first.</summary>
    private void AllocateOldestFirst()
    {
        var left = _input.Amount;
        foreach (var invoice in _open)
        {
            var take = Math.Min(left, invoice.Due);
            _allocations[invoice.Id] = take;
            left -= take;
        }
    }

    /// <summary>Every reason the form cannot be saved yet, in plain words; the service checks all of it again.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (_input.CustomerId is null)
        {
            errors.Add("Choose the customer.");
        }

        if (_input.MethodId is null)
        {
            errors.Add("Choose the payment method.");
        }

        if (_input.Date is null)
        {
            errors.Add("Enter the payment date.");
        }

        if (_input.Amount <= 0m)
        {
            errors.Add("The amount must be more than zero.");
        }

        foreach (var invoice in _open.Where(i => _allocations.GetValueOrDefault(i.Id) > i.Due))
        {
            errors.Add(string.Create(CultureInfo.CurrentCulture, $"{invoice.Number} has only {invoice.Due:N2} due."));
        }

        if (_allocations.Values.Any(a => a < 0m))
        {
            errors.Add("Allocations cannot be negative.");
        }

        if (Allocated > _input.Amount)
        {
            errors.Add("The allocations are more than the payment.");
        }
        else if (_input.Amount > 0m && Allocated < _input.Amount && !_input.KeepCredit)
        {
            errors.Add(string.Create(CultureInfo.CurrentCulture,
                $"{_input.Amount - Allocated:N2} is not allocated: allocate it, lower the amount, or keep it as customer credit."));
        }

        return errors;
    }

    private async Task SaveAsync()
    {
        _errors = [.. Validate()];
        if (_errors.Count > 0)
        {
            return;
        }

        _busy = true;
        try
        {
            _input.Allocations = _allocations.Where(a => a.Value > 0m).Select(a => new AllocationInput { InvoiceId = a.Key, Amount = a.Value }).ToList();
            var recorded = await Commands.RecordAsync(_input);
            if (!recorded.IsSuccess)
            {
                _errors = [recorded.Error!.Message];
                return;
            }

            Snackbar.Add($"Payment {recorded.Value.Number} recorded.", Severity.Success);
            await Recorded.InvokeAsync(recorded.Value);
        }
        finally
        {
            _busy = false;
        }
    }
}
