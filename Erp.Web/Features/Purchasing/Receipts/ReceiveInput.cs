using Erp.Domain.Purchasing.Receipts;

namespace Erp.Web.Features.Purchasing.Receipts;

/// <summary>
/// The receiving form: what arrived against one purchase order. Lines with nothing entered are ignored; quantities are
/// in the product's base unit (as on the order).
/// </summary>
public sealed class ReceiveInput
{
    public Guid OrderId { get; set; }

    /// <summary>Empty means today (UTC).</summary>
    public DateOnly? ReceivedDate { get; set; }

    /// <summary>The supplier's delivery note number.</summary>
    public string? DeliveryNote { get; set; }

    public string? Notes { get; set; }

    /// <summary>How <see cref="Charges"/> are spread over the kept lines.</summary>
    public LandedCostBasis Basis { get; set; } = LandedCostBasis.ByValue;

    public List<ReceiveLineInput> Lines { get; set; } = [];

    /// <summary>Freight, duty…: amounts in the organization's base currency.</summary>
    public List<LandedChargeInput> Charges { get; set; } = [];
}

public sealed class ReceiveLineInput
{
    public Guid OrderLineId { get; set; }

    /// <summary>Into stock at <see cref="LocationId"/>.</summary>
    public decimal Accepted { get; set; }

    /// <summary>Back to the supplier: needs a <see cref="QualityNote"/>; not stocked.</summary>
    public decimal Rejected { get; set; }

    /// <summary>Into stock at <see cref="QuarantineLocationId"/>.</summary>
    public decimal Quarantined { get; set; }

    /// <summary>Empty means the order's delivery location.</summary>
    public Guid? LocationId { get; set; }

    public Guid? QuarantineLocationId { get; set; }
    public string? QualityNote { get; set; }

    public bool IsEmpty => Accepted == 0m && Rejected == 0m && Quarantined == 0m;
}

public sealed class LandedChargeInput
{
    public string? Description { get; set; }

    /// <summary>In the organization's base currency, 2 decimals.</summary>
    public decimal Amount { get; set; }
}

/// <summary>A receipt recorded: its id and number (RCV-…).</summary>
public sealed record PurchaseReceiptPosted(Guid Id, string Number);
