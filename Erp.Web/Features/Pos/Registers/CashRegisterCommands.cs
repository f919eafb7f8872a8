using Erp.Data;
using Erp.Domain.Common;
using Erp.Domain.Platform;
using Erp.Domain.Pos;
using Erp.Domain.Pos.Registers;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Pos.Registers;

/// <summary>
/// Sets up cash registers (Pos.Configure): a location of the user's organizations, the tenant's active payment
/// methods in button order, receipt layout, price list and default customer. Codes are unique in the tenant.
/// Registers are deactivated, never deleted: their sessions and sales point at them.
/// </summary>
public sealed class CashRegisterCommands(IDbContextFactory<ErpDbContext> dbFactory, PosScope scope)
{
    public static Error CodeTaken(string code) => new("pos.register_code", $"Another register already has the code {code}.");

    public async Task<Result<Guid>> CreateAsync(CashRegisterInput input, CancellationToken ct = default)
    {
        if (await scope.CheckAnyAsync(ct, PosPermissions.Configure) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var setup = await CheckAsync(db, null, input, ct);
        if (!setup.IsSuccess)
        {
            return setup.Error!;
        }

        var register = new CashRegister(setup.Value.OrganizationId, setup.Value.Setup);
        db.CashRegisters.Add(register);
        return await SaveAsync(db, setup.Value.Setup.Code, ct) is { } error ? error : register.Id;
    }

    public async Task<Result> UpdateAsync(Guid id, CashRegisterInput input, CancellationToken ct = default)
    {
        if (await scope.CheckAnyAsync(ct, PosPermissions.Configure) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var register = await db.CashRegisters.Include(r => r.PaymentMethods).FirstOrDefaultAsync(r => r.Id == id, ct);
        if (register is null)
        {
            return PosErrors.RegisterNotFound;
        }

        var setup = await CheckAsync(db, id, input, ct);
        if (!setup.IsSuccess)
        {
            return setup.Error!;
        }

        if (setup.Value.OrganizationId != register.OrganizationId)
        {
            return Error.Validation("A register stays in its organization: choose a location of the same organization.");
        }

        register.Update(setup.Value.Setup);
        return await SaveAsync(db, setup.Value.Setup.Code, ct) is { } error ? error : Result.Success();
    }

    /// <summary>Deactivating a register stops new sessions on it; an open session may still be closed.</summary>
    public async Task<Result> SetActiveAsync(Guid id, bool active, CancellationToken ct = default)
    {
        if (await scope.CheckAnyAsync(ct, PosPermissions.Configure) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var register = await db.CashRegisters.FirstOrDefaultAsync(r => r.Id == id, ct);
        if (register is null)
        {
            return PosErrors.RegisterNotFound;
        }

        register.SetActive(active);
        await db.SaveChangesAsync(ct);
        return Result.Success();
    }

    private static async Task<Error?> SaveAsync(ErpDbContext db, string code, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            return CommonErrors.ChangedByAnotherUser;
        }
        catch (DbUpdateException)
        {
            // Two set-ups saving the same code at once: the unique index decides.
            return CodeTaken(code.Trim().ToUpperInvariant());
        }
    }

    private async Task<Result<(Guid OrganizationId, CashRegisterSetup Setup)>> CheckAsync(ErpDbContext db, Guid? id,
        CashRegisterInput input, CancellationToken ct)
    {
        var code = input.Code?.Trim().ToUpperInvariant() ?? "";
        if (code.Length == 0)
        {
            return Error.Validation("Code is required.");
        }

        if (await db.CashRegisters.AnyAsync(r => r.Code == code && r.Id != id, ct))
        {
            return CodeTaken(code);
        }

        if (input.LocationId is null)
        {
            return Error.Validation("Choose the shop location of the register.");
        }

        var organizations = await scope.OrganizationsAsync(db, ct);
        var location = await db.Locations.AsNoTracking()
            .Where(l => l.Id == input.LocationId && l.Kind != LocationKind.Transit && organizations.Contains(l.OrganizationId))
            .Select(l => new { l.Id, l.OrganizationId }).FirstOrDefaultAsync(ct);
        if (location is null)
        {
            return Error.Validation("Choose a location of your organization.");
        }

        var methods = input.PaymentMethodIds.Distinct().ToList();
        var known = await db.PaymentMethods.AsNoTracking().CountAsync(m => methods.Contains(m.Id) && m.IsActive, ct);
        if (known != methods.Count)
        {
            return Error.Validation("Choose active payment methods of your company.");
        }

        if (input.PriceListId is { } priceList && !await db.PriceLists.AnyAsync(p => p.Id == priceList && p.IsActive, ct))
        {
            return Error.Validation("Choose an active price list.");
        }

        if (input.DefaultCustomerId is { } customer && !await db.Customers.AnyAsync(c => c.Id == customer, ct))
        {
            return Error.Validation("The default customer was not found.");
        }

        var setup = new CashRegisterSetup(code, input.Name ?? "", location.Id, input.PriceListId, input.DefaultCustomerId,
            input.PricesIncludeTax, input.Paper, input.ReceiptHeader, input.ReceiptFooter, input.TaxId, input.ShowLogo, methods);
        try
        {
            // The entity checks the rest (name, paper, at least one method) before anything is saved.
            _ = new CashRegister(location.OrganizationId, setup);
        }
        catch (DomainException e)
        {
            return e.Error;
        }

        return (location.OrganizationId, setup);
    }
}
