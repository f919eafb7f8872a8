using Erp.Data;
using Erp.Data.Tenancy;
using Erp.Domain.Common;
using Erp.Domain.Pos;
using Erp.Domain.Pos.Returns;
using Erp.Web.Infrastructure.Grids;
using Erp.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Pos.Returns;

public sealed record PosReturnListQuery(string? Search = null, DateOnly? From = null, DateOnly? To = null, string? Sort = null, bool Desc = false);

public sealed record PosReturnRow(Guid Id, string Number, DateTimeOffset ReturnedAt, Guid OriginalSaleId, string OriginalNumber, string Cashier,
    string Customer, string Currency, decimal Gross, decimal Exchanged, int Lines);

/// <summary>
/// Returns taken at the tills: a supervisor sees all, whoever takes returns sees those of their own sessions. Filtered,
/// sorted and paged in SQL; the export streams the same query.
/// </summary>
public sealed class PosReturnListQueries(IDbContextFactory<ErpDbContext> dbFactory, PermissionGuard guard, ITenantContext tenant)
{
    public async Task<Result<Paged<PosReturnRow>>> ListAsync(PosReturnListQuery query, int page, int pageSize, CancellationToken ct = default)
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
        return new Paged<PosReturnRow>(items, total);
    }

    public async Task<Result<IAsyncEnumerable<PosReturnRow>>> ExportAsync(PosReturnListQuery query, CancellationToken ct = default)
    {
        var scope = await ScopeAsync(ct);
        return scope.IsSuccess ? Result.Success(StreamAsync(query, scope.Value, ct)) : scope.Error!;
    }

    private async Task<Result<string?>> ScopeAsync(CancellationToken ct)
    {
        if (await guard.HasAsync(PosPermissions.Supervise, ct))
        {
            return Result.Success<string?>(null);
        }

        return await guard.HasAsync(PosPermissions.Return, ct) && tenant.UserId is { } userId
            ? Result.Success<string?>(userId)
            : CommonErrors.Forbidden;
    }

    private async IAsyncEnumerable<PosReturnRow> StreamAsync(PosReturnListQuery query, string? scope,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await foreach (var row in Sort(Rows(db, query, scope), query).AsAsyncEnumerable().WithCancellation(ct))
        {
            yield return row;
        }
    }

    private static IQueryable<PosReturn> Rows(ErpDbContext db, PosReturnListQuery query, string? cashierId)
    {
        var returns = db.PosReturns.AsNoTracking();
        if (cashierId is not null)
        {
            returns = returns.Where(r => db.PosSessions.Any(s => s.Id == r.SessionId && s.CashierId == cashierId));
        }

        if (query.From is { } from)
        {
            var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            returns = returns.Where(r => r.ReturnedAt >= start);
        }

        if (query.To is { } to)
        {
            var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            returns = returns.Where(r => r.ReturnedAt < end);
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var pattern = Like.Contains(query.Search);
            returns = returns.Where(r => EF.Functions.Like(r.Number, pattern, "\\") || EF.Functions.Like(r.OriginalNumber, pattern, "\\")
                || EF.Functions.Like(r.CustomerName, pattern, "\\"));
        }

        return returns;
    }

    /// <summary>Whitelisted sort keys; ties break on the time so pages and the export agree.</summary>
    private static IQueryable<PosReturnRow> Sort(IQueryable<PosReturn> rows, PosReturnListQuery query) =>
        ((query.Sort, query.Desc) switch
        {
            ("number", false) => rows.OrderBy(r => r.Number),
            ("number", true) => rows.OrderByDescending(r => r.Number),
            ("original", false) => rows.OrderBy(r => r.OriginalNumber).ThenByDescending(r => r.ReturnedAt),
            ("original", true) => rows.OrderByDescending(r => r.OriginalNumber).ThenByDescending(r => r.ReturnedAt),
            ("customer", false) => rows.OrderBy(r => r.CustomerName).ThenByDescending(r => r.ReturnedAt),
            ("customer", true) => rows.OrderByDescending(r => r.CustomerName).ThenByDescending(r => r.ReturnedAt),
            ("gross", false) => rows.OrderBy(r => r.GrossTotal).ThenByDescending(r => r.ReturnedAt),
            ("gross", true) => rows.OrderByDescending(r => r.GrossTotal).ThenByDescending(r => r.ReturnedAt),
            ("date", false) => rows.OrderBy(r => r.ReturnedAt).ThenBy(r => r.Number),
            _ => rows.OrderByDescending(r => r.ReturnedAt).ThenByDescending(r => r.Number),
        }).Select(r => new PosReturnRow(r.Id, r.Number, r.ReturnedAt, r.OriginalSaleId, r.OriginalNumber, r.CashierName, r.CustomerName,
            r.Currency, r.GrossTotal, r.ExchangeAmount, r.Lines.Count));
}
