using Erp.Data;
using Erp.Data.Sales;
using Erp.Domain.Common;
using Erp.Domain.Sales;
using Erp.Domain.Sales.Customers;
using Erp.Domain.Sales.Invoices;
using Erp.Domain.Sales.Orders;
using Erp.Web.Features.Inventory.Stock;
using Erp.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Sales.Dashboard;

/// <summary>One best-selling product of the month: quantity and net sales (base currency).</summary>
public sealed record TopProduct(Guid ProductId, string Sku, string Name, decimal Quantity, decimal Net);

/// <summary>
/// The sales dashboard's figures in the organization's base currency. Sales = net (tax excluded) of the orders confirmed
/// in the period, counter sales included; cancelled orders do not count.
/// </summary>
public sealed record SalesDashboard(string Currency, decimal Today, decimal ThisMonth, decimal LastMonthToDate, decimal LastMonth,
    int OpenOrders, decimal OpenOrdersValue, IReadOnlyList<TopProduct> TopProducts, decimal Overdue, int OverdueInvoices,
    int Customers)
{
    /// <summary>This month against the same days of last month, in percent (null when last month had none).</summary>
    public decimal? Change => LastMonthToDate == 0m ? null : Math.Round((ThisMonth - LastMonthToDate) / LastMonthToDate * 100m, 1);
}

/// <summary>Reads the sales dashboard: every figure summed in the database.</summary>
public sealed class SalesDashboardQueries(IDbContextFactory<ErpDbContext> dbFactory, PermissionGuard guard, TimeProvider clock)
{
    public async Task<Result<SalesDashboard>> GetAsync(CancellationToken ct = default)
    {
        if (await guard.CheckAsync(SalesPermissions.View, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var days = await TenantDays.LoadAsync(db, ct);
        var now = clock.GetUtcNow();
        var today = days.Today(now);
        var monthStart = new DateOnly(today.Year, today.Month, 1);
        var lastMonthStart = monthStart.AddMonths(-1);
        var sameDayLastMonth = today.AddMonths(-1);

        var currency = await db.Organizations.AsNoTracking().OrderBy(o => o.ParentId != null).ThenBy(o => o.CreatedAt)
            .Select(o => o.BaseCurrency).FirstOrDefaultAsync(ct) ?? "USD";
        var confirmed = db.SalesOrders.AsNoTracking().Where(o => o.Status != SalesOrderStatus.Cancelled && o.ConfirmedAt != null);
        var todaySales = await SalesBetweenAsync(confirmed, days.Start(today), days.EndExclusive(today), ct);
        var thisMonth = await SalesBetweenAsync(confirmed, days.Start(monthStart), days.EndExclusive(today), ct);
        var lastMonthToDate = await SalesBetweenAsync(confirmed, days.Start(lastMonthStart), days.EndExclusive(sameDayLastMonth), ct);
        var lastMonth = await SalesBetweenAsync(confirmed, days.Start(lastMonthStart), days.Start(monthStart), ct);

        var open = db.SalesOrders.AsNoTracking().Where(o => CreditExposure.Open.Contains(o.Status));
        var openCount = await open.CountAsync(ct);
        var openValue = await open.SumAsync(o => o.Net * o.ExchangeRate, ct);

        var top = await TopProductsAsync(db, confirmed.Where(o => o.ConfirmedAt >= days.Start(monthStart)), ct);

        var overdue = db.SalesInvoices.AsNoTracking().Where(i =>
            (i.Status == SalesInvoiceStatus.Posted || i.Status == SalesInvoiceStatus.PartiallyPaid) && i.DueDate < today);
        var overdueAmount = await overdue.SumAsync(i => i.AmountDue * i.ExchangeRate, ct);
        var overdueCount = await overdue.CountAsync(ct);
        var customers = await db.Customers.AsNoTracking().CountAsync(c => c.Status == CustomerStatus.Active, ct);

        return new SalesDashboard(currency, todaySales, thisMonth, lastMonthToDate, lastMonth, openCount, Round(openValue), top,
            Round(overdueAmount), overdueCount, customers);
    }

    /// <summary>The five products with the most net sales: summed per product in SQL, ranked here (SQLite cannot sort decimal sums).</summary>
    private static async Task<IReadOnlyList<TopProduct>> TopProductsAsync(ErpDbContext db, IQueryable<SalesOrder> orders, CancellationToken ct)
    {
        var sold = await db.SalesOrderLines.AsNoTracking()
            .Join(orders, l => l.OrderId, o => o.Id, (l, o) => new { l.ProductId, l.Quantity, Net = l.Net * o.ExchangeRate })
            .GroupBy(l => l.ProductId)
            .Select(g => new { ProductId = g.Key, Quantity = g.Sum(l => l.Quantity), Net = g.Sum(l => l.Net) })
            .ToListAsync(ct);
        var top = sold.OrderByDescending(p => p.Net).Take(5).ToList();
        var ids = top.Select(p => p.ProductId).ToList();
        var names = await db.Products.AsNoTracking().IgnoreQueryFilters([ErpDbContext.SoftDeleteFilter]).Where(p => ids.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, p => (p.Sku, p.Name), ct);
        return [.. top.Select(p => new TopProduct(p.ProductId, names.GetValueOrDefault(p.ProductId).Sku ?? "",
            names.GetValueOrDefault(p.ProductId).Name ?? "", p.Quantity, Round(p.Net)))];
    }

    private static async Task<decimal> SalesBetweenAsync(IQueryable<SalesOrder> orders, DateTimeOffset from, DateTimeOffset to,
        CancellationToken ct) =>
        Round(await orders.Where(o => o.ConfirmedAt >= from && o.ConfirmedAt < to).SumAsync(o => o.Net * o.ExchangeRate, ct));

    private static decimal Round(decimal amount) => Domain.Sales.Pricing.MoneyRounding.Round(amount);
}
