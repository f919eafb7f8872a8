using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace Erp.Web.Infrastructure.Tenancy;

/// <summary>Gives an interactive circuit its tenant before any component renders, and again when auth state changes.</summary>
public sealed class TenantCircuitHandler(AuthenticationStateProvider authState, TenantContextInitializer initializer)
    : CircuitHandler, IDisposable
{
    public override async Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        var state = await authState.GetAuthenticationStateAsync();
        await initializer.InitializeAsync(state.User, cancellationToken);
        authState.AuthenticationStateChanged += OnAuthenticationStateChanged;
    }

    public void Dispose() => authState.AuthenticationStateChanged -= OnAuthenticationStateChanged;

    private async void OnAuthenticationStateChanged(Task<AuthenticationState> task)
    {
        try
        {
            await initializer.InitializeAsync((await task).User);
        }
        catch (InvalidOperationException)
        {
            // The circuit is going away; nothing left to scope.
        }
    }
}
