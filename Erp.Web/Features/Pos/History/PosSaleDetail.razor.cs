using System.Globalization;
using Erp.Domain.Pos;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace Erp.Web.Features.Pos.History;

public partial class PosSaleDetail
{
    private PosSaleDetails? _sale;
    private List<BreadcrumbItem> _breadcrumbs = [];
    private bool _canReturn;

    [Parameter] public Guid Id { get; set; }
    [CascadingParameter] private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    [Inject] private PosSaleQueries Queries { get; set; } = default!;
    [Inject] private IAuthorizationService Authorization { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;

    private static string M(decimal value) => value.ToString("N2", CultureInfo.CurrentCulture);

    private static string Q(decimal value) => value.ToString("0.####", CultureInfo.CurrentCulture);

    protected override async Task OnParametersSetAsync()
    {
        var user = (await AuthenticationState).User;
        _canReturn = (await Authorization.AuthorizeAsync(user, PosPermissions.Return)).Succeeded;
        var result = await Queries.GetAsync(Id);
        if (!result.IsSuccess)
        {
            Navigation.NotFound();
            return;
        }

        _sale = result.Value;
        _breadcrumbs = [new("Sales history", "/pos/sales"), new(_sale.Number.Length > 0 ? _sale.Number : "Held sale", null, disabled: true)];
    }
}
