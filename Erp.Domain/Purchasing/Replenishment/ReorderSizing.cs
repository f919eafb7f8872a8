namespace Erp.Domain.Purchasing.Replenishment;

/// <summary>What replenishment knows about one product at one location.</summary>
/// <param name="OnHand">Stock on hand (base units).</param>
/// <param name="OnOrder">Ordered and not yet received on open purchase orders, proposals included.</param>
/// <param name="ReorderPoint">The effective reorder point (location, else product, else tenant default).</param>
/// <param name="ReorderQuantity">The effective reorder quantity; 0 = size by sales velocity.</param>
/// <param name="SoldInWindow">Units that left through sales over the last <paramref name="WindowDays"/> days.</param>
/// <param name="WindowDays">The sales history length (the tenant's setting).</param>
/// <param name="LeadTimeDays">The supplier's lead time for the product.</param>
/// <param name="MinimumOrderQuantity">The supplier's minimum order quantity (0 = none).</param>
public sealed record ReorderNeed(decimal OnHand, decimal OnOrder, decimal ReorderPoint, decimal ReorderQuantity, decimal SoldInWindow,
    int WindowDays, int LeadTimeDays, decimal MinimumOrderQuantity);

/// <summary>
/// How much replenishment proposes for one product at one location:
/// <list type="number">
/// <item>Nothing unless the reorder point is above zero and on hand + on order is at or below it.</item>
/// <item>The demand is the reorder quantity when one is set; otherwise the sales velocity (sold in the window ÷ window
/// days) × the lead time in days.</item>
/// <item>The proposal is the larger of the demand and the shortfall (reorder point − on hand − on order), raised to the
/// supplier's minimum order quantity and rounded up to a whole unit. Zero (no demand, no shortfall) proposes nothing.</item>
/// <item>What is proposed lifts on hand + on order above the reorder point (at least one whole unit more than the
/// shortfall): an item left exactly at its point would be "at or below" it again and be proposed on every run.</item>
/// </list>
/// Counting what is on order makes the job idempotent: a second run proposes nothing more for an item already proposed.
/// </summary>
public static class ReorderSizing
{
    public static decimal QuantityFor(ReorderNeed need)
    {
        var available = need.OnHand + need.OnOrder;
        if (need.ReorderPoint <= 0m || available > need.ReorderPoint)
        {
            return 0m;
        }

        var demand = need.ReorderQuantity > 0m
            ? need.ReorderQuantity
            : need.WindowDays > 0 ? need.SoldInWindow / need.WindowDays * need.LeadTimeDays : 0m;
        var quantity = Math.Max(demand, need.ReorderPoint - available);
        if (quantity <= 0m)
        {
            return 0m;
        }

        quantity = decimal.Ceiling(Math.Max(quantity, need.MinimumOrderQuantity));
        return available + quantity > need.ReorderPoint ? quantity : decimal.Floor(need.ReorderPoint - available) + 1m;
    }
}
