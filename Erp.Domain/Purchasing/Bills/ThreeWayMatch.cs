using System.Globalization;

namespace Erp.Domain.Purchasing.Bills;

/// <summary>
/// Compares a billed line with its order line: the quantity billed so far (this bill included) may not exceed the
/// quantity received (kept), and the billed unit price may differ from the ordered one by at most the tolerance
/// (percent of the ordered price). Lines not on an order have nothing to match.
/// </summary>
public static class ThreeWayMatch
{
    public static string? IssueOf(SupplierBillLineData line, decimal priceTolerancePercent)
    {
        if (line.Order is not { } order)
        {
            return null;
        }

        var label = line.Sku ?? line.Description;
        var issues = new List<string>(2);
        if (order.PreviouslyBilled + line.Quantity > order.Received)
        {
            issues.Add(string.Create(CultureInfo.InvariantCulture,
                $"{label}: billed {order.PreviouslyBilled + line.Quantity:0.####} but received {order.Received:0.####} (ordered {order.Ordered:0.####})"));
        }

        var allowed = order.OrderUnitPrice * priceTolerancePercent / 100m;
        if (Math.Abs(line.UnitPrice - order.OrderUnitPrice) > allowed)
        {
            issues.Add(string.Create(CultureInfo.InvariantCulture,
                $"{label}: billed at {line.UnitPrice:0.00##} but ordered at {order.OrderUnitPrice:0.00##}"));
        }

        return issues.Count == 0 ? null : string.Join("; ", issues);
    }
}
