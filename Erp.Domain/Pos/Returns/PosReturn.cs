using Erp.Domain.Common;
using Erp.Domain.Platform.Documents;
using Erp.Domain.Pos.Sales;
using Erp.Domain.Sales.Payments;

namespace Erp.Domain.Pos.Returns;

public enum PosReturnStatus
{
    Completed = 1,
}

/// <summary>The quality check of a returned item: where it goes.</summary>
public enum ReturnCondition
{
    /// <summary>Sellable: back into the register's location.</summary>
    BackToStock = 1,

    /// <summary>To be inspected: into the quarantine location chosen.</summary>
    Quarantine = 2,

    /// <summary>Unsellable: written off (back in at its cost, then scrapped).</summary>
    Scrap = 3,
}

/// <summary>A line to take back from the original sale.</summary>
public sealed record PosReturnLineData(Guid OriginalLineId, decimal Quantity, string? Reason, ReturnCondition Condition,
    Guid? QuarantineLocationId);

/// <summary>Money given back with one method (an exchange's credit goes to the new sale instead).</summary>
public sealed record PosRefundData(Guid PaymentMethodId, string MethodName, PaymentMethodKind Kind, decimal Amount);

/// <summary>
/// Goods brought back to a till against one completed sale. The lines take their share of the original lines
/// (never more than sold, counting earlier returns); the refund equals the returned value and goes to the original
/// methods, to store credit, or (exchange) to a new sale in the same transaction.
/// </summary>
public sealed class PosReturn : Document<PosReturnStatus>, IOrganizationOwned
{
    private static readonly StateMachine<PosReturnStatus> Machine = new("return");

    private readonly List<PosReturnLine> _lines = [];
    private readonly List<PosRefund> _refunds = [];

    private PosReturn() { }

    private PosReturn(PosSale original, Guid sessionId, Guid registerId, string cashierId, string cashierName, DateTimeOffset at)
        : base(PosReturnStatus.Completed, cashierId, at)
    {
        OrganizationId = original.OrganizationId;
        OriginalSaleId = original.Id;
        OriginalNumber = original.Number;
        SessionId = sessionId;
        RegisterId = registerId;
        LocationId = original.LocationId;
        CustomerId = original.CustomerId;
        CustomerName = original.CustomerName;
        Currency = original.Currency;
        CashierId = cashierId;
        CashierName = cashierName;
        ReturnedAt = at;
    }

    public override string DocumentType => DocumentTypes.PosReturn;
    protected override StateMachine<PosReturnStatus> Transitions => Machine;

    public Guid OrganizationId { get; private set; }
    public Guid OriginalSaleId { get; private set; }
    public string OriginalNumber { get; private set; } = "";
    public Guid SessionId { get; private set; }
    public Guid RegisterId { get; private set; }

    /// <summary>The original sale's location: where restocked items go back.</summary>
    public Guid LocationId { get; private set; }

    public Guid? CustomerId { get; private set; }
    public string CustomerName { get; private set; } = "";
    public string Currency { get; private set; } = "";
    public string CashierId { get; private set; } = "";
    public string CashierName { get; private set; } = "";
    public DateTimeOffset ReturnedAt { get; private set; }
    public decimal NetTotal { get; private set; }
    public decimal TaxTotal { get; private set; }
    public decimal GrossTotal { get; private set; }

    /// <summary>The part of <see cref="GrossTotal"/> that paid the exchange sale instead of being refunded.</summary>
    public decimal ExchangeAmount { get; private set; }

    public Guid? ExchangeSaleId { get; private set; }
    public IReadOnlyList<PosReturnLine> Lines => _lines;
    public IReadOnlyList<PosRefund> Refunds => _refunds;

    /// <summary>
    /// Takes the lines back from <paramref name="original"/> (updating its returned quantities). The refunds are set
    /// by <see cref="Refund"/>. Refused, with nothing changed on the sale, when a line is unknown or asks too much.
    /// </summary>
    public static Result<PosReturn> Create(PosSale original, Guid sessionId, Guid registerId, string cashierId, string cashierName,
        IReadOnlyList<PosReturnLineData> lines, DateTimeOffset at)
    {
        if (original.Status != PosSaleStatus.Completed)
        {
            return PosErrors.SaleNotReturnable(original.Number);
        }

        var wanted = lines.Where(l => l.Quantity != 0m).ToList();
        if (wanted.Count == 0)
        {
            return PosErrors.NothingToReturn;
        }

        foreach (var group in wanted.GroupBy(l => l.OriginalLineId))
        {
            var line = original.Lines.FirstOrDefault(l => l.Id == group.Key);
            if (line is null)
            {
                return PosErrors.NotALineOfSale(original.Number);
            }

            var asked = group.Sum(l => l.Quantity);
            if (group.Any(l => l.Quantity < 0m))
            {
                return PosErrors.QuantityNotPositive(line.Sku);
            }

            if (asked > line.ReturnableQuantity)
            {
                return PosErrors.ReturnTooMuch(line.Sku, line.Quantity, line.ReturnedQuantity, asked);
            }
        }

        if (wanted.FirstOrDefault(l => !Enum.IsDefined(l.Condition)) is not null)
        {
            return Error.Validation("Choose the quality check result of each returned line.");
        }

        if (wanted.FirstOrDefault(l => l.Condition == ReturnCondition.Quarantine && l.QuarantineLocationId is null) is not null)
        {
            return Error.Validation("Choose the quarantine location of the lines sent to quarantine.");
        }

        var result = new PosReturn(original, sessionId, registerId, cashierId, cashierName, at);
        var number = 0;
        foreach (var data in wanted)
        {
            var line = original.Lines.First(l => l.Id == data.OriginalLineId);
            var refund = line.Return(data.Quantity).Value;
            result._lines.Add(new PosReturnLine(result.Id, ++number, line, data, refund));
        }

        result.NetTotal = result._lines.Sum(l => l.Net);
        result.TaxTotal = result._lines.Sum(l => l.Tax);
        result.GrossTotal = result._lines.Sum(l => l.Gross);
        return result;
    }

