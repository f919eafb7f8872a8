using Erp.Data;
using Erp.Domain.Common;
using Erp.Domain.Sales;
using Erp.Domain.Sales.Customers;
using Erp.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Sales.Customers;

/// <summary>Creates customers (with their automatic code), edits them and their contacts, blocks and unblocks them.</summary>
public sealed class SaveCustomerCommand(IDbContextFactory<ErpDbContext> dbFactory, PermissionGuard guard, TimeProvider clock)
{
    public async Task<Result<Guid>> CreateAsync(CustomerInput input, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(SalesPermissions.Manage, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        try
        {
            var fields = input.ToFields();
            if (await CustomerChecks.AllAsync(db, fields, null, ct) is { } refused)
            {
                return refused;
            }

            // The code is taken in the same transaction as the insert, so a refused save leaves no gap.
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var customer = new Customer(await CustomerChecks.NextCodeAsync(db, Today, ct), fields);
            customer.SetContacts(input.ContactFields());
            db.Customers.Add(customer);
            await CustomerChecks.RememberCitiesAsync(db, [customer.Billing, customer.Shipping], ct);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return customer.Id;
        }
        catch (DomainException ex)
        {
            return ex.Error;
        }
        catch (DbUpdateException)
        {
            return CustomerErrors.ChangedByAnotherUser;
        }
    }

    /// <summary>Saves the edit if nobody saved since <paramref name="expectedVersion"/>; returns the new version.</summary>
    public async Task<Result<long>> UpdateAsync(Guid id, CustomerInput input, long expectedVersion, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(SalesPermissions.Manage, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var customer = await db.Customers.Include(c => c.Contacts).FirstOrDefaultAsync(c => c.Id == id, ct);
        if (customer is null)
        {
            return CustomerErrors.CustomerNotFound;
        }

        if (customer.Version != expectedVersion)
        {
            return CustomerErrors.ChangedByAnotherUser;
        }

        try
        {
            var fields = input.ToFields();
            if (await CustomerChecks.AllAsync(db, fields, id, ct) is { } refused)
            {
                return refused;
            }

            customer.Update(fields);
            customer.SetContacts(input.ContactFields());
            await CustomerChecks.RememberCitiesAsync(db, [customer.Billing, customer.Shipping], ct);
            await db.SaveChangesAsync(ct);
            return customer.Version;
        }
        catch (DomainException ex)
        {
            return ex.Error;
        }
        catch (DbUpdateException)
        {
            return CustomerErrors.ChangedByAnotherUser;
        }
    }

    /// <summary>Blocks (with a reason) or unblocks the customer. A blocked customer cannot get new orders.</summary>
    public async Task<Result> SetBlockedAsync(Guid id, bool blocked, string? reason, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(SalesPermissions.Manage, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var customer = await db.Customers.FirstOrDefaultAsync(c => c.Id == id, ct);
        if (customer is null)
        {
            return CustomerErrors.CustomerNotFound;
        }

        try
        {
            if (blocked)
            {
                customer.Block(reason);
            }
            else
            {
                customer.Unblock();
            }

            await db.SaveChangesAsync(ct);
            return Result.Success();
        }
        catch (DomainException ex)
        {
            return ex.Error;
        }
        catch (DbUpdateConcurrencyException)
        {
            return CustomerErrors.ChangedByAnotherUser;
        }
    }

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}
