namespace Erp.Web.Features.Pos.Sessions;

/// <summary>
/// End-of-day (Z) report of one session or of a shop's day (every session of the location opened that day).
/// Sales figures are of completed sales; returns are those taken in the sessions; totals are sales − returns.
/// </summary>
public sealed record ZReport(string Title, string OrganizationName, string LocationName, DateOnly Date, string Currency,
    IReadOnlyList<ZSession> Sessions, int SalesCount, int ReturnsCount, decimal SalesGross, decimal ReturnsGross, decimal Net,
    decimal Tax, decimal Gross, decimal Discounts, IReadOnlyList<MethodTotal> ByMethod, IReadOnlyList<ZTaxLine> ByTax,
    IReadOnlyList<ZCashierLine> ByCashier, IReadOnlyList<ZHourLine> ByHour, ZCash Cash, TimeZoneInfo Zone);

public sealed record ZSession(string Number, string Register, string Cashier, DateTimeOffset OpenedAt, DateTimeOffset? ClosedAt, bool IsOpen);

/// <summary>Per tax rate, sales − returns: net (excluding tax), tax, gross.</summary>
public sealed record ZTaxLine(decimal RatePercent, decimal Net, decimal Tax, decimal Gross);

public sealed record ZCashierLine(string Cashier, int Sales, decimal SalesGross, int Returns, decimal ReturnsGross)
{
    public decimal Net => SalesGross - ReturnsGross;
}

/// <summary>Sales started in one hour of the tenant's clock ("09:00" = 09:00–09:59).</summary>
public sealed record ZHourLine(string Hour, int Sales, decimal Gross);

/// <summary>The drawer: expected from the figures; counted and difference of the closed sessions only.</summary>
public sealed record ZCash(decimal OpeningFloat, decimal CashSales, decimal CashRefunds, decimal CashIn, decimal CashOut, decimal Expected,
    decimal? Counted, decimal? Difference, int OpenSessions);
