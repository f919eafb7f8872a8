using Erp.Data;
using Erp.Data.Sales;
using Erp.Domain.Common;
using Erp.Domain.Sales;
using Erp.Domain.Sales.Taxes;
using Erp.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Sales.Settings;

/// <summary>The sales settings form.</summary>
public sealed class SalesSettingsInput
{
    public TaxRounding TaxRounding { get; set; }
    public decimal DiscountApprovalPercent { get; set; }
    public InvoiceOn InvoiceOn { get; set; }
}

/// <summary>The tenant's sales settings (one row, created on first save; defaults until then).</summary>
public sealed class SalesSettingsService(IDbContextFactory<ErpDbContext> dbFactory, PermissionGuard guard)
{
    public async Task<Result<SalesSettingsInput>> GetAsync(CancellationToken ct = default)
    {
        if (await guard.CheckAsync(SalesPermissions.View, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var settings = await SalesPricing.SettingsAsync(db, ct);
        return new SalesSettingsInput
        {
            TaxRounding = settings.TaxRounding, DiscountApprovalPercent = settings.DiscountApprovalPercent, InvoiceOn = settings.InvoiceOn,
        };
    }

    public async Task<Result> SaveAsync(SalesSettingsInput input, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(SalesPermissions.Configure, ct) is { } denied)
        {
            return denied;
        }

        if (!Enum.IsDefined(input.TaxRounding) || !Enum.IsDefined(input.InvoiceOn))
        {
            return Error.Validation("Choose a tax rounding and when to invoice.");
        }

        if (input.DiscountApprovalPercent is < 0m or > 100m)
        {
            return PricingErrors.DiscountThresholdOutOfRange;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var settings = await db.SalesSettings.FirstOrDefaultAsync(ct);
        if (settings is null)
        {
            db.SalesSettings.Add(new SalesSettings(input.TaxRounding, input.DiscountApprovalPercent, input.InvoiceOn));
        }
        else
        {
            settings.Update(input.TaxRounding, input.DiscountApprovalPercent, input.InvoiceOn);
        }

        return await SalesSaving.SaveAsync(db, ct);
    }
}
