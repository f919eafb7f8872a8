using System.Globalization;
using Erp.Domain.Pos.Returns;
using Erp.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using MudBlazor;

namespace Erp.Web.Features.Pos.Returns;

public partial class PosReturnNew
{
    private bool _loaded;
    private bool _busy;
    private ReturnSessionInfo? _session;
    private string? _receipt;
    private ReturnableSale? _sale;
    private List<ReturnLineModel> _lines = [];
    private IReadOnlyList<PosOption> _quarantine = [];
    private IReadOnlyList<RefundMethodOption> _methods = [];
    private RefundMode _mode = RefundMode.OriginalMethods;
    private PosOption? _creditCustomer;
    private List<RefundRowModel> _split = [];
    private PosReturnTaken? _taken;
    private bool _exchanging;
    private ExchangeModel _exchange = new();
    private PosExchangeDone? _exchanged;

    [SupplyParameterFromQuery(Name = "sale")] public Guid? SaleId { get; set; }

    [Inject] private PosReturnQueries Queries { get; set; } = default!;
    [Inject] private PosReturnCommands Commands { get; set; } = default!;
    [Inject] private PosExchangeCommands Exchanges { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    private decimal Value => _lines.Sum(l => l.Value);

    private static string M(decimal value) => value.ToString("N2", CultureInfo.CurrentCulture);

    private static string Q(decimal value) => value.ToString("0.####", CultureInfo.CurrentCulture);

    protected override async Task OnInitializedAsync()
    {
        var session = await Queries.CurrentSessionAsync();
        _session = session.IsSuccess ? session.Value : null;
        var methods = await Queries.RefundMethodsAsync();
        _methods = methods.IsSuccess ? methods.Value : [];
        if (_session is not null && SaleId is { } id)
        {
            await LoadSaleAsync(await Queries.FindSaleAsync(null, id));
        }

        _loaded = true;
    }

    private async Task OnReceiptKeyAsync(KeyboardEventArgs e)
    {
        if (e.Key is "Enter" or "NumpadEnter")
        {
            await FindAsync();
        }
    }

    private async Task FindAsync() => await LoadSaleAsync(await Queries.FindSaleAsync(_receipt));

    private async Task LoadSaleAsync(Erp.Domain.Common.Result<ReturnableSale> found)
    {
        if (!found.IsSuccess)
        {
            Snackbar.Add(found.Error!.Message, Severity.Warning);
            return;
        }

        _sale = found.Value;
        _receipt = _sale.Number;
        _lines = [.. _sale.Lines.Select(l => new ReturnLineModel(l))];
        _mode = RefundMode.OriginalMethods;
        _split = [];
        _creditCustomer = _sale.WalkIn || _sale.CustomerId is null ? null : new PosOption(_sale.CustomerId.Value, _sale.CustomerName);
        var locations = await Queries.QuarantineLocationsAsync(_sale.OrganizationId);
        _quarantine = locations.IsSuccess ? locations.Value : [];
    }

    private async Task<IEnumerable<PosOption>> SearchCustomersAsync(string? text, CancellationToken ct)
    {
        var found = await Queries.CustomersAsync(text, ct);
        return found.IsSuccess ? found.Value : [];
    }

    private async Task ConfirmAsync()
    {
        if (_sale is null || _busy)
        {
            return;
        }

        var how = _mode switch
        {
            RefundMode.StoreCredit => $"as store credit of {_creditCustomer?.Name ?? "the customer"}",
            RefundMode.Split => "by the methods chosen",
            _ => "to the original payment methods",
        };
        var question = _exchanging
            ? $"Take back {M(Value)} {_sale.Currency} against the new items; any surplus is refunded {how}?"
            : $"Refund {M(Value)} {_sale.Currency} {how}?";
        var answer = await Dialogs.ConfirmAsync("Take the return", question, "Take the return");
        if (!answer.Confirmed)
        {
            return;
        }

        _busy = true;
        try
        {
            var input = new PosReturnInput
            {
                SaleId = _sale.Id, Lines = [.. _lines.Where(l => l.Quantity > 0m).Select(l => l.ToInput())], Mode = _mode,
                CreditCustomerId = _mode == RefundMode.StoreCredit ? _creditCustomer?.Id : null,
                Refunds = _mode == RefundMode.Split
                    ? [.. _split.Where(r => r.MethodId is not null).Select(r => new PosRefundInput { PaymentMethodId = r.MethodId!.Value, Amount = r.Amount })]
                    : [],
            };
            if (_exchanging)
            {
                await ExchangeAsync(input);
                return;
            }

            var result = await Commands.ReturnAsync(input);
            if (!result.IsSuccess)
            {
                Snackbar.Add(result.Error!.Message, Severity.Error);
                return;
            }

            _taken = result.Value;
            Snackbar.Add($"Return {_taken.Number} taken.", Severity.Success);
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task ExchangeAsync(PosReturnInput input)
    {
        var result = await Exchanges.ExchangeAsync(new PosExchangeInput { Return = input, Sale = _exchange.ToSale() });
        if (!result.IsSuccess)
        {
            Snackbar.Add(result.Error!.Message, Severity.Error);
            return;
        }

        _exchanged = result.Value;
        Snackbar.Add($"Exchange done: {_exchanged.ReturnNumber} and {_exchanged.SaleNumber}.", Severity.Success);
    }

    private async Task StartOver()
    {
        _taken = null;
        _exchanged = null;
        _exchanging = false;
        _exchange = new();
        _sale = null;
        _lines = [];
        _receipt = null;
        var session = await Queries.CurrentSessionAsync();
        _session = session.IsSuccess ? session.Value : null;
    }
}
