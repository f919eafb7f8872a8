using System.Globalization;
using Erp.Domain.Common;
using Erp.Domain.Purchasing;
using Erp.Domain.Purchasing.Orders;
using Erp.Web.Components.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace Erp.Web.Features.Purchasing.Orders;

public partial class PurchaseOrderDetail
{
    private PurchaseOrderDetails? _order;
    private List<BreadcrumbItem> _breadcrumbs = [];
    private bool _canOrder;
    private bool _canApprove;
    private bool _canReceive;
    private bool _canBill;
    private bool _busy;

    [Parameter] public Guid Id { get; set; }
    [CascadingParameter] private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    [Inject] private PurchaseOrderQueries Queries { get; set; } = default!;
    [Inject] private PurchaseOrderCommands Commands { get; set; } = default!;
    [Inject] private IAuthorizationService Authorization { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        var user = (await AuthenticationState).User;
        _canOrder = (await Authorization.AuthorizeAsync(user, PurchasingPermissions.Order)).Succeeded;
        _canApprove = (await Authorization.AuthorizeAsync(user, PurchasingPermissions.Approve)).Succeeded;
        _canReceive = (await Authorization.AuthorizeAsync(user, PurchasingPermissions.Receive)).Succeeded;
        _canBill = (await Authorization.AuthorizeAsync(user, PurchasingPermissions.Bill)).Succeeded;
        await LoadAsync();
    }

    private static string Q(decimal quantity) => quantity.ToString("#,##0.####", CultureInfo.CurrentCulture);

    private async Task LoadAsync()
    {
        var result = await Queries.GetAsync(Id);
        if (!result.IsSuccess)
        {
            Navigation.NotFound();
            return;
        }

        _order = result.Value;
        var list = _order.Source == PurchaseOrderSource.Replenishment && _order.Status == PurchaseOrderStatus.Draft
            ? new BreadcrumbItem("Proposals", PurchaseOrderQueries.ProposalsUrl)
            : new BreadcrumbItem("Purchase orders", PurchaseOrderQueries.ListUrl);
        _breadcrumbs = [list, new(_order.Number, null, disabled: true)];
    }

    private async Task SubmitAsync()
    {
        PurchaseOrderStatus? outcome = null;
        await RunAsync(async () =>
        {
            var submitted = await Commands.SubmitAsync(Id);
            outcome = submitted.IsSuccess ? submitted.Value : null;
            return submitted.IsSuccess ? null : submitted.Error!.Message;
        }, "Submitted.");
        if (outcome == PurchaseOrderStatus.PendingApproval)
        {
            Snackbar.Add("The order waits for approval: the approvers were notified.", Severity.Info);
        }
    }

    private Task ApproveAsync() => RunAsync(async () => Message(await Commands.ApproveAsync(Id)), "Purchase order approved.");

    private async Task RejectAsync()
    {
        var answer = await Dialogs.ConfirmAsync("Reject purchase order", $"Send {_order!.Number} back to draft?", "Reject",
            requireReason: true, confirmColor: Color.Warning);
        if (answer.Confirmed)
        {
            await RunAsync(async () => Message(await Commands.RejectAsync(Id, answer.Reason)), "Purchase order sent back to draft.");
        }
    }

    /// <summary>Marks the order sent and downloads its PDF: the document that goes to the supplier.</summary>
    private async Task SendAsync()
    {
        var sent = false;
        await RunAsync(async () =>
        {
            var result = await Commands.SendAsync(Id);
            sent = result.IsSuccess;
            return Message(result);
        }, "Purchase order marked sent: its PDF is downloading.");
        if (sent)
        {
            Navigation.NavigateTo(PurchaseOrderQueries.PdfUrl(Id), forceLoad: true);
        }
    }

    private async Task CancelAsync()
    {
        var answer = await Dialogs.ConfirmAsync("Cancel purchase order", $"Cancel {_order!.Number}? Nothing will be received against it.",
            "Cancel order", requireReason: true, confirmColor: Color.Error);
        if (answer.Confirmed)
        {
            await RunAsync(async () => Message(await Commands.CancelAsync(Id, answer.Reason)), "Purchase order cancelled.");
        }
    }

    private async Task CloseAsync()
    {
        var answer = await Dialogs.ConfirmAsync("Close purchase order", $"Close {_order!.Number}? Nothing more is expected from the supplier.",
            "Close", requireReason: true);
        if (answer.Confirmed)
        {
            await RunAsync(async () => Message(await Commands.CloseAsync(Id, answer.Reason)), "Purchase order closed.");
        }
    }

    private static string? Message(Result result) => result.IsSuccess ? null : result.Error!.Message;

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
