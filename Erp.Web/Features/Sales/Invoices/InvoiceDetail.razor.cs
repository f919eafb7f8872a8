using System.Globalization;
using Erp.Domain.Sales;
using Erp.Web.Components.Shared;
using Erp.Web.Features.Sales.Receivables;
using Erp.Web.Infrastructure.Documents;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace Erp.Web.Features.Sales.Invoices;

public partial class InvoiceDetail
{
    private InvoiceDetails? _invoice;
    private List<BreadcrumbItem> _breadcrumbs = [];
    private bool _canInvoice;
    private bool _canPay;
    private bool _busy;
    private decimal _credit;
    private PaperSize _paper = PaperSize.A4;
    private bool _words;

    [Parameter] public Guid Id { get; set; }
    [CascadingParameter] private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    [Inject] private InvoiceQueries Queries { get; set; } = default!;
    [Inject] private InvoiceCommands Commands { get; set; } = default!;
    [Inject] private PaymentCommands Payments { get; set; } = default!;
    [Inject] private ReceivableQueries Receivables { get; set; } = default!;
    [Inject] private IAuthorizationService Authorization { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;

    private static string M(decimal value) => value.ToString("N2", CultureInfo.CurrentCulture);

    private static string D(DateOnly date) => date.ToString("d", CultureInfo.CurrentCulture);

    protected override async Task OnParametersSetAsync()
    {
        var user = (await AuthenticationState).User;
        _canInvoice = (await Authorization.AuthorizeAsync(user, SalesPermissions.Invoice)).Succeeded;
        _canPay = (await Authorization.AuthorizeAsync(user, SalesPermissions.Payments)).Succeeded;
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        var result = await Queries.GetAsync(Id);
        if (!result.IsSuccess)
        {
            Navigation.NotFound();
            return;
        }

        _invoice = result.Value;
        _breadcrumbs = [new("Invoices", "/sales/invoices"), new(_invoice.DisplayNumber, null, disabled: true)];
        var balance = await Receivables.BalanceAsync(_invoice.CustomerId);
        _credit = balance.IsSuccess ? balance.Value.Credit : 0m;
    }

    private async Task PostAsync()
    {
        var stock = _invoice!.UpdateStock ? $" Its product lines leave the stock of {_invoice.StockLocationName}." : "";
        var answer = await Dialogs.ConfirmAsync("Post invoice",
            $"Post this invoice? It takes the next invoice number and can no longer be changed, only credited.{stock}", "Post");
        if (answer.Confirmed)
        {
            await RunAsync(async () =>
            {
                var posted = await Commands.PostAsync(Id);
                return posted.IsSuccess ? null : posted.Error!.Message;
            }, "Invoice posted.");
        }
    }

    private async Task CancelAsync()
    {
        var answer = await Dialogs.ConfirmAsync("Cancel draft invoice", "Cancel this draft? It will never be posted.", "Cancel draft",
            requireReason: true, confirmColor: Color.Error);
        if (answer.Confirmed)
        {
            await RunAsync(async () =>
            {
                var cancelled = await Commands.CancelAsync(Id, answer.Reason);
                return cancelled.IsSuccess ? null : cancelled.Error!.Message;
            }, "Draft invoice cancelled.");
        }
    }

    /// <summary>Sets as much of the customer's credit as the invoice still asks against it.</summary>
    private async Task ApplyCreditAsync()
    {
        var amount = Math.Min(_credit, _invoice!.Due);
        var answer = await Dialogs.ConfirmAsync("Apply customer credit",
            $"Set {M(amount)} {_invoice.Currency} of the customer's credit against this invoice?", "Apply");
        if (answer.Confirmed)
        {
            await RunAsync(async () =>
            {
                var applied = await Payments.ApplyCreditAsync(Id, amount);
                return applied.IsSuccess ? null : applied.Error!.Message;
            }, "Customer credit applied.");
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
