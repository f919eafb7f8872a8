using System.Globalization;
using Erp.Domain.Sales;
using Erp.Domain.Sales.Pricing;
using Erp.Web.Components.Shared;
using Erp.Web.Features.Sales.Orders;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace Erp.Web.Features.Sales.Quotations;

public partial class QuotationDetail
{
    private QuotationDetails? _quotation;
    private List<BreadcrumbItem> _breadcrumbs = [];
    private bool _canManage;
    private bool _busy;

    [Parameter] public Guid Id { get; set; }
    [CascadingParameter] private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    [Inject] private QuotationQueries Queries { get; set; } = default!;
    [Inject] private QuotationCommands Commands { get; set; } = default!;
    [Inject] private IAuthorizationService Authorization { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        var user = (await AuthenticationState).User;
        _canManage = (await Authorization.AuthorizeAsync(user, SalesPermissions.Manage)).Succeeded;
        await LoadAsync();
    }

    private static string M(decimal value) => value.ToString("N2", CultureInfo.CurrentCulture);

    private static string DiscountText(Discount discount) => discount.Kind switch
    {
        DiscountKind.Percent => discount.Value.ToString("0.##", CultureInfo.CurrentCulture) + " %",
        DiscountKind.Amount => M(discount.Value),
        _ => "—",
    };

    private async Task LoadAsync()
    {
        var result = await Queries.GetAsync(Id);
        if (!result.IsSuccess)
        {
            Navigation.NotFound();
            return;
        }

        _quotation = result.Value;
        _breadcrumbs = [new("Quotations", "/sales/quotations"), new(_quotation.Number, null, disabled: true)];
    }

    private Task SendAsync() => RunAsync(async () =>
    {
        var sent = await Commands.SendAsync(Id);
        return sent.IsSuccess ? null : sent.Error!.Message;
    }, "Quotation marked as sent.");

    private async Task ConvertAsync()
    {
        var answer = await Dialogs.ConfirmAsync("Convert to order",
            $"Create a draft sales order from {_quotation!.Number} with the same lines and the quoted prices?", "Convert");
        if (!answer.Confirmed)
        {
            return;
        }

        _busy = true;
        try
        {
            var converted = await Commands.ConvertAsync(Id);
            if (!converted.IsSuccess)
            {
                Snackbar.Add(converted.Error!.Message, Severity.Error);
                return;
            }

            Snackbar.Add($"Sales order {converted.Value.Number} created from the quotation.", Severity.Success);
            Navigation.NavigateTo(SalesOrderQueries.DetailUrl(converted.Value.OrderId));
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task DeclineAsync()
    {
        var answer = await Dialogs.ConfirmAsync("Quotation declined", $"Mark {_quotation!.Number} as declined by the customer? Say why.",
            "Declined", requireReason: true, confirmColor: Color.Error);
        if (answer.Confirmed)
        {
            await RunAsync(async () =>
            {
                var declined = await Commands.DeclineAsync(Id, answer.Reason);
                return declined.IsSuccess ? null : declined.Error!.Message;
            }, "Quotation marked as declined.");
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
