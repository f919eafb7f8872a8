using Erp.Domain.Pos.Returns;

namespace Erp.Web.Features.Pos.Returns;

/// <summary>How the value of a return goes back to the customer.</summary>
public enum RefundMode
{
    /// <summary>To the sale's payment methods, in the sale's proportions.</summary>
    OriginalMethods = 1,

    /// <summary>All of it as store credit of a named customer.</summary>
    StoreCredit = 2,

    /// <summary>Amounts per method chosen at the till.</summary>
    Split = 3,
}

/// <summary>A return taken at the till against one completed sale, found by its id or its receipt number.</summary>
public sealed class PosReturnInput
{
    public Guid? SaleId { get; set; }
    public string? ReceiptNumber { get; set; }
    public List<PosReturnLineInput> Lines { get; set; } = [];
    public RefundMode Mode { get; set; } = RefundMode.OriginalMethods;

    /// <summary>The amounts per method when <see cref="Mode"/> is <see cref="RefundMode.Split"/>.</summary>
    public List<PosRefundInput> Refunds { get; set; } = [];

    /// <summary>Who receives store credit; the sale's customer when empty. Never the walk-in customer.</summary>
    public Guid? CreditCustomerId { get; set; }
}

public sealed class PosReturnLineInput
{
    public Guid SaleLineId { get; set; }
    public decimal Quantity { get; set; }
    public string? Reason { get; set; }
    public ReturnCondition Condition { get; set; } = ReturnCondition.BackToStock;
    public Guid? QuarantineLocationId { get; set; }
}

public sealed class PosRefundInput
{
    public Guid PaymentMethodId { get; set; }
    public decimal Amount { get; set; }
}

/// <summary>A return taken: its number and how much went back by each method.</summary>
public sealed record PosReturnTaken(Guid Id, string Number, decimal Value, IReadOnlyList<PosRefundData> Refunds);
