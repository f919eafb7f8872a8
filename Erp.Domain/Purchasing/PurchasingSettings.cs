using Erp.Domain.Common;

namespace Erp.Domain.Purchasing;

/// <summary>One row per tenant: tolerances, approval thresholds and the currencies purchasing may use.</summary>
public sealed class PurchasingSettings : TenantEntity
{
    public const int MaxVelocityDays = 365;

    private PurchasingSettings() { }

    public PurchasingSettings(PurchasingSettingsFields fields) => Update(fields);

    public static PurchasingSettingsFields Defaults { get; } = new(0m, 5000m, 1000m, true, 0m, 30, "");

    /// <summary>How far above the ordered quantity a line may be received, in percent (0 = not at all).</summary>
    public decimal OverReceiptTolerancePercent { get; private set; }

    /// <summary>Orders worth this much or more (in the organization's base currency) wait for approval; 0 = every order does.</summary>
    public decimal OrderApprovalThreshold { get; private set; }

    /// <summary>Requisitions estimated at this much or more wait for approval; 0 = every requisition does.</summary>
    public decimal RequisitionApprovalThreshold { get; private set; }

    /// <summary>A supplier bill must name the purchase order it bills.</summary>
    public bool RequireOrderForBills { get; private set; }

    /// <summary>How far a billed unit price may differ from the ordered one, in percent, before the bill is held.</summary>
    public decimal PriceTolerancePercent { get; private set; }

    /// <summary>The sales history replenishment averages over, in days.</summary>
    public int SalesVelocityDays { get; private set; }

    /// <summary>Foreign currencies purchasing may use besides the organizations' base currencies: "EUR,GBP".</summary>
    public string OtherCurrencies { get; private set; } = "";

    public IReadOnlyList<string> OtherCurrencyList =>
        OtherCurrencies.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public void Update(PurchasingSettingsFields fields)
    {
        if (fields.OverReceiptTolerancePercent is < 0m or > 100m || fields.PriceTolerancePercent is < 0m or > 100m)
        {
            throw new DomainException(Error.Validation("Tolerances are percentages between 0 and 100."));
        }

        if (fields.OrderApprovalThreshold < 0m || fields.RequisitionApprovalThreshold < 0m)
        {
            throw new DomainException(Error.Validation("Approval thresholds cannot be negative."));
        }

        if (fields.SalesVelocityDays is < 1 or > MaxVelocityDays)
        {
            throw new DomainException(Error.Validation($"The sales history for replenishment is between 1 and {MaxVelocityDays} days."));
        }

        var currencies = (fields.OtherCurrencies ?? "").Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries)
            .Select(Currency.Normalize).Distinct().Order(StringComparer.Ordinal);
        OverReceiptTolerancePercent = fields.OverReceiptTolerancePercent;
        OrderApprovalThreshold = fields.OrderApprovalThreshold;
        RequisitionApprovalThreshold = fields.RequisitionApprovalThreshold;
        RequireOrderForBills = fields.RequireOrderForBills;
        PriceTolerancePercent = fields.PriceTolerancePercent;
        SalesVelocityDays = fields.SalesVelocityDays;
        OtherCurrencies = string.Join(',', currencies);
    }

    /// <summary>Whether <paramref name="currency"/> is one the tenant uses: a base currency of its organizations or a listed other one.</summary>
    public bool Uses(string currency, IEnumerable<string> baseCurrencies) =>
        baseCurrencies.Contains(currency, StringComparer.Ordinal) || OtherCurrencyList.Contains(currency, StringComparer.Ordinal);
}

public sealed record PurchasingSettingsFields(decimal OverReceiptTolerancePercent, decimal OrderApprovalThreshold,
    decimal RequisitionApprovalThreshold, bool RequireOrderForBills, decimal PriceTolerancePercent, int SalesVelocityDays,
    string? OtherCurrencies);
