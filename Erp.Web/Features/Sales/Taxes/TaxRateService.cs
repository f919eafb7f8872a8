using Erp.Data;
using Erp.Data.Sales;
using Erp.Domain.Common;
using Erp.Domain.Sales;
using Erp.Domain.Sales.Taxes;
using Erp.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Sales.Taxes;

public sealed record TaxRateRow(Guid Id, string Code, string Name, decimal Percent, bool IsDefault, bool IsActive);

/// <summary>The tax rate form. <see cref="Id"/> null: a new rate.</summary>
public sealed class TaxRateInput
{
    public Guid? Id { get; set; }
    public string? Code { get; set; }
    public string? Name { get; set; }
    public decimal Percent { get; set; }
    public bool IsDefault { get; set; }
}

/// <summary>
/// The tenant's tax rates: read with Sales.View, changed with Sales.Configure. A tenant without rates gets the standard
/// three on first read. Exactly one active default: a second default is refused, the default moves with
/// <see cref="MakeDefaultAsync"/>, and the default cannot be deactivated.
/// </summary>
public sealed class TaxRateService(IDbContextFactory<ErpDbContext> dbFactory, PermissionGuard guard)
{
    public async Task<IReadOnlyList<TaxRateRow>> ListAsync(CancellationToken ct = default)
    {
        if (!await guard.HasAsync(SalesPermissions.View, ct))
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rates = await SalesPricing.TaxRatesAsync(db, ct);
        return rates.Select(r => new TaxRateRow(r.Id, r.Code, r.Name, r.Percent, r.IsDefault, r.IsActive)).ToList();
    }

    public async Task<Result<Guid>> SaveAsync(TaxRateInput input, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(SalesPermissions.Configure, ct) is { } denied)
        {
            return denied;
        }

        if (Validate(input) is { } invalid)
        {
            return invalid;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await SalesPricing.EnsureStandardRatesAsync(db, ct);
        var all = await db.TaxRates.IgnoreQueryFilters([ErpDbContext.SoftDeleteFilter]).ToListAsync(ct);
        var rate = input.Id is { } id ? all.FirstOrDefault(r => r.Id == id && !r.IsDeleted) : null;
        if (input.Id is not null && rate is null)
        {
            return Error.NotFound("The tax rate");
        }

        var code = input.Code!.Trim();
        if (all.Any(r => r.Id != input.Id && string.Equals(r.Code, code, StringComparison.OrdinalIgnoreCase)))
        {
            return Error.Validation($"There is already a tax rate with the code \"{code}\".");
        }

        if (input.IsDefault && all.Any(r => r.Id != input.Id && r.IsDefault && !r.IsDeleted))
        {
            return PricingErrors.DefaultRateExists;
        }

        if (rate is { IsDefault: true } && !input.IsDefault)
        {
            return Error.Validation("A tenant needs a default tax rate: make another rate the default instead.");
        }

        if (rate is null)
        {
            rate = new TaxRate(code, input.Name!, input.Percent, input.IsDefault);
            db.TaxRates.Add(rate);
        }
        else
        {
            rate.Update(code, input.Name!, input.Percent);
        }

        var saved = await SalesSaving.SaveAsync(db, ct);
        return saved.IsSuccess ? rate.Id : saved.Error!;
    }

    public async Task<Result> MakeDefaultAsync(Guid id, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(SalesPermissions.Configure, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rates = await db.TaxRates.ToListAsync(ct);
        var rate = rates.FirstOrDefault(r => r.Id == id);
        if (rate is null)
        {
            return Error.NotFound("The tax rate");
        }

        if (!rate.IsActive)
        {
            return Error.Validation("Activate the rate before making it the default.");
        }

        foreach (var other in rates.Where(r => r.IsDefault && r.Id != id))
        {
            other.SetDefault(false);
        }

        rate.SetDefault(true);
        return await SalesSaving.SaveAsync(db, ct);
    }

    /// <summary>Inactive rates no longer match products' tax categories (those fall back to the default rate).</summary>
    public async Task<Result> SetActiveAsync(Guid id, bool active, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(SalesPermissions.Configure, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rate = await db.TaxRates.FirstOrDefaultAsync(r => r.Id == id, ct);
        if (rate is null)
        {
            return Error.NotFound("The tax rate");
        }

        return SalesSaving.Try(() => rate.SetActive(active)) ?? await SalesSaving.SaveAsync(db, ct);
    }

    private static Error? Validate(TaxRateInput input)
    {
        if (string.IsNullOrWhiteSpace(input.Code) || input.Code.Trim().Length > 50)
        {
            return Error.Validation("Enter a code (at most 50 characters); products' tax category is matched to it.");
        }

        if (string.IsNullOrWhiteSpace(input.Name) || input.Name.Trim().Length > 100)
        {
            return Error.Validation("Enter a name (at most 100 characters).");
        }

        return input.Percent is < 0m or > 100m ? PricingErrors.InvalidTaxRate : null;
    }
}
