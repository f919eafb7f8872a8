using Erp.Domain.Pos.Registers;
using Erp.Domain.Pos.Returns;
using Erp.Domain.Sales.Payments;

namespace Erp.Web.Features.Pos.Returns;

/// <summary>The cashier's open session, where a return is taken, and the cash its drawer should hold.</summary>
public sealed record ReturnSessionInfo(Guid SessionId, string SessionNumber, string RegisterName, Guid LocationId, string LocationName,
    decimal CashInDrawer);

/// <summary>A completed sale as the return page shows it: what each line can still give back.</summary>
public sealed record ReturnableSale(Guid Id, string Number, DateTimeOffset SoldAt, Guid OrganizationId, Guid LocationId, string LocationName,
    Guid? CustomerId, string CustomerName, bool WalkIn, string Currency, decimal GrossTotal, IReadOnlyList<ReturnableLine> Lines,
    IReadOnlyList<SalePaymentInfo> Payments);

public sealed record ReturnableLine(Guid Id, int LineNumber, string Sku, string ProductName, decimal Quantity, decimal ReturnedQuantity,
    decimal Gross, decimal ReturnedGross, decimal TaxRatePercent)
{
    public decimal Returnable => Quantity - ReturnedQuantity;
    public decimal UnitGross => Quantity == 0m ? 0m : Gross / Quantity;
}

public sealed record SalePaymentInfo(string MethodName, PaymentMethodKind Kind, decimal Amount, decimal Tendered);

public sealed record PosOption(Guid Id, string Name);

public sealed record RefundMethodOption(Guid Id, string Name, PaymentMethodKind Kind);

/// <summary>A taken return, for its receipt and the pages.</summary>
public sealed record PosReturnDetails(Guid Id, string Number, DateTimeOffset ReturnedAt, Guid OriginalSaleId, string OriginalNumber,
    string OrganizationName, string ShopName, string RegisterName, string? ReceiptHeader, string? ReceiptFooter, string? TaxId,
    string CashierName, string CustomerName, string Currency, decimal Net, decimal Tax, decimal Gross,
    IReadOnlyList<PosReturnLineDetails> Lines, IReadOnlyList<PosRefundDetails> Refunds, Guid? ExchangeSaleId, decimal ExchangeAmount,
    ReceiptPaper Paper)
{
    /// <summary>Taxes by rate, from the lines.</summary>
    public IReadOnlyList<(decimal Rate, decimal Net, decimal Tax)> Taxes =>
        [.. Lines.GroupBy(l => l.TaxRatePercent).OrderBy(g => g.Key).Select(g => (g.Key, g.Sum(l => l.Net), g.Sum(l => l.Tax)))];
}

public sealed record PosReturnLineDetails(int LineNumber, string Sku, string ProductName, decimal Quantity, decimal TaxRatePercent,
    decimal Net, decimal Tax, decimal Gross, ReturnCondition Condition, string? Reason, string? QuarantineLocation);

public sealed record PosRefundDetails(string MethodName, PaymentMethodKind Kind, decimal Amount);
