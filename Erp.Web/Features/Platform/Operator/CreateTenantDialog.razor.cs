using System.ComponentModel.DataAnnotations;
using Erp.Domain.Common;
using Erp.Domain.Platform;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Erp.Web.Features.Platform.Operator;

public partial class CreateTenantDialog
{
    private static readonly EmailAddressAttribute EmailFormat = new();

    private readonly Model _model = new();
    private MudForm? _form;
    private NewTenantResult? _result;
    private string? _error;
    private bool _busy;

    [CascadingParameter] private IMudDialogInstance Dialog { get; set; } = default!;

    [Inject] private OperatorCreateTenantCommand Command { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;

    private static string? ValidateCode(string value) => Check(() => Tenant.NormalizeCode(value), value);

    private static string? ValidateCurrency(string value) => Check(() => Currency.Normalize(value), value);

    private static string? ValidateEmail(string value) =>
        string.IsNullOrWhiteSpace(value) || EmailFormat.IsValid(value.Trim()) ? null : "Enter a valid email address.";

    private static string? Check(Func<string> normalize, string value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        try
        {
            normalize();
            return null;
        }
        catch (DomainException ex)
        {
            return ex.Message;
        }
    }

    private async Task CreateAsync()
    {
        await _form!.ValidateAsync();
        if (!_form.IsValid)
        {
            return;
        }

        _busy = true;
        _error = null;
        try
        {
            var result = await Command.CreateAsync(new NewTenantRequest(
                _model.Name, _model.Code, _model.OrganizationName, _model.BaseCurrency, _model.AdminEmail, _model.AdminName));
            if (result.IsSuccess)
            {
                _result = result.Value;
            }
            else
            {
                _error = result.Error!.Message;
            }
        }
        finally
        {
            _busy = false;
        }
    }

    private sealed class Model
    {
        public string Name { get; set; } = "";
        public string Code { get; set; } = "";
        public string OrganizationName { get; set; } = "";
        public string BaseCurrency { get; set; } = "USD";
        public string AdminEmail { get; set; } = "";
        public string AdminName { get; set; } = "";
    }
}
