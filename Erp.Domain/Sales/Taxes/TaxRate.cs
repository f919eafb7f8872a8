using Erp.Domain.Common;

namespace Erp.Domain.Sales.Taxes;

/// <summary>
/// A tax rate of the tenant. A product's free-text tax category is matched to a rate's <see cref="Code"/>
/// (case-insensitively); an empty or unknown category gets the tenant's default rate. One default per tenant (the
/// service keeps it so), and the default stays active.
/// </summary>
public sealed class TaxRate : TenantEntity
{
    private TaxRate() { }

    public TaxRate(string code, string name, decimal percent, bool isDefault = false)
    {
        Update(code, name, percent);
        IsDefault = isDefault;
    }

    /// <summary>Standard 16 %, Reduced 8 %, Zero 0 %: what a new tenant starts with (Standard is the default).</summary>
    public static IReadOnlyList<TaxRate> StandardRates() =>
    [
        new("Standard", "Standard rate", 16m, isDefault: true),
        new("Reduced", "Reduced rate", 8m),
        new("Zero", "Zero rate", 0m),
    ];

    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public decimal Percent { get; private set; }
    public bool IsDefault { get; private set; }
    public bool IsActive { get; private set; } = true;

    public void Update(string code, string name, decimal percent)
    {
        if (percent is < 0m or > 100m)
        {
            throw new DomainException(PricingErrors.InvalidTaxRate);
        }

        Code = Text.Required(code, 50, "Code");
        Name = Text.Required(name, 100, "Name");
        Percent = percent;
    }

    public void SetDefault(bool isDefault)
    {
        if (isDefault && !IsActive)
        {
            throw new DomainException(PricingErrors.DefaultRateMustStayActive);
        }

        IsDefault = isDefault;
    }

    public void SetActive(bool active)
    {
        if (!active && IsDefault)
        {
            throw new DomainException(PricingErrors.DefaultRateMustStayActive);
        }

        IsActive = active;
    }

    /// <summary>
    /// The rate for a product's tax category among <paramref name="rates"/>: the active rate whose code matches, else
    /// the default rate, else none (0 %).
    /// </summary>
    public static TaxRate? For(string? taxCategory, IEnumerable<TaxRate> rates)
    {
        var active = rates.Where(r => r.IsActive).ToList();
        var category = taxCategory?.Trim();
        return (string.IsNullOrEmpty(category) ? null : active.FirstOrDefault(r => string.Equals(r.Code, category, StringComparison.OrdinalIgnoreCase)))
               ?? active.FirstOrDefault(r => r.IsDefault);
    }
}
