using Erp.Domain.Pos.Returns;
using Erp.Domain.Sales.Pricing;

namespace Erp.Web.Features.Pos.Returns;

/// <summary>One sale line on the return page: how many come back, why, and where they go.</summary>
public sealed class ReturnLineModel(ReturnableLine line)
{
    public ReturnableLine Line { get; } = line;
    public decimal Quantity { get; set; }
    public string? Reason { get; set; }
    public ReturnCondition Condition { get; set; } = ReturnCondition.BackToStock;
    public Guid? QuarantineLocationId { get; set; }

    /// <summary>The value this quantity gives back, worked out as the sale line does (the last units take what is left).</summary>
    public decimal Value => Quantity <= 0m || Quantity > Line.Returnable ? 0m
        : Quantity == Line.Returnable ? Line.Gross - Line.ReturnedGross
        : MoneyRounding.Round(Line.Gross * Quantity / Line.Quantity);

    public PosReturnLineInput ToInput() => new()
    {
        SaleLineId = Line.Id, Quantity = Quantity, Reason = Reason, Condition = Condition,
        QuarantineLocationId = Condition == ReturnCondition.Quarantine ? QuarantineLocationId : null,
    };
}

/// <summary>One amount of a split refund.</summary>
public sealed class RefundRowModel
{
    public Guid? MethodId { get; set; }
    public decimal Amount { get; set; }
}
