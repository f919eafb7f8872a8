using Erp.Data;
using Erp.Domain.Common;
using Erp.Domain.Platform;
using Erp.Domain.Pos;
using Erp.Domain.Pos.Sales;
using Erp.Web.Infrastructure.Grids;
using Erp.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Pos.Returns;

/// <summary>What the return page and the return receipt read: the open session, the sale to return, the choices.</summary>
public sealed class PosReturnQueries(IDbContextFactory<ErpDbContext> dbFactory, PermissionGuard guard)
{
    public async Task<Result<ReturnSessionInfo?>> CurrentSessionAsync(CancellationToken ct = default)
    {
        if (await guard.CheckAsync(PosPermissions.Return, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var session = await PosReturnCommands.OpenSessionAsync(db, ct);
        if (session is null)
        {
            return Result.Success<ReturnSessionInfo?>(null);
        }

        var register = await db.CashRegisters.Where(r => r.Id == session.RegisterId).Select(r => r.Name).FirstOrDefaultAsync(ct);
        var location = await db.Locations.Where(l => l.Id == session.LocationId).Select(l => l.Name).FirstOrDefaultAsync(ct);
        var cash = await PosRefundPlanner.ExpectedCashAsync(db, session, ct);
        return Result.Success<ReturnSessionInfo?>(new ReturnSessionInfo(session.Id, session.Number, register ?? "", session.LocationId,
            location ?? "", cash));
    }

    /// <summary>A completed sale by receipt number (as typed or scanned) or id; another tenant's is not found.</summary>
    public async Task<Result<ReturnableSale>> FindSaleAsync(string? receiptNumber, Guid? saleId = null, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(PosPermissions.Return, ct) is { } denied)
        {
            return denied;
        }

        var number = receiptNumber?.Trim().ToUpperInvariant() ?? "";
        if (saleId is null && number.Length == 0)
        {
            return PosReturnErrors.ChooseSale;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var sales = db.PosSales.AsNoTracking().Include(s => s.Lines).Include(s => s.Payments).AsSplitQuery()
            .Where(s => s.Status == PosSaleStatus.Completed);
        var sale = saleId is { } id
            ? await sales.FirstOrDefaultAsync(s => s.Id == id, ct)
            : await sales.FirstOrDefaultAsync(s => s.Number == number, ct);
        if (sale is null)
        {
            return saleId is null ? PosReturnErrors.SaleNotFound(receiptNumber!.Trim()) : PosErrors.SaleNotFound;
        }

        var location = await db.Locations.Where(l => l.Id == sale.LocationId).Select(l => l.Name).FirstOrDefaultAsync(ct);
        var walkIn = sale.CustomerId is null || await db.CashRegisters.AnyAsync(r => r.DefaultCustomerId == sale.CustomerId, ct);
        return new ReturnableSale(sale.Id, sale.Number, sale.SoldAt, sale.OrganizationId, sale.LocationId, location ?? "", sale.CustomerId,
            sale.CustomerName, walkIn, sale.Currency, sale.GrossTotal,
            [.. sale.Lines.OrderBy(l => l.LineNumber).Select(l => new ReturnableLine(l.Id, l.LineNumber, l.Sku, l.ProductName, l.Quantity,
                l.ReturnedQuantity, l.Gross, l.ReturnedGross, l.TaxRatePercent))],
            [.. sale.Payments.OrderBy(p => p.Position).Select(p => new SalePaymentInfo(p.MethodName, p.Kind, p.Amount, p.Tendered))]);
    }

    /// <summary>Stock locations of the organization where returned goods can wait for inspection.</summary>
    public async Task<Result<IReadOnlyList<PosOption>>> QuarantineLocationsAsync(Guid organizationId, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(PosPermissions.Return, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return Result.Success<IReadOnlyList<PosOption>>(await db.Locations.AsNoTracking()
            .Where(l => l.OrganizationId == organizationId && l.Kind != LocationKind.Transit)
            .OrderBy(l => l.Name).Select(l => new PosOption(l.Id, l.Name)).ToListAsync(ct));
    }

    public async Task<Result<IReadOnlyList<RefundMethodOption>>> RefundMethodsAsync(CancellationToken ct = default)
    {
        if (await guard.CheckAsync(PosPermissions.Return, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return Result.Success<IReadOnlyList<RefundMethodOption>>(await db.PaymentMethods.AsNoTracking().Where(m => m.IsActive)
            .OrderBy(m => m.Kind).ThenBy(m => m.Name).Select(m => new RefundMethodOption(m.Id, m.Name, m.Kind)).ToListAsync(ct));
    }

    /// <summary>Named customers (walk-in customers of the registers left out) for a store-credit refund.</summary>
    public async Task<Result<IReadOnlyList<PosOption>>> CustomersAsync(string? search, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(PosPermissions.Return, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var customers = db.Customers.AsNoTracking()
            .Where(c => !db.CashRegisters.Any(r => r.DefaultCustomerId == c.Id));
        if (!string.IsNullOrWhiteSpace(search))
        {
            var pattern = Like.Contains(search);
            customers = customers.Where(c => EF.Functions.Like(c.Name, pattern, "\\") || EF.Functions.Like(c.Code, pattern, "\\"));
        }

        return Result.Success<IReadOnlyList<PosOption>>(await customers.OrderBy(c => c.Name).Take(20)
            .Select(c => new PosOption(c.Id, c.Name + " · " + c.Code)).ToListAsync(ct));
    }

    /// <summary>A return with everything its receipt prints; readable by whoever takes returns or supervises the shops.</summary>
    public async Task<Result<PosReturnDetails>> GetAsync(Guid id, CancellationToken ct = default)
    {
        if (!await guard.HasAsync(PosPermissions.Return, ct) && !await guard.HasAsync(PosPermissions.Supervise, ct))
        {
            return CommonErrors.Forbidden;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var taken = await db.PosReturns.AsNoTracking().Include(r => r.Lines).Include(r => r.Refunds).AsSplitQuery()
            .FirstOrDefaultAsync(r => r.Id == id, ct);
        if (taken is null)
        {
            return Error.NotFound("The return");
        }

        var register = await db.CashRegisters.AsNoTracking().Where(r => r.Id == taken.RegisterId)
            .Select(r => new { r.Name, r.ReceiptHeader, r.ReceiptFooter, r.TaxId, r.Paper }).FirstOrDefaultAsync(ct);
        var organization = await db.Organizations.Where(o => o.Id == taken.OrganizationId)
            .Select(o => o.LegalName ?? o.Name).FirstOrDefaultAsync(ct);
        var locationIds = taken.Lines.Select(l => l.QuarantineLocationId).OfType<Guid>().Append(taken.LocationId).Distinct().ToList();
        var locations = await db.Locations.Where(l => locationIds.Contains(l.Id)).ToDictionaryAsync(l => l.Id, l => l.Name, ct);
        return new PosReturnDetails(taken.Id, taken.Number, taken.ReturnedAt, taken.OriginalSaleId, taken.OriginalNumber, organization ?? "",
            locations.GetValueOrDefault(taken.LocationId, ""), register?.Name ?? "", register?.ReceiptHeader, register?.ReceiptFooter,
            register?.TaxId, taken.CashierName, taken.CustomerName, taken.Currency, taken.NetTotal, taken.TaxTotal, taken.GrossTotal,
            [.. taken.Lines.OrderBy(l => l.LineNumber).Select(l => new PosReturnLineDetails(l.LineNumber, l.Sku, l.ProductName, l.Quantity,
                l.TaxRatePercent, l.Net, l.Tax, l.Gross, l.Condition, l.Reason,
                l.QuarantineLocationId is { } q ? locations.GetValueOrDefault(q) : null))],
            [.. taken.Refunds.Select(r => new PosRefundDetails(r.MethodName, r.Kind, r.Amount))], taken.ExchangeSaleId, taken.ExchangeAmount,
            register?.Paper ?? Erp.Domain.Pos.Registers.ReceiptPaper.A4);
    }
}
