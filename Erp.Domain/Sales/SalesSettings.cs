using Erp.Domain.Common;
using Erp.Domain.Sales.Taxes;

namespace Erp.Domain.Sales;

/// <summary>When invoices may be raised: for delivered quantities only, or for ordered quantities.</summary>
public enum InvoiceOn
{
    Delivery = 0,
    Order = 1,
}

/// <summary>The tenant's sales rules. One row per tenant; a tenant without a row uses <see cref="Defaults"/>.</summary>
public sealed class SalesSettings : TenantEntity
{
    private SalesSettings() { }

    public SalesSettings(TaxRounding taxRounding, decimal discountApprovalPercent, InvoiceOn invoiceOn) =>
        Update(taxRounding, discountApprovalPercent, invoiceOn);

    /// <summary>Tax rounded per line, orders discounted by 20 % or more need approval, invoices for delivered quantities.</summary>
    public static SalesSettings Defaults() => new(TaxRounding.PerLine, 20m, InvoiceOn.Delivery);

    public TaxRounding TaxRounding { get; private set; }

    /// <summary>An order whose total discount reaches this share of its amount before discounts needs approval.</summary>
    public decimal DiscountApprovalPercent { get; private set; }

    public InvoiceOn InvoiceOn { get; private set; }

    public void Update(TaxRounding taxRounding, decimal discountApprovalPercent, InvoiceOn invoiceOn)
    {
        if (!Enum.IsDefined(taxRounding) || !Enum.IsDefined(invoiceOn))
        {
            throw new DomainException(Error.Validation("Choose a tax rounding and when to invoice."));
        }

        if (discountApprovalPercent is < 0m or > 100m)
        {
            throw new DomainException(PricingErrors.DiscountThresholdOutOfRange);
        }

        TaxRounding = taxRounding;
        DiscountApprovalPercent = discountApprovalPercent;
        InvoiceOn = invoiceOn;
    }
}
