using Erp.Web.Features.Pos.Registers;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Erp.Web.Features.Pos.Sessions;

public partial class OpenSession
{
    private IReadOnlyList<RegisterToOpen> _registers = [];
    private CurrentSession? _current;
    private CashCountModel? _count;
    private Guid? _registerId;
    private string? _registerName;
    private string? _currency;
    private bool _loading = true;
    private bool _busy;

    [Inject] private CashRegisterQueries Registers { get; set; } = default!;
    [Inject] private PosSessionQueries Sessions { get; set; } = default!;
    [Inject] private PosSessionCommands Commands { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        var current = await Sessions.OpenSessionOfCurrentUserAsync();
        _current = current.IsSuccess ? current.Value : null;
        var registers = await Registers.ToOpenAsync();
        _registers = registers.IsSuccess ? registers.Value : [];
        if (_registers.Count(r => r.OpenSession is null) == 1)
        {
            Choose(_registers.First(r => r.OpenSession is null));
        }

        _loading = false;
    }

    private void Choose(RegisterToOpen register)
    {
        _registerId = register.Id;
        _registerName = register.Name;
        if (_currency != register.Currency || _count is null)
        {
            _currency = register.Currency;
            _count = new CashCountModel(register.Currency);
        }
    }

    private async Task OpenAsync()
    {
        if (_busy || _registerId is not { } registerId || _count is null)
        {
            return;
        }

        _busy = true;
        try
        {
            var opened = await Commands.OpenAsync(registerId, _count.ByDenomination ? 0m : _count.Amount, _count.ToCounts());
            if (!opened.IsSuccess)
            {
                Snackbar.Add(opened.Error!.Message, Severity.Error);
                return;
            }

            Snackbar.Add($"Session {opened.Value.Number} is open.", Severity.Success);
            Navigation.NavigateTo("/pos");
        }
        finally
        {
            _busy = false;
        }
    }
}