    /// <summary>
    /// Sets how the value goes back: <paramref name="exchangeAmount"/> to a new sale, the rest by the refunds, which
    /// must add up to it exactly.
    /// </summary>
    public Result Refund(IReadOnlyList<PosRefundData> refunds, decimal exchangeAmount)
    {
        if (refunds.Any(r => r.Amount <= 0m || decimal.Round(r.Amount, 2) != r.Amount) || exchangeAmount < 0m)
        {
            return Error.Validation("Each refund must be more than zero, with at most two decimals.");
        }

        if (exchangeAmount > GrossTotal)
        {
            return PosErrors.RefundMismatch(GrossTotal, exchangeAmount);
        }

        var refunded = refunds.Sum(r => r.Amount);
        if (refunded + exchangeAmount != GrossTotal)
        {
            return PosErrors.RefundMismatch(GrossTotal - exchangeAmount, refunded);
        }

        _refunds.Clear();
        _refunds.AddRange(refunds.Select(r => new PosRefund(Id, r)));
        ExchangeAmount = exchangeAmount;
        return Result.Success();
    }

    public void LinkExchange(Guid saleId) => ExchangeSaleId = saleId;
}

/// <summary>One returned line: its share of the original line, the reason and the quality check result.</summary>
public sealed class PosReturnLine : Entity, ITenantOwned, IAudited
{
    private PosReturnLine() { }

    internal PosReturnLine(Guid returnId, int lineNumber, PosSaleLine original, PosReturnLineData data, LineRefund refund)
    {
        ReturnId = returnId;
        LineNumber = lineNumber;
        OriginalLineId = original.Id;
        ProductId = original.ProductId;
        Sku = original.Sku;
        ProductName = original.ProductName;
        Quantity = data.Quantity;
        TaxRatePercent = original.TaxRatePercent;
        Net = refund.Net;
        Tax = refund.Tax;
        Gross = refund.Gross;
        UnitCost = original.UnitCost;
        Reason = Text.Optional(data.Reason, 300, "Reason");
        Condition = data.Condition;
        QuarantineLocationId = data.Condition == ReturnCondition.Quarantine ? data.QuarantineLocationId : null;
    }

    public Guid TenantId { get; private set; }
    public Guid ReturnId { get; private set; }
    public int LineNumber { get; private set; }
    public Guid OriginalLineId { get; private set; }
    public Guid ProductId { get; private set; }
    public string Sku { get; private set; } = "";
    public string ProductName { get; private set; } = "";
    public decimal Quantity { get; private set; }
    public decimal TaxRatePercent { get; private set; }
    public decimal Net { get; private set; }
    public decimal Tax { get; private set; }
    public decimal Gross { get; private set; }

    /// <summary>The cost the item left at when sold: it comes back at the same cost.</summary>
    public decimal UnitCost { get; private set; }

    public string? Reason { get; private set; }
    public ReturnCondition Condition { get; private set; }
    public Guid? QuarantineLocationId { get; private set; }
}

/// <summary>Money given back with one method.</summary>
public sealed class PosRefund : Entity, ITenantOwned, IAudited
{
    private PosRefund() { }

    internal PosRefund(Guid returnId, PosRefundData data)
    {
        ReturnId = returnId;
        PaymentMethodId = data.PaymentMethodId;
        MethodName = Text.Required(data.MethodName, 60, "Payment method");
        Kind = data.Kind;
        Amount = data.Amount;
    }

    public Guid TenantId { get; private set; }
    public Guid ReturnId { get; private set; }
    public Guid PaymentMethodId { get; private set; }
    public string MethodName { get; private set; } = "";
    public PaymentMethodKind Kind { get; private set; }
    public decimal Amount { get; private set; }
}
