using Erp.Domain.Common;
using Erp.Domain.Purchasing.Receipts;

namespace Erp.Web.Features.Purchasing.Receipts;

/// <summary>
/// The receiving page's state: one row per order line (what is entered now), the landed charges and the basis, turned
/// into a <see cref="ReceiveInput"/> for <see cref="PurchaseReceiptCommands"/>, which checks everything again.
/// </summary>
public sealed class ReceivingForm
{
    public ReceivingForm(ReceivingOrder order, DateOnly today)
    {
        Order = order;
        ReceivedDate = today.ToDateTime(TimeOnly.MinValue);
        Lines = [.. order.Lines.Select(l => new ReceivingRow(l, order.LocationId))];
    }

    public ReceivingOrder Order { get; }
    public List<ReceivingRow> Lines { get; }
    public List<LandedChargeInput> Charges { get; } = [];
    public LandedCostBasis Basis { get; set; } = LandedCostBasis.ByValue;
    public DateTime? ReceivedDate { get; set; }
    public string? DeliveryNote { get; set; }
    public string? Notes { get; set; }

    /// <summary>A barcode, SKU or supplier SKU typed or scanned: the order's line for it, or null.</summary>
    public ReceivingRow? Find(string code)
    {
        var typed = code.Trim();
        return Lines.FirstOrDefault(r => r.Line.Barcode == typed)
            ?? Lines.FirstOrDefault(r => string.Equals(r.Line.Sku, typed, StringComparison.OrdinalIgnoreCase))
            ?? Lines.FirstOrDefault(r => r.Line.SupplierSku is { } s && string.Equals(s, typed, StringComparison.OrdinalIgnoreCase));
    }

    public decimal ChargesTotal => Charges.Where(c => c.Amount > 0m).Sum(c => c.Amount);

    /// <summary>The unit costs the receipt would get, per row (null for rows keeping nothing), or why they cannot be worked out.</summary>
    public (IReadOnlyDictionary<ReceivingRow, CostedLine> Costs, string? Problem) Preview()
    {
        var rows = Lines.Where(r => !r.IsEmpty).ToList();
        try
        {
            var costs = ReceiptCosting.Cost([.. rows.Select(r => new CostingLine(Math.Max(0m, r.Accepted), Math.Max(0m, r.Quarantined), r.Line.UnitPrice))],
                Order.ExchangeRate, Math.Round(ChargesTotal, 2), Basis);
            return (rows.Zip(costs).ToDictionary(x => x.First, x => x.Second), null);
        }
        catch (DomainException ex)
        {
            return (new Dictionary<ReceivingRow, CostedLine>(), ex.Error.Message);
        }
    }

    public ReceiveInput ToInput() => new()
    {
        OrderId = Order.Id,
        ReceivedDate = ReceivedDate is { } date ? DateOnly.FromDateTime(date) : null,
        DeliveryNote = DeliveryNote,
        Notes = Notes,
        Basis = Basis,
        Lines = [.. Lines.Where(r => !r.IsEmpty).Select(r => new ReceiveLineInput
        {
            OrderLineId = r.Line.Id, Accepted = r.Accepted, Rejected = r.Rejected, Quarantined = r.Quarantined,
            LocationId = r.LocationId, QuarantineLocationId = r.QuarantineLocationId, QualityNote = r.QualityNote,
        })],
        Charges = [.. Charges],
    };
}

public sealed class ReceivingRow(ReceivingOrderLine line, Guid location)
{
    public ReceivingOrderLine Line { get; } = line;
    public decimal Accepted { get; set; }
    public decimal Rejected { get; set; }
    public decimal Quarantined { get; set; }
    public Guid? LocationId { get; set; } = location;
    public Guid? QuarantineLocationId { get; set; }
    public string? QualityNote { get; set; }

    public bool IsEmpty => Accepted == 0m && Rejected == 0m && Quarantined == 0m;
}
