using Erp.Data;
using Erp.Domain.Pos.Returns;
using Erp.Domain.Pos.Sales;
using Erp.Domain.Pos.Sessions;
using Erp.Domain.Sales.Payments;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Pos.Sessions;

/// <summary>The cash of one or more sessions: float + cash sales − cash refunds + cash in − cash out.</summary>
public sealed record CashSummary(decimal OpeningFloat, decimal CashSales, decimal CashRefunds, decimal CashIn, decimal CashOut)
{
    public decimal Expected => OpeningFloat + CashSales - CashRefunds + CashIn - CashOut;
}

/// <summary>Sums the drawer's cash in the database (cash payments kept, net of change; cash refunds; movements).</summary>
internal static class SessionCash
{
    public static async Task<CashSummary> SummaryAsync(ErpDbContext db, IReadOnlyList<Guid> sessionIds, CancellationToken ct)
    {
        var opening = await db.PosSessions.Where(s => sessionIds.Contains(s.Id)).SumAsync(s => s.OpeningFloat, ct);
        var cashSales = await db.PosSalePayments
            .Where(p => p.Kind == PaymentMethodKind.Cash && db.PosSales.Any(s =>
                s.Id == p.SaleId && s.Status == PosSaleStatus.Completed && sessionIds.Contains(s.SessionId)))
            .SumAsync(p => p.Amount, ct);
        var cashRefunds = await db.Set<PosRefund>()
            .Where(f => f.Kind == PaymentMethodKind.Cash && db.PosReturns.Any(r => r.Id == f.ReturnId && sessionIds.Contains(r.SessionId)))
            .SumAsync(f => f.Amount, ct);
        var movements = db.PosCashMovements.Where(m => sessionIds.Contains(m.SessionId));
        var cashIn = await movements.Where(m => m.Kind == CashMovementKind.In).SumAsync(m => m.Amount, ct);
        var cashOut = await movements.Where(m => m.Kind == CashMovementKind.Out).SumAsync(m => m.Amount, ct);
        return new CashSummary(opening, cashSales, cashRefunds, cashIn, cashOut);
    }
}
