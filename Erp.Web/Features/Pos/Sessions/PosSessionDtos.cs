using Erp.Domain.Pos.Sessions;
using Erp.Domain.Sales.Payments;

namespace Erp.Web.Features.Pos.Sessions;

/// <summary>Filters of the sessions list: status, register, opening day range (tenant days), search on number or cashier.</summary>
public sealed record PosSessionListQuery(string? Search = null, PosSessionStatus? Status = null, Guid? RegisterId = null,
    DateOnly? From = null, DateOnly? To = null, string? Sort = null, bool Desc = false);

public sealed record PosSessionRow(Guid Id, string Number, PosSessionStatus Status, string Register, string Location, string Cashier,
    DateTimeOffset OpenedAt, DateTimeOffset? ClosedAt, string Currency, decimal OpeningFloat, int Sales, decimal SalesTotal,
    decimal? ExpectedCash, decimal? CountedCash, decimal? Difference);

/// <summary>The cashier's open session, as the checkout needs it.</summary>
public sealed record CurrentSession(Guid Id, string Number, Guid RegisterId, string RegisterName, string RegisterCode,
    Guid LocationId, string LocationName);

public sealed record CashMovementRow(Guid Id, CashMovementKind Kind, decimal Amount, string Reason, string? By, DateTimeOffset At);

/// <summary>What was taken and given back with one payment method: sales − refunds.</summary>
public sealed record MethodTotal(string Method, PaymentMethodKind Kind, decimal Sales, decimal Refunds)
{
    public decimal Net => Sales - Refunds;
}

public sealed record PosSessionDetails(Guid Id, string Number, PosSessionStatus Status, Guid RegisterId, string RegisterName,
    string RegisterCode, Guid LocationId, string LocationName, string OrganizationName, string Currency, string CashierId,
    string CashierName, DateTimeOffset OpenedAt, DateTimeOffset? ClosedAt, string? ClosedBy,
    IReadOnlyList<DenominationCount> OpeningCount, IReadOnlyList<DenominationCount> ClosingCount,
    IReadOnlyList<CashMovementRow> Movements, int Sales, int Returns, int Held, decimal SalesTotal, decimal ReturnsTotal,
    IReadOnlyList<MethodTotal> ByMethod, CashSummary Cash, decimal? CountedCash, decimal? Difference, string? DifferenceReason,
    bool IsMine)
{
    /// <summary>The stored expected cash once closed; the running figure while open.</summary>
    public decimal ExpectedCash => Cash.Expected;
}
