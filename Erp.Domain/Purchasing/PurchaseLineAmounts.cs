using Erp.Domain.Common;
using Erp.Domain.Inventory.Valuation;

namespace Erp.Domain.Purchasing;

/// <summary>
/// The amounts of an order or bill line: unit price round4, net round2(quantity × price), tax round2(net × rate), half
/// away from zero. Refuses a quantity not above zero, a negative price and a rate outside 0–100 %.
/// </summary>
public readonly record struct PurchaseLineAmounts(decimal UnitPrice, decimal Net, decimal Tax)
{
    public static PurchaseLineAmounts Of(decimal quantity, decimal unitPrice, decimal taxRatePercent)
    {
        if (quantity <= 0m)
        {
            throw new DomainException(PurchasingErrors.QuantityNotPositive);
        }

        if (unitPrice < 0m)
        {
            throw new DomainException(PurchasingErrors.PriceNegative);
        }

        if (taxRatePercent is < 0m or > 100m)
        {
            throw new DomainException(Error.Validation("Tax rates are between 0 and 100 %."));
        }

        var price = CostRounding.UnitCost(unitPrice);
        var net = CostRounding.Value(quantity * price);
        return new PurchaseLineAmounts(price, net, CostRounding.Value(net * taxRatePercent / 100m));
    }
}
