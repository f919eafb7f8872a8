using Erp.Data;
using Erp.Data.Tenancy;
using Erp.Domain.Common;
using Erp.Domain.Pos;
using Erp.Domain.Pos.Sales;
using Erp.Web.Infrastructure.Grids;
using Erp.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Pos.History;

/// <summary>
/// The point-of-sale sales history: a cashier (Pos.Sell) sees the sales of their own sessions, a supervisor
/// (Pos.Supervise) every sale of the tenant. Filtered, sorted and paged in SQL; the export streams the same query.
/// </summary>
public sealed class PosSaleQueries(IDbContextFactory<ErpDbContext> dbFactory, PermissionGuard guard, ITenantContext tenant)
{
    public async Task<Result<Paged<PosSaleRow>>> ListAsync(PosSaleListQuery query, int page, int pageSize, CancellationToken ct = default)
    {
        var scope = await ScopeAsync(ct);
        if (!scope.IsSuccess)
        {
            return scope.Error!;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = Rows(db, query, scope.Value);
        var total = await rows.CountAsync(ct);
        var items = await Sort(rows, query).Skip(Math.Max(0, page) * pageSize).Take(pageSize).ToListAsync(ct);
        return new Paged<PosSaleRow>(items, total);
    }

    public async Task<Result<PosSaleExportRows>> ExportAsync(PosSaleListQuery query, CancellationToken ct = default)
    {
        var scope = await ScopeAsync(ct);
        return scope.IsSuccess ? new PosSaleExportRows(StreamAsync(query, scope.Value, ct)) : scope.Error!;
    }

    public async Task<Result<PosHistoryFilters>> FiltersAsync(CancellationToken ct = default)
    {
        var scope = await ScopeAsync(ct);
        if (!scope.IsSuccess)
        {
            return scope.Error!;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var registers = await db.CashRegisters.AsNoTracking().OrderBy(r => r.Name).Select(r => new PosFilterOption(r.Id, r.Name)).ToListAsync(ct);
        var sessions = db.PosSessions.AsNoTracking();
        if (scope.Value is { } own)
        {
            sessions = sessions.Where(s => s.CashierId == own);
        }

        var cashiers = (await sessions.Select(s => new { s.CashierId, s.CashierName }).Distinct().ToListAsync(ct))
            .GroupBy(s => s.CashierId).Select(g => new PosCashierOption(g.Key, g.First().CashierName)).OrderBy(c => c.Name).ToList();
        return new PosHistoryFilters(registers, cashiers);
    }

    public async Task<Result<PosSaleDetails>> GetAsync(Guid id, CancellationToken ct = default)
    {
        var scope = await ScopeAsync(ct);
        if (!scope.IsSuccess)
        {
            return scope.Error!;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var sale = await Visible(db, scope.Value).Include(s => s.Lines).Include(s => s.Payments).AsSplitQuery()
            .FirstOrDefaultAsync(s => s.Id == id, ct);
        if (sale is null)
        {
            return PosErrors.SaleNotFound;
        }

        var session = await db.PosSessions.Where(s => s.Id == sale.SessionId).Select(s => s.Number).FirstOrDefaultAsync(ct);
        var register = await db.CashRegisters.Where(r => r.Id == sale.RegisterId).Select(r => r.Name).FirstOrDefaultAsync(ct);
        var location = await db.Locations.Where(l => l.Id == sale.LocationId).Select(l => l.Name).FirstOrDefaultAsync(ct);
        var returns = await db.PosReturns.AsNoTracking().Include(r => r.Refunds).Where(r => r.OriginalSaleId == sale.Id)
            .OrderBy(r => r.Number).ToListAsync(ct);
        return new PosSaleDetails(sale.Id, sale.Number, sale.Status, sale.SoldAt, sale.SessionId, session ?? "", register ?? "", location ?? "",
            sale.CashierName, sale.CustomerName, sale.Currency, sale.PricesIncludeTax, sale.NetTotal, sale.TaxTotal, sale.GrossTotal,
            sale.DiscountTotal, sale.PaidTotal, sale.ChangeGiven, sale.Note, sale.OverrideApprovedBy,
            [.. sale.Lines.OrderBy(l => l.LineNumber).Select(l => new PosSaleLineDetails(l.LineNumber, l.Sku, l.ProductName, l.Quantity,
                l.UnitPrice, l.ListPrice, l.Discount, l.TaxRatePercent, l.Net, l.Tax, l.Gross, l.ReturnedQuantity, l.ReturnedGross))],
            [.. sale.Payments.OrderBy(p => p.Position).Select(p => new PosSalePaymentDetails(p.MethodName, p.Kind, p.Tendered, p.Amount, p.ReturnId))],
            [.. returns.Select(r => new PosSaleReturnSummary(r.Id, r.Number, r.ReturnedAt, r.CashierName, r.GrossTotal,
                string.Join(", ", r.Refunds.Select(f => f.MethodName + " " + f.Amount.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)))))]);
    }

    /// <summary>Null: every sale (Pos.Supervise); a user id: the sales of that cashier's sessions (Pos.Sell); else refused.</summary>
    private async Task<Result<string?>> ScopeAsync(CancellationToken ct)
    {
        if (await guard.HasAsync(PosPermissions.Supervise, ct))
        {
            return Result.Success<string?>(null);
        }

        return await guard.HasAsync(PosPermissions.Sell, ct) && tenant.UserId is { } userId
            ? Result.Success<string?>(userId)
            : CommonErrors.Forbidden;
    }

    private static IQueryable<PosSale> Visible(ErpDbContext db, string? cashierId)
    {
        var sales = db.PosSales.AsNoTracking().Where(s => s.Status == PosSaleStatus.Completed || s.Status == PosSaleStatus.Held);
        return cashierId is null ? sales : sales.Where(s => db.PosSessions.Any(x => x.Id == s.SessionId && x.CashierId == cashierId));
    }

    private async IAsyncEnumerable<PosSaleRow> StreamAsync(PosSaleListQuery query, string? scope,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await foreach (var row in Sort(Rows(db, query, scope), query).AsAsyncEnumerable().WithCancellation(ct))
        {
            yield return row;
        }
    }

    private static IQueryable<Projection> Rows(ErpDbContext db, PosSaleListQuery query, string? scope)
    {
        var sales = Visible(db, scope);
        if (query.Status is { } status)
        {
            sales = sales.Where(s => s.Status == status);
        }

        if (query.From is { } from)
        {
            var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            sales = sales.Where(s => s.SoldAt >= start);
        }

        if (query.To is { } to)
        {
            var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            sales = sales.Where(s => s.SoldAt < end);
        }

        if (query.RegisterId is { } register)
        {
            sales = sales.Where(s => s.RegisterId == register);
        }

        if (!string.IsNullOrEmpty(query.CashierId))
        {
            sales = sales.Where(s => s.CashierId == query.CashierId);
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var pattern = Like.Contains(query.Search);
            sales = sales.Where(s => EF.Functions.Like(s.Number, pattern, "\\") || EF.Functions.Like(s.CustomerName, pattern, "\\"));
        }

        return sales.Select(s => new Projection
        {
            Id = s.Id, Number = s.Number, SoldAt = s.SoldAt, Status = s.Status,
            Register = db.CashRegisters.Where(r => r.Id == s.RegisterId).Select(r => r.Name).FirstOrDefault() ?? "",
            Cashier = s.CashierName, Customer = s.CustomerName, Currency = s.Currency, Gross = s.GrossTotal,
            Returned = s.Lines.Sum(l => l.ReturnedGross), Lines = s.Lines.Count,
        });
    }

    /// <summary>Whitelisted sort keys; ties break on the sale time so pages and the export agree.</summary>
    private static IQueryable<PosSaleRow> Sort(IQueryable<Projection> rows, PosSaleListQuery query) =>
        ((query.Sort, query.Desc) switch
        {
            ("number", false) => rows.OrderBy(r => r.Number).ThenBy(r => r.SoldAt),
            ("number", true) => rows.OrderByDescending(r => r.Number).ThenByDescending(r => r.SoldAt),
            ("register", false) => rows.OrderBy(r => r.Register).ThenByDescending(r => r.SoldAt),
            ("register", true) => rows.OrderByDescending(r => r.Register).ThenByDescending(r => r.SoldAt),
            ("cashier", false) => rows.OrderBy(r => r.Cashier).ThenByDescending(r => r.SoldAt),
            ("cashier", true) => rows.OrderByDescending(r => r.Cashier).ThenByDescending(r => r.SoldAt),
            ("customer", false) => rows.OrderBy(r => r.Customer).ThenByDescending(r => r.SoldAt),
            ("customer", true) => rows.OrderByDescending(r => r.Customer).ThenByDescending(r => r.SoldAt),
            ("status", false) => rows.OrderBy(r => r.Status).ThenByDescending(r => r.SoldAt),
            ("status", true) => rows.OrderByDescending(r => r.Status).ThenByDescending(r => r.SoldAt),
            ("gross", false) => rows.OrderBy(r => r.Gross).ThenByDescending(r => r.SoldAt),
            ("gross", true) => rows.OrderByDescending(r => r.Gross).ThenByDescending(r => r.SoldAt),
            ("date", false) => rows.OrderBy(r => r.SoldAt).ThenBy(r => r.Id),
            _ => rows.OrderByDescending(r => r.SoldAt).ThenByDescending(r => r.Id),
        }).Select(r => new PosSaleRow(r.Id, r.Number, r.SoldAt, r.Status, r.Register, r.Cashier, r.Customer, r.Currency, r.Gross, r.Returned,
            r.Lines));

    private sealed class Projection
    {
        public Guid Id { get; init; }
        public string Number { get; init; } = "";
        public DateTimeOffset SoldAt { get; init; }
        public PosSaleStatus Status { get; init; }
        public string Register { get; init; } = "";
        public string Cashier { get; init; } = "";
        public string Customer { get; init; } = "";
        public string Currency { get; init; } = "";
        public decimal Gross { get; init; }
        public decimal Returned { get; init; }
        public int Lines { get; init; }
    }
}
