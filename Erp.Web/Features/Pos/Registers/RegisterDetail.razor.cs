using Erp.Domain.Pos;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Erp.Web.Features.Pos.Registers;

public partial class RegisterDetail
{
    private CashRegisterDetails? _details;
    private List<BreadcrumbItem> _breadcrumbs = [];
    private bool _configure;

    [Parameter] public Guid Id { get; set; }

    [Inject] private CashRegisterQueries Queries { get; set; } = default!;
    [Inject] private CashRegisterCommands Commands { get; set; } = default!;
    [Inject] private PosScope Scope { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        _configure = await Scope.HasAnyAsync(default, PosPermissions.Configure);
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        var details = await Queries.GetAsync(Id);
        if (!details.IsSuccess)
        {
            Navigation.NotFound();
            return;
        }

        _details = details.Value;
        _breadcrumbs = [new("Registers", "/pos/registers"), new(_details.Input.Code ?? "", null, disabled: true)];
    }

    private async Task ToggleActiveAsync()
    {
        var result = await Commands.SetActiveAsync(Id, !_details!.IsActive);
        Snackbar.Add(result.IsSuccess ? "Saved." : result.Error!.Message, result.IsSuccess ? Severity.Success : Severity.Error);
        await LoadAsync();
    }
}
