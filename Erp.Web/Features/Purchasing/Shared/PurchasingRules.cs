using Erp.Data;
using Erp.Domain.Common;
using Erp.Domain.Purchasing;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Purchasing.Shared;

/// <summary>What every purchasing use case reads: the tenant's settings and the currencies it uses.</summary>
public static class PurchasingRules
{
    /// <summary>The tenant's settings, or the defaults (<see cref="PurchasingSettings.Defaults"/>) until it saves its own.</summary>
    public static async Task<PurchasingSettings> SettingsAsync(ErpDbContext db, CancellationToken ct = default) =>
        await db.PurchasingSettings.AsNoTracking().FirstOrDefaultAsync(ct) ?? new PurchasingSettings(PurchasingSettings.Defaults);

    /// <summary>The base currencies of the tenant's organizations and the other purchasing currencies, sorted.</summary>
    public static async Task<IReadOnlyList<string>> CurrenciesAsync(ErpDbContext db, CancellationToken ct = default)
    {
        var settings = await SettingsAsync(db, ct);
        var bases = await db.Organizations.Select(o => o.BaseCurrency).Distinct().ToListAsync(ct);
        return [.. bases.Concat(settings.OtherCurrencyList).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    /// <summary>Refuses a currency the tenant does not use (see <see cref="PurchasingSettings.Uses"/>).</summary>
    public static async Task<Result> CheckCurrencyAsync(ErpDbContext db, string? currency, CancellationToken ct = default)
    {
        var code = (currency ?? "").Trim().ToUpperInvariant();
        return (await CurrenciesAsync(db, ct)).Contains(code, StringComparer.Ordinal)
            ? Result.Success()
            : PurchasingErrors.CurrencyNotUsed(code.Length == 0 ? "(no currency)" : code);
    }
}
