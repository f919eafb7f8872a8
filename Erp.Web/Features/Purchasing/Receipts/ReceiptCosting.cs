using Erp.Domain.Inventory.Valuation;
using Erp.Domain.Purchasing.Receipts;

namespace Erp.Web.Features.Purchasing.Receipts;

/// <summary>One line to cost: kept = accepted + quarantined, at the order's unit price (order currency).</summary>
public sealed record CostingLine(decimal Accepted, decimal Quarantined, decimal UnitPrice)
{
    public decimal Kept => Accepted + Quarantined;
}

/// <summary>
/// A line's cost in the base currency: value = round2(kept × price × rate), its share of the landed charges, the unit
/// cost round4((value + share) / kept), and the total split between the accepted and quarantined units (the two add
/// up to value + share exactly).
/// </summary>
public sealed record CostedLine(decimal Value, decimal LandedCost, decimal UnitCost, decimal AcceptedValue, decimal QuarantinedValue)
{
    public decimal Total => Value + LandedCost;
}

/// <summary>The receipt's costing rules, shared by the service and the receiving page's preview.</summary>
public static class ReceiptCosting
{
    /// <summary>
    /// Costs the lines. Charges are spread with <see cref="LandedCost.Spread"/> by the kept values or quantities;
    /// a line keeping nothing gets no share and the order's price (in the base currency) as its unit cost.
    /// Throws a <c>DomainException</c> when there are charges but nothing kept to spread them over.
    /// </summary>
    public static IReadOnlyList<CostedLine> Cost(IReadOnlyList<CostingLine> lines, decimal exchangeRate, decimal charges,
        LandedCostBasis basis)
    {
        var values = lines.Select(l => CostRounding.Value(l.Kept * l.UnitPrice * exchangeRate)).ToList();
        var weights = basis == LandedCostBasis.ByQuantity ? lines.Select(l => l.Kept).ToList() : values;
        var shares = LandedCost.Spread(charges, weights);
        return [.. lines.Select((line, i) =>
        {
            var total = values[i] + shares[i];
            if (line.Kept <= 0m)
            {
                return new CostedLine(values[i], shares[i], CostRounding.UnitCost(line.UnitPrice * exchangeRate), 0m, 0m);
            }

            var accepted = line.Quarantined == 0m ? total : CostRounding.Value(total * line.Accepted / line.Kept);
            return new CostedLine(values[i], shares[i], CostRounding.UnitCost(total / line.Kept), accepted, total - accepted);
        })];
    }
}
