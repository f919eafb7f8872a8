using System.Security.Claims;
using Erp.Domain.Sales;
using Erp.Web.Components.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace Erp.Web.Features.Sales.Orders;

public partial class SalesOrderDetail
{
    private SalesOrderDetails? _order;
    private List<BreadcrumbItem> _breadcrumbs = [];
    private bool _canManage;
    private bool _canApprove;
    private string? _userId;
    private bool _busy;

    [Parameter] public Guid Id { get; set; }
    [CascadingParameter] private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    [Inject] private SalesOrderQueries Queries { get; set; } = default!;
    [Inject] private SalesOrderCommands Commands { get; set; } = default!;
    [Inject] private IAuthorizationService Authorization { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;

    /// <summary>The person who submitted the order cannot approve it (the service refuses too).</summary>
    private bool IsSubmitter => _userId is not null && _order?.SubmittedBy == _userId;

    protected override async Task OnParametersSetAsync()
    {
        var user = (await AuthenticationState).User;
        _userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        _canManage = (await Authorization.AuthorizeAsync(user, SalesPermissions.Manage)).Succeeded;
        _canApprove = (await Authorization.AuthorizeAsync(user, SalesPermissions.Approve)).Succeeded;
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

        _order = result.Value;
        _breadcrumbs = [new("Sales orders", "/sales/orders"), new(_order.Number, null, disabled: true)];
    }

    private async Task ConfirmAsync()
    {
        var answer = await Dialogs.ConfirmAsync("Confirm sales order",
            $"Confirm {_order!.Number}? Its stock is reserved at {_order.LocationName}; over the credit limit or the discount threshold it waits for approval.",
            "Confirm");
        if (answer.Confirmed)
        {
            await RunAsync(async () =>
            {
                var confirmed = await Commands.ConfirmAsync(Id);
                if (!confirmed.IsSuccess)
                {
                    return (confirmed.Error!.Message, false);
                }

                return confirmed.Value == ConfirmOutcome.Confirmed
                    ? ("Sales order confirmed: stock reserved.", true)
                    : ("The order waits for approval; approvers have been notified.", true);
            });
        }
    }

    private async Task ApproveAsync()
    {
        var answer = await Dialogs.ConfirmAsync("Approve sales order", $"Approve {_order!.Number}? Its stock is reserved now.", "Approve",
            confirmColor: Color.Success);
        if (answer.Confirmed)
        {
            await RunAsync(async () =>
            {
                var approved = await Commands.ApproveAsync(Id);
                return approved.IsSuccess ? ("Sales order approved: stock reserved.", true) : (approved.Error!.Message, false);
            });
        }
    }

    private async Task RejectAsync()
    {
        var answer = await Dialogs.ConfirmAsync("Reject sales order", $"Send {_order!.Number} back to draft? Say why.", "Reject",
            requireReason: true, confirmColor: Color.Warning);
        if (answer.Confirmed)
        {
            await RunAsync(async () =>
            {
                var rejected = await Commands.RejectAsync(Id, answer.Reason);
                return rejected.IsSuccess ? ("Sales order sent back to draft.", true) : (rejected.Error!.Message, false);
            });
        }
    }

    private async Task CancelAsync()
    {
        var answer = await Dialogs.ConfirmAsync("Cancel sales order",
            $"Cancel {_order!.Number}? Any stock reserved for it is released.", "Cancel order", requireReason: true, confirmColor: Color.Error);
        if (answer.Confirmed)
        {
            await RunAsync(async () =>
            {
                var cancelled = await Commands.CancelAsync(Id, answer.Reason);
                return cancelled.IsSuccess ? ("Sales order cancelled.", true) : (cancelled.Error!.Message, false);
            });
        }
    }

    private async Task RunAsync(Func<Task<(string Message, bool Ok)>> action)
    {
        _busy = true;
        try
        {
            var (message, ok) = await action();
            Snackbar.Add(message, ok ? Severity.Success : Severity.Error);
            await LoadAsync();
        }
        finally
        {
            _busy = false;
        }
    }
}
