using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Erp.Web.Features.Pos.Registers;

public partial class RegisterForm
{
    private RegisterChoices? _choices;
    private bool _busy;

    [Parameter] public Guid? Id { get; set; }
    [Parameter, EditorRequired] public CashRegisterInput Input { get; set; } = default!;
    [Parameter] public bool ReadOnly { get; set; }
    [Parameter] public EventCallback<Guid> Saved { get; set; }

    [Inject] private CashRegisterQueries Queries { get; set; } = default!;
    [Inject] private CashRegisterCommands Commands { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    /// <summary>Chosen methods first (in their order), then the others.</summary>
    private IEnumerable<RegisterMethod> Ordered => _choices!.PaymentMethods
        .OrderBy(m => Input.PaymentMethodIds.IndexOf(m.Id) is var i and >= 0 ? i : int.MaxValue);

    protected override async Task OnInitializedAsync()
    {
        var choices = await Queries.ChoicesAsync();
        _choices = choices.IsSuccess ? choices.Value : new RegisterChoices([], [], [], []);
    }

    private void Toggle(Guid id, bool on)
    {
        Input.PaymentMethodIds.Remove(id);
        if (on)
        {
            Input.PaymentMethodIds.Add(id);
        }
    }

    private void Move(Guid id, int by)
    {
        var from = Input.PaymentMethodIds.IndexOf(id);
        var to = from + by;
        if (from < 0 || to < 0 || to >= Input.PaymentMethodIds.Count)
        {
            return;
        }

        (Input.PaymentMethodIds[from], Input.PaymentMethodIds[to]) = (Input.PaymentMethodIds[to], Input.PaymentMethodIds[from]);
    }

    private async Task SaveAsync()
    {
        if (_busy)
        {
            return;
        }

        _busy = true;
        try
        {
            if (Id is { } id)
            {
                var updated = await Commands.UpdateAsync(id, Input);
                Snackbar.Add(updated.IsSuccess ? "Register saved." : updated.Error!.Message, updated.IsSuccess ? Severity.Success : Severity.Error);
                if (updated.IsSuccess)
                {
                    await Saved.InvokeAsync(id);
                }
            }
            else
            {
                var created = await Commands.CreateAsync(Input);
                Snackbar.Add(created.IsSuccess ? "Register created." : created.Error!.Message, created.IsSuccess ? Severity.Success : Severity.Error);
                if (created.IsSuccess)
                {
                    await Saved.InvokeAsync(created.Value);
                }
            }
        }
        finally
        {
            _busy = false;
        }
    }
}
