using Erp.Data;
using Erp.Domain.Common;
using Erp.Domain.Purchasing;
using Erp.Web.Features.Purchasing.Shared;
using Erp.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Purchasing.Settings;

/// <summary>The settings form.</summary>
public sealed class PurchasingSettingsInput
{
    public decimal OverReceiptTolerancePercent { get; set; }
    public decimal OrderApprovalThreshold { get; set; }
    public decimal RequisitionApprovalThreshold { get; set; }
    public bool RequireOrderForBills { get; set; }
    public decimal PriceTolerancePercent { get; set; }
    public int SalesVelocityDays { get; set; }
    public string? OtherCurrencies { get; set; }

    public PurchasingSettingsFields ToFields() => new(OverReceiptTolerancePercent, OrderApprovalThreshold, RequisitionApprovalThreshold,
        RequireOrderForBills, PriceTolerancePercent, SalesVelocityDays, OtherCurrencies);
}

/// <summary>
/// The tenant's purchasing settings: one row, created on the first save; the defaults
/// (<see cref="PurchasingSettings.Defaults"/>) until then. Bad values are refused with the entity's message, nothing saved.
/// </summary>
public sealed class PurchasingSettingsService(IDbContextFactory<ErpDbContext> dbFactory, PermissionGuard guard)
{
    public async Task<Result<PurchasingSettingsInput>> GetAsync(CancellationToken ct = default)
    {
        if (await guard.CheckAsync(PurchasingPermissions.View, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var s = await PurchasingRules.SettingsAsync(db, ct);
        return new PurchasingSettingsInput
        {
            OverReceiptTolerancePercent = s.OverReceiptTolerancePercent, OrderApprovalThreshold = s.OrderApprovalThreshold,
            RequisitionApprovalThreshold = s.RequisitionApprovalThreshold, RequireOrderForBills = s.RequireOrderForBills,
            PriceTolerancePercent = s.PriceTolerancePercent, SalesVelocityDays = s.SalesVelocityDays, OtherCurrencies = s.OtherCurrencies,
        };
    }

    public async Task<Result> SaveAsync(PurchasingSettingsInput input, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(PurchasingPermissions.Configure, ct) is { } denied)
        {
            return denied;
        }

        var fields = input.ToFields();
        try
        {
            // The entity's rules first, on a throwaway copy: a refused save changes nothing.
            _ = new PurchasingSettings(fields);
        }
        catch (DomainException ex)
        {
            return ex.Error;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var settings = await db.PurchasingSettings.FirstOrDefaultAsync(ct);
        if (settings is null)
        {
            db.PurchasingSettings.Add(new PurchasingSettings(fields));
        }
        else
        {
            settings.Update(fields);
        }

        try
        {
            await db.SaveChangesAsync(ct);
            return Result.Success();
        }
        catch (DbUpdateException)
        {
            return CommonErrors.ChangedByAnotherUser;
        }
    }
}
