using Erp.Web.Features.Platform.Account;
using System.ComponentModel.DataAnnotations;
using System.Security.Cryptography;
using Erp.Data.Identity;
using Erp.Domain.Common;
using Erp.Domain.Platform;
using Erp.Web.Features.Platform.Tenants;
using Erp.Web.Features.Platform.Users;
using Microsoft.AspNetCore.Identity;

namespace Erp.Web.Features.Platform.Operator;

public sealed record NewTenantRequest(string Name, string Code, string OrganizationName, string BaseCurrency, string AdminEmail, string AdminName);

/// <summary>The new tenant and, for a new admin account, the link the admin opens to choose a password.</summary>
public sealed record NewTenantResult(Guid TenantId, string? AdminSetPasswordLink);

/// <summary>
/// The operator's way to open a tenant: validates everything first, then runs <see cref="CreateTenantCommand"/>.
/// The operator never knows the admin's password: a new admin gets an unknown random one and a set-password link.
/// </summary>
public sealed class OperatorCreateTenantCommand(
    PlatformOperatorGuard guard, CreateTenantCommand createTenant, UserManager<ApplicationUser> users, PasswordResetLinks links)
{
    private static readonly EmailAddressAttribute EmailFormat = new();

    public async Task<Result<NewTenantResult>> CreateAsync(NewTenantRequest request, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(ct) is { } denied)
        {
            return denied;
        }

        if (Validate(request) is { } invalid)
        {
            return invalid;
        }

        var email = request.AdminEmail.Trim();
        var existing = await users.FindByEmailAsync(email);
        var password = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var created = await createTenant.CreateAsync(new CreateTenantRequest(
            request.Name.Trim(), request.Code, request.OrganizationName.Trim(), request.BaseCurrency, email, request.AdminName.Trim(), password), ct);
        if (!created.IsSuccess)
        {
            return created.Error!;
        }

        var link = existing is null && await users.FindByEmailAsync(email) is { } admin ? await links.CreateAsync(admin) : null;
        return new NewTenantResult(created.Value, link);
    }

    private static Error? Validate(NewTenantRequest request)
    {
        try
        {
            _ = new Tenant(request.Name, request.Code, "en-US", "UTC", DateTimeOffset.UnixEpoch);
            _ = new Organization(request.OrganizationName, "HQ", request.BaseCurrency);
        }
        catch (DomainException ex)
        {
            return ex.Error;
        }

        var email = (request.AdminEmail ?? "").Trim();
        if (email.Length is 0 or > 256 || !EmailFormat.IsValid(email))
        {
            return UserAdminErrors.EmailInvalid;
        }

        return string.IsNullOrWhiteSpace(request.AdminName) || request.AdminName.Trim().Length > 200 ? UserAdminErrors.NameRequired : null;
    }
}
