using Erp.Domain.Pos.Sales;
using Erp.Domain.Sales.Payments;

namespace Erp.Web.Features.Pos.History;

/// <summary>The sales history grid's filters; dates are days (UTC), both ends included.</summary>
public sealed record PosSaleListQuery(string? Search = null, PosSaleStatus? Status = null, DateOnly? From = null, DateOnly? To = null,
    Guid? RegisterId = null, string? CashierId = null, string? Sort = null, bool Desc = false);

public sealed record PosSaleRow(Guid Id, string Number, DateTimeOffset SoldAt, PosSaleStatus Status, string Register, string Cashier,
    string Customer, string Currency, decimal Gross, decimal Returned, int Lines);

public sealed record PosSaleExportRows(IAsyncEnumerable<PosSaleRow> Rows);

/// <summary>Registers and cashiers the user may filter the history by.</summary>
public sealed record PosHistoryFilters(IReadOnlyList<PosFilterOption> Registers, IReadOnlyList<PosCashierOption> Cashiers);

public sealed record PosFilterOption(Guid Id, string Name);

public sealed record PosCashierOption(string Id, string Name);

public sealed record PosSaleDetails(Guid Id, string Number, PosSaleStatus Status, DateTimeOffset SoldAt, Guid SessionId, string SessionNumber,
    string Register, string Location, string Cashier, string Customer, string Currency, bool PricesIncludeTax, decimal Net, decimal Tax,
    decimal Gross, decimal Discount, decimal Paid, decimal Change, string? Note, string? OverrideApprovedBy,
    IReadOnlyList<PosSaleLineDetails> Lines, IReadOnlyList<PosSalePaymentDetails> Payments, IReadOnlyList<PosSaleReturnSummary> Returns)
{
    public bool CanReturn => Status == PosSaleStatus.Completed && Lines.Any(l => l.Quantity > l.ReturnedQuantity);

    public IReadOnlyList<(decimal Rate, decimal Net, decimal Tax)> Taxes =>
        [.. Lines.GroupBy(l => l.TaxRatePercent).OrderBy(g => g.Key).Select(g => (g.Key, g.Sum(l => l.Net), g.Sum(l => l.Tax)))];
}

public sealed record PosSaleLineDetails(int LineNumber, string Sku, string ProductName, decimal Quantity, decimal UnitPrice, decimal ListPrice,
    decimal Discount, decimal TaxRatePercent, decimal Net, decimal Tax, decimal Gross, decimal ReturnedQuantity, decimal ReturnedGross);

public sealed record PosSalePaymentDetails(string MethodName, PaymentMethodKind Kind, decimal Tendered, decimal Amount, Guid? ReturnId);

public sealed record PosSaleReturnSummary(Guid Id, string Number, DateTimeOffset ReturnedAt, string Cashier, decimal Gross, string Refunds);
