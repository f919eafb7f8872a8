using Erp.Domain.Common;

namespace Erp.Domain.Sales.Customers;

/// <summary>
/// When an invoice is due, and an optional early-payment discount: "2/10 net 30" = due 30 days after the invoice date,
/// 2 % off when paid within 10 days. Days are calendar days counted from the invoice date; the deadline day itself still
/// earns the discount. The discount is rounded to 2 decimals, half away from zero.
/// </summary>
public sealed class PaymentTerm : TenantEntity
{
    public const int MaxDays = 3650;

    public static readonly IReadOnlyList<(string Name, int NetDays, decimal? DiscountPercent, int? DiscountDays)> Standard =
    [
        ("Due on receipt", 0, null, null),
        ("Net 15", 15, null, null),
        ("Net 30", 30, null, null),
        ("Net 60", 60, null, null),
        ("2/10 Net 30", 30, 2m, 10),
    ];

    private PaymentTerm() { }

    public PaymentTerm(string name, int netDays, decimal? discountPercent = null, int? discountDays = null) =>
        Update(name, netDays, discountPercent, discountDays);

    public string Name { get; private set; } = "";
    public int NetDays { get; private set; }
    public decimal? DiscountPercent { get; private set; }
    public int? DiscountDays { get; private set; }
    public bool IsActive { get; private set; } = true;

    public bool HasDiscount => DiscountPercent is not null;

    public void Update(string name, int netDays, decimal? discountPercent, int? discountDays)
    {
        if (!IsValid(netDays, discountPercent, discountDays))
        {
            throw new DomainException(CustomerErrors.InvalidPaymentTerm);
        }

        Name = Text.Required(name, 100, "Name");
        NetDays = netDays;
        DiscountPercent = discountPercent;
        DiscountDays = discountPercent is null ? null : discountDays;
    }

    public void SetActive(bool active) => IsActive = active;

    public static bool IsValid(int netDays, decimal? discountPercent, int? discountDays) =>
        netDays is >= 0 and <= MaxDays
        && (discountPercent is null
            ? discountDays is null or 0
            : discountPercent > 0 && discountPercent < 100 && discountDays is { } d && d >= 0 && d <= netDays);

    public DateOnly DueDate(DateOnly invoiceDate) => invoiceDate.AddDays(NetDays);

    /// <summary>The last day that still earns the discount, or null without one.</summary>
    public DateOnly? DiscountDeadline(DateOnly invoiceDate) =>
        DiscountDays is { } days && HasDiscount ? invoiceDate.AddDays(days) : null;

    /// <summary>The early-payment discount on <paramref name="amount"/> when paid on <paramref name="paidOn"/>; 0 when late or none.</summary>
    public decimal DiscountFor(decimal amount, DateOnly invoiceDate, DateOnly paidOn) =>
        DiscountDeadline(invoiceDate) is { } deadline && paidOn <= deadline
            ? decimal.Round(amount * DiscountPercent!.Value / 100m, 2, MidpointRounding.AwayFromZero)
            : 0m;

    /// <summary>"Net 30" or "2 % within 10 days, net 30".</summary>
    public string Describe() => HasDiscount
        ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{DiscountPercent:0.##} % within {DiscountDays} days, net {NetDays}")
        : NetDays == 0 ? "Due on receipt" : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Net {NetDays}");
}
